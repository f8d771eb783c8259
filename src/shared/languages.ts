// The languages a customer is served in: the receipt and the customer display speak the customer's
// language, picked at confirm. (The clerk's window speaks English and German: renderer/src/i18n.) `zh` is
// Simplified Chinese (what Intl and i18next take `zh` to mean); `ar` is the one written right to left.
import { z } from 'zod';

export const CUSTOMER_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'tr', 'ar', 'zh', 'ja', 'pt', 'pl', 'nl'] as const;

export const CustomerLanguageSchema = z.enum(CUSTOMER_LANGUAGES);
export type CustomerLanguage = z.infer<typeof CustomerLanguageSchema>;

const RIGHT_TO_LEFT: ReadonlySet<CustomerLanguage> = new Set(['ar']);

/** The text direction a page in this language is laid out in (the `dir` attribute of its root). */
export function textDirection(language: CustomerLanguage): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}
