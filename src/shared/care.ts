// Customer care at the counter: finding a customer, and what can be done for them (top-up, a second
// eSIM, a refund, starting an ON_DEMAND package). The schemas are what the IPC bridge validates.
import { z } from 'zod';
import { ActivationModeSchema, PriceSchema, type ActivationMode, type Size } from './gigastore';
import { CustomerLanguageSchema } from './languages';
import { CountryCodeSchema } from './settings';

export const LookupSchema = z.union([
  z
    .object({
      iccid: z
        .string()
        .trim()
        .regex(/^\d{6,22}$/, 'An ICCID is 6 to 22 digits.'),
    })
    .strict(),
  z.object({ email: z.string().trim().min(3, 'Enter at least 3 characters of the email address.').max(200) }).strict(),
]);
export type Lookup = z.infer<typeof LookupSchema>;

export const CareSaleSchema = z
  .object({
    kind: z.enum(['topup', 'second-esim']),
    customerUid: z.string().min(1).max(100),
    inventoryItemId: z.string().min(1).max(100),
    expectedPrice: PriceSchema,
    customerCountry: CountryCodeSchema,
    customerLanguage: CustomerLanguageSchema.optional(),
    activationMode: ActivationModeSchema.optional(),
  })
  .strict();
export type CareSale = z.infer<typeof CareSaleSchema>;

export const RefundRequestSchema = z
  .object({
    activatedItemUid: z.string().min(1).max(100),
    reason: z.string().trim().min(3, 'Give the reason for the refund (at least 3 characters).').max(200),
  })
  .strict();
export type RefundRequest = z.infer<typeof RefundRequestSchema>;

export interface CareEsim {
  iccid: string;
  imsi?: string;
  state: string;
  lastSeen?: string;
  activatedAt?: string;
  /** Only while the profile is RELEASED (re-installable): a single-use install credential otherwise. */
  activationCode?: string;
}

export interface CarePackage {
  uid: string;
  name?: string;
  size?: Size;
  available?: Size;
  activatedAt?: string;
  expiresAt?: string;
  activationMode?: ActivationMode;
  /** Our sale, when this counter's journal has it. */
  saleId?: string;
  refunded: boolean;
}

export interface CustomerCareView {
  customerUid: string;
  email?: string;
  /** The coverage set the customer is bound to, when it can be told (Gigastore refuses any other). */
  coverageSet?: string;
  esims: CareEsim[];
  packages: CarePackage[];
}

export interface RefundOutcome {
  outcome: 'refunded' | 'refused' | 'uncertain';
  /** Gigastore's own sentence when refused, verbatim. */
  message: string;
}
