// The customer display's translations: only what a customer reads (its own keys, package facts), in every
// customer language. A second i18next instance; nothing of the clerk's window comes along.
import i18next from 'i18next';
import { CUSTOMER_STRINGS } from '../../shared/customer-strings';
import type { Translate } from '../../shared/format';
import type { CustomerLanguage } from '../../shared/languages';

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(CUSTOMER_STRINGS).map(([language, { customer, validity, coverage }]) => [
      language,
      { translation: { customer, validity, coverage } },
    ]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false }, // text goes into textContent, never into HTML
});

export function translate(language: CustomerLanguage): Translate {
  return instance.getFixedT(language) as unknown as Translate;
}
