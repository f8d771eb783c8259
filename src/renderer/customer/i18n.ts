// The customer display's translations: only what a customer reads (its own keys, package facts), never the
// clerk window's strings (see customerStrings() in electron.vite.config.ts). English comes with the script:
// the fallback for a key a language lacks, and the words of the first screen if another language cannot
// load. Every other language is a chunk of its own, fetched the first time a view is in it.
import i18next from 'i18next';
import english from 'virtual:customer-strings/en';
import type { Translate } from '../../shared/format';
import type { CustomerLanguage } from '../../shared/languages';

type Loader = () => Promise<{ default: typeof english }>;

// Written out one by one: the bundler splits a chunk per import() it can read, not per computed name.
const LOADERS: Record<Exclude<CustomerLanguage, 'en'>, Loader> = {
  de: () => import('virtual:customer-strings/de'),
  fr: () => import('virtual:customer-strings/fr'),
  es: () => import('virtual:customer-strings/es'),
  it: () => import('virtual:customer-strings/it'),
  tr: () => import('virtual:customer-strings/tr'),
  ar: () => import('virtual:customer-strings/ar'),
  zh: () => import('virtual:customer-strings/zh'),
  ja: () => import('virtual:customer-strings/ja'),
  pt: () => import('virtual:customer-strings/pt'),
  pl: () => import('virtual:customer-strings/pl'),
  nl: () => import('virtual:customer-strings/nl'),
};

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: english } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false }, // text goes into textContent, never into HTML
});

/** The fetches under way, so that views arriving meanwhile in the same language wait for one fetch. */
const loading = new Map<CustomerLanguage, Promise<boolean>>();

/** True when `language`'s strings are here and a screen in it can be drawn at once. */
export function hasLanguage(language: CustomerLanguage): boolean {
  return instance.hasResourceBundle(language, 'translation');
}

/**
 * Fetches `language`'s strings unless they are here: true once they are, false if its chunk did not load
 * (a later view in that language tries again).
 */
export function loadLanguage(language: CustomerLanguage): Promise<boolean> {
  if (language === 'en' || hasLanguage(language)) return Promise.resolve(true);
  const underWay = loading.get(language);
  if (underWay) return underWay;
  const fetched = LOADERS[language]().then(
    (module) => {
      instance.addResourceBundle(language, 'translation', module.default);
      return true;
    },
    () => false,
  );
  loading.set(language, fetched);
  void fetched.then(() => loading.delete(language));
  return fetched;
}

/** The translate function of a language whose strings are here (hasLanguage); English for any key it lacks. */
export function translate(language: CustomerLanguage): Translate {
  return instance.getFixedT(language) as unknown as Translate;
}
