// Translations for what main renders itself (receipts), from the same files as the clerk's window. A
// missing key is printed as the key (no silent fallback to English): the tests look for that.
import i18next from 'i18next';
import de from '../../shared/i18n/de.json';
import en from '../../shared/i18n/en.json';
import type { Translate } from '../../shared/format';
import type { CustomerLanguage } from '../../shared/languages';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, de: { translation: de } },
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // The receipt renderer escapes every string it places into HTML, once.
  interpolation: { escapeValue: false },
});

export function translator(language: CustomerLanguage): Translate {
  return instance.getFixedT(language) as unknown as Translate;
}
