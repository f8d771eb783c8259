// The customer-facing strings in every customer language: the receipt, the customer display, and the
// package facts both show (main prints receipts from this; the tests read it). The type makes each language
// file carry every key English has (a missing key fails the type check), except that a plural key carries
// the forms of its own language's grammar: `day_other` always, `day_one`, `day_few`, ... as the language
// needs them (test/unit/languages.test.ts checks which). The clerk's window stays in English and German
// only.
import * as ar from './i18n/ar.json';
import * as de from './i18n/de.json';
import * as en from './i18n/en.json';
import * as es from './i18n/es.json';
import * as fr from './i18n/fr.json';
import * as it from './i18n/it.json';
import * as ja from './i18n/ja.json';
import * as nl from './i18n/nl.json';
import * as pl from './i18n/pl.json';
import * as pt from './i18n/pt.json';
import * as tr from './i18n/tr.json';
import * as zh from './i18n/zh.json';
import type { CustomerLanguage } from './languages';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** English's tree with every plural key (`day_one`, `day_other`) reduced to the one form every language has. */
type Translation<T> = {
  [K in keyof T as K extends `${infer Base}_${PluralCategory}` ? `${Base}_other` : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
};

export type CustomerStrings = Translation<Pick<typeof en, 'validity' | 'coverage' | 'receipt' | 'customer'>>;

// Each language's parts are read by name, one by one. The customer display does not import this file: it
// takes its parts of each language file as a chunk of its own (customerStrings() in electron.vite.config.ts).

export const CUSTOMER_STRINGS: Record<CustomerLanguage, CustomerStrings> = {
  en: { validity: en.validity, coverage: en.coverage, receipt: en.receipt, customer: en.customer },
  de: { validity: de.validity, coverage: de.coverage, receipt: de.receipt, customer: de.customer },
  fr: { validity: fr.validity, coverage: fr.coverage, receipt: fr.receipt, customer: fr.customer },
  es: { validity: es.validity, coverage: es.coverage, receipt: es.receipt, customer: es.customer },
  it: { validity: it.validity, coverage: it.coverage, receipt: it.receipt, customer: it.customer },
  tr: { validity: tr.validity, coverage: tr.coverage, receipt: tr.receipt, customer: tr.customer },
  ar: { validity: ar.validity, coverage: ar.coverage, receipt: ar.receipt, customer: ar.customer },
  zh: { validity: zh.validity, coverage: zh.coverage, receipt: zh.receipt, customer: zh.customer },
  ja: { validity: ja.validity, coverage: ja.coverage, receipt: ja.receipt, customer: ja.customer },
  pt: { validity: pt.validity, coverage: pt.coverage, receipt: pt.receipt, customer: pt.customer },
  pl: { validity: pl.validity, coverage: pl.coverage, receipt: pl.receipt, customer: pl.customer },
  nl: { validity: nl.validity, coverage: nl.coverage, receipt: nl.receipt, customer: nl.customer },
};
