// i18next for the clerk's window. The strings live in src/shared/i18n so that main can print receipts from
// the same files. The chosen language is a preference of this counter's screen, kept in localStorage.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '../../../shared/i18n/de.json';
import en from '../../../shared/i18n/en.json';

export const UI_LANGUAGES = ['en', 'de'] as const;
type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'esim-counter.language';

// `satisfies` in both directions: a key missing from either file is a type error, so both stay complete.
const resources = {
  en: { translation: en satisfies typeof de },
  de: { translation: de satisfies typeof en },
};

function isUiLanguage(value: string | null): value is UiLanguage {
  return UI_LANGUAGES.some((language) => language === value);
}

function savedLanguage(): UiLanguage {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(saved) ? saved : 'en';
  } catch {
    return 'en'; // storage can be unavailable (opaque origin): English, as on first start
  }
}

export function setUpI18n(): void {
  void i18next.use(initReactI18next).init({
    resources,
    lng: savedLanguage(),
    fallbackLng: 'en',
    supportedLngs: UI_LANGUAGES,
    initAsync: false, // resources are bundled: render the first frame already translated
    interpolation: { escapeValue: false }, // React escapes what it renders
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
}

export function chooseLanguage(language: UiLanguage): void {
  void i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across restarts; the switch still applies now.
  }
}
