// The customer-facing strings in every customer language: the receipt, the customer display, and the
// package facts both show. The type makes each language file carry every key English has (a missing key
// fails the type check), except that a plural key carries the forms of its own language's grammar:
// `day_other` always, `day_one`, `day_few`, ... as the language needs them (test/unit/languages.test.ts
// checks which). The clerk's window stays in English and German only.
import ar from './i18n/ar.json';
import de from './i18n/de.json';
import en from './i18n/en.json';
import es from './i18n/es.json';
import fr from './i18n/fr.json';
import it from './i18n/it.json';
import ja from './i18n/ja.json';
import nl from './i18n/nl.json';
import pl from './i18n/pl.json';
import pt from './i18n/pt.json';
import tr from './i18n/tr.json';
import zh from './i18n/zh.json';
import type { CustomerLanguage } from './languages';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** English's tree with every plural key (`day_one`, `day_other`) reduced to the one form every language has. */
type Translation<T> = {
  [K in keyof T as K extends `${infer Base}_${PluralCategory}` ? `${Base}_other` : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
};

export type CustomerStrings = Translation<Pick<typeof en, 'validity' | 'coverage' | 'receipt' | 'customer'>>;

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
  ar: customerPart(ar),
  zh: customerPart(zh),
  ja: customerPart(ja),
  pt: customerPart(pt),
  pl: customerPart(pl),
  nl: customerPart(nl),
};
