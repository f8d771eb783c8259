// One sale as the journal remembers it: what was sold, to whom, how it ended, and the eSIM's story.
// main folds it from the journal's entries; the history screen, the CSV export and the CLI show it.
import { z } from 'zod';
import { CatalogueItemSchema } from './catalogue';
import { ActivationModeSchema, PriceSchema } from './gigastore';
import { CustomerLanguageSchema } from './languages';

/**
 * pending      written before the register request; no outcome yet (in flight, or the app died)
 * verifying    the outcome is uncertain: reconciliation decides
 * completed    Gigastore holds the sale (from its answer, or found by reconciliation)
 * refused      Gigastore answered no: nothing charged
 * not-charged  reconciliation proved Gigastore never made it: nothing charged, may be retried as is
 */
export const SaleStatusSchema = z.enum(['pending', 'verifying', 'completed', 'refused', 'not-charged']);
export type SaleStatus = z.infer<typeof SaleStatusSchema>;

export const SaleErrorSchema = z.object({
  at: z.string(),
  code: z.string(),
  message: z.string(),
  status: z.number().optional(),
  /** Gigastore's body exactly as sent, for support. */
  rawBody: z.string().optional(),
});
export type SaleError = z.infer<typeof SaleErrorSchema>;

export const ReceiptPrintSchema = z.object({
  at: z.string(),
  clerk: z.string().optional(),
  outcome: z.enum(['printed', 'failed', 'pdf']),
  message: z.string().optional(),
});
export type ReceiptPrint = z.infer<typeof ReceiptPrintSchema>;

/** first: a new customer and eSIM; topup: another package on a customer; second-esim: a new eSIM for a customer. */
export const SaleKindSchema = z.enum(['first', 'topup', 'second-esim']);
export type SaleKind = z.infer<typeof SaleKindSchema>;

export const RefundSchema = z.object({
  at: z.string(),
  outcome: z.enum(['refunded', 'refused', 'uncertain']),
  reason: z.string(),
  clerk: z.string().optional(),
  /** Gigastore's answer when refused, verbatim; the path that answered when refunded. */
  message: z.string().optional(),
});
export type Refund = z.infer<typeof RefundSchema>;

export const SaleRecordSchema = z.object({
  saleId: z.string(),
  kind: SaleKindSchema,
  /** A care sale's customer had these eSIMs when it began (tells a second eSIM apart on reconciliation). */
  knownIccids: z.array(z.string()).optional(),
  counterId: z.string(),
  /** Demo sales run against the simulator and never cost anything. */
  mode: z.enum(['demo', 'live']),
  /** The Gigastore the sale was sent to: only that Gigastore can say whether it went through. */
  gigastore: z.string(),
  clerk: z.string().optional(),
  startedAt: z.string(),
  updatedAt: z.string(),
  /** When the latest register request for this sale was about to leave (the reconciliation window starts here). */
  lastAttemptAt: z.string(),
  item: CatalogueItemSchema,
  price: PriceSchema,
  customerCountry: z.string(),
  /** Sent as Gigastore's userIp (the store's public IP). */
  userIp: z.string(),
  customerEmail: z.string().optional(),
  /** The customer's language, for the receipt. */
  language: CustomerLanguageSchema.optional(),
  activationMode: ActivationModeSchema.optional(),
  status: SaleStatusSchema,
  attempts: z.number().int(),
  completedVia: z.enum(['response', 'reconciliation']).optional(),
  customerUid: z.string().optional(),
  activatedItemUid: z.string().optional(),
  iccid: z.string().optional(),
  activationCode: z.string().optional(),
  esimState: z.string().optional(),
  stateHistory: z.array(z.object({ state: z.string(), at: z.string() })),
  errors: z.array(SaleErrorSchema),
  /** Every receipt printed or saved, and every print that failed (with the printer's reason). */
  prints: z.array(ReceiptPrintSchema),
  /** Refund attempts of this sale's package, newest last. */
  refunds: z.array(RefundSchema),
  /** ON_DEMAND packages: when the package was started on request. */
  startedOnDemandAt: z.string().optional(),
});
export type SaleRecord = z.infer<typeof SaleRecordSchema>;
