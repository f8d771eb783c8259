// The languages the console speaks. The clerk's window needs English and German; a customer's receipt
// (and, later, the customer display) is printed in the customer's language, picked at confirm.
import { z } from 'zod';

export const CLERK_LANGUAGES = ['en', 'de'] as const;
export const CUSTOMER_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'tr'] as const;

export const CustomerLanguageSchema = z.enum(CUSTOMER_LANGUAGES);
export type CustomerLanguage = z.infer<typeof CustomerLanguageSchema>;
