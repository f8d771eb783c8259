// Customer care at the counter: finding a customer, and what can be done for them (top-up, a second
// eSIM, a refund, starting an ON_DEMAND package). The schemas are what the IPC bridge validates.
// A look-up answers a list without secrets (CustomerMatch); only a customer the clerk opens shows their
// email, eSIMs and packages (CustomerCareView), and only on request the QR of a RELEASED eSIM (EsimQr).
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

const CustomerUidSchema = z.string().min(1).max(100);

/** Opens a customer from the last look-up: the full view, recorded in the audit trail. */
export const OpenCustomerSchema = CustomerUidSchema;

export const IccidSchema = z.string().regex(/^\d{6,22}$/, 'An ICCID is 6 to 22 digits.');

export const EsimQrRequestSchema = z
  .object({
    customerUid: CustomerUidSchema,
    iccid: IccidSchema,
  })
  .strict();
export type EsimQrRequest = z.infer<typeof EsimQrRequestSchema>;

export const CareSaleSchema = z
  .object({
    kind: z.enum(['topup', 'second-esim']),
    customerUid: CustomerUidSchema,
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
  /** RELEASED with an activation code: its QR can be shown again (showEsimQr, recorded in the audit trail). */
  qrAvailable: boolean;
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

/**
 * One customer in a look-up's answer: enough to tell customers apart, nothing to install or contact with.
 * No activation code, no full email, no full ICCID the clerk did not type.
 */
export interface CustomerMatch {
  customerUid: string;
  /** j***@example.com: the first character of the local part, the domain whole (a short local part: ***). */
  maskedEmail?: string;
  coverageSet?: string;
  esimCount: number;
  packageCount: number;
  /** The last 4 digits of each eSIM's ICCID. */
  iccidEnds: string[];
  /** The ICCID the clerk typed in full, when the customer was found by it exactly. */
  typedIccid?: string;
}

/** An opened customer's full view (openCustomer). */
export interface CustomerCareView {
  customerUid: string;
  email?: string;
  /** The coverage set the customer is bound to, when it can be told (Gigastore refuses any other). */
  coverageSet?: string;
  esims: CareEsim[];
  packages: CarePackage[];
}

/** A RELEASED eSIM's activation code, for its QR shown again (showEsimQr). */
export interface EsimQr {
  iccid: string;
  activationCode: string;
}

export interface RefundOutcome {
  outcome: 'refunded' | 'refused' | 'uncertain';
  /** Gigastore's own sentence when refused, verbatim. */
  message: string;
}
