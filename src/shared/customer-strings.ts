// The customer-facing strings in every customer language: the receipt, the customer display, and the
// package facts both show. The type makes each language file carry every key English has (a missing key
// fails the type check); the clerk's window stays in English and German only.
import de from './i18n/de.json';
import en from './i18n/en.json';
import es from './i18n/es.json';
import fr from './i18n/fr.json';
import it from './i18n/it.json';
import tr from './i18n/tr.json';
import type { CustomerLanguage } from './languages';

type CustomerStrings = Pick<typeof en, 'validity' | 'coverage' | 'receipt' | 'customer'>;

const customerPart = ({ validity, coverage, receipt, customer }: CustomerStrings): CustomerStrings => ({
  validity,
  coverage,
  receipt,
  customer,
});

export const CUSTOMER_STRINGS: Record<CustomerLanguage, CustomerStrings> = {
  en: customerPart(en),
  de: customerPart(de),
  fr: customerPart(fr),
  es: customerPart(es),
  it: customerPart(it),
  tr: customerPart(tr),
};
