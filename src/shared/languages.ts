// The languages a customer is served in: the receipt and the customer display speak the customer's
// language, picked at confirm. (The clerk's window speaks English and German: renderer/src/i18n.)
import { z } from 'zod';

export const CUSTOMER_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'tr'] as const;

export const CustomerLanguageSchema = z.enum(CUSTOMER_LANGUAGES);
export type CustomerLanguage = z.infer<typeof CustomerLanguageSchema>;
