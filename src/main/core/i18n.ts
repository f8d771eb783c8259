// Translations for what main renders itself (receipts), from the same files as the clerk's window, in every
// customer language. A
// missing key is printed as the key (no silent fallback to English): the tests look for that.
import i18next from 'i18next';
import { CUSTOMER_STRINGS } from '../../shared/customer-strings';
import type { Translate } from '../../shared/format';
import type { CustomerLanguage } from '../../shared/languages';

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(CUSTOMER_STRINGS).map(([language, strings]) => [language, { translation: strings }]),
  ),
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
