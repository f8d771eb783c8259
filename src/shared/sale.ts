// One sale as the journal remembers it: what was sold, to whom, how it ended, and the eSIM's story.
// main folds it from the journal's entries; the history screen, the CSV export and the CLI show it.
import { z } from 'zod';
import { CatalogueItemSchema } from './catalogue';
import { ActivationModeSchema, AnswerSummarySchema, PriceSchema } from './gigastore';
import { CustomerLanguageSchema } from './languages';

/**
 * pending      written before the register request; no outcome yet (in flight, or the app died)
 * verifying    the outcome is uncertain: reconciliation decides
 * completed    Gigastore holds the sale (from its answer, or found by reconciliation)
 * refused      Gigastore answered no: nothing charged
 * not-charged  no trace at Gigastore in two complete reads of its sales list, a window apart, after the
 *              window: taken as not charged, may be sent again with the same sale id, and still watched
 */
export const SaleStatusSchema = z.enum(['pending', 'verifying', 'completed', 'refused', 'not-charged']);
export type SaleStatus = z.infer<typeof SaleStatusSchema>;

export const SaleErrorSchema = z.object({
  at: z.string(),
  code: z.string(),
  message: z.string(),
  status: z.number().optional(),
  /**
   * For support: the allow-listed fields of Gigastore's answer (never its body). Journals written before it
   * existed hold `rawBody` instead: the journal's reader turns that into this summary and never writes it.
   */
  answer: AnswerSummarySchema.optional(),
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
const SaleKindSchema = z.enum(['first', 'topup', 'second-esim']);
export type SaleKind = z.infer<typeof SaleKindSchema>;

export const RefundSchema = z.object({
  at: z.string(),
  outcome: z.enum(['refunded', 'refused', 'uncertain']),
  reason: z.string(),
  clerk: z.string().optional(),
  /** Gigastore's answer when refused, verbatim; the path that answered when refunded. */
  message: z.string().optional(),
  /** The package refunded when it is not the sale's own: a duplicate charge of the sale. */
  activatedItemUid: z.string().optional(),
});
export type Refund = z.infer<typeof RefundSchema>;

/**
 * What a sale is, written once in its first journal record and never changed: what was sold, to whom, by
 * whom, and to which Gigastore it was sent. The journal's first record, the ledger's input and the folded
 * record all take their fields from here.
 */
export const SaleFieldsSchema = z.object({
  /** Absent in journals written before care sales existed: a first sale. */
  kind: SaleKindSchema.default('first'),
  /** For a top-up or a second eSIM: the existing customer; for a first sale it is learnt from Gigastore's answer. */
  customerUid: z.string().optional(),
  /** A care sale's customer had these eSIMs when it began (tells a second eSIM apart on reconciliation). */
  knownIccids: z.array(z.string()).optional(),
  counterId: z.string(),
  /** Demo sales run against the simulator and never cost anything. */
  mode: z.enum(['demo', 'live']),
  /** The Gigastore the sale was sent to: only that Gigastore can say whether it went through. */
  gigastore: z.string(),
  clerk: z.string().optional(),
  item: CatalogueItemSchema,
  price: PriceSchema,
  customerCountry: z.string(),
  /** Sent as Gigastore's userIp (the store's public IP). */
  userIp: z.string(),
  customerEmail: z.string().optional(),
  /** The customer's language, for the receipt. */
  language: CustomerLanguageSchema.optional(),
  activationMode: ActivationModeSchema.optional(),
});
export type SaleFields = z.infer<typeof SaleFieldsSchema>;

/**
 * How a sale came to be completed:
 * response        Gigastore's answer to the request
 * reconciliation  its metatag found in Gigastore's sales list while its outcome was unknown
 * late            found after it had been given up as not charged (or refused): the charge landed late
 */
export const CompletedViaSchema = z.enum(['response', 'reconciliation', 'late']);

/** Another package Gigastore holds under this sale's metatag: the same sale charged twice. */
interface DuplicateCharge {
  activatedItemUid: string;
  foundAt: string;
  salesDate?: string;
}

/**
 * A sale as main folds it from its journal entries (each entry is validated as it is read: see
 * core/journal/journal-entries.ts). A plain type: the folded record itself never crosses a boundary unchecked.
 */
export interface SaleRecord extends SaleFields {
  saleId: string;
  startedAt: string;
  updatedAt: string;
  /** When the latest register request for this sale was about to leave (the reconciliation window starts here). */
  lastAttemptAt: string;
  status: SaleStatus;
  attempts: number;
  completedVia?: z.infer<typeof CompletedViaSchema>;
  activatedItemUid?: string;
  iccid?: string;
  activationCode?: string;
  esimState?: string;
  stateHistory: Array<{ state: string; at: string }>;
  errors: SaleError[];
  /** Every receipt printed or saved, and every print that failed (with the printer's reason). */
  prints: ReceiptPrint[];
  /** Refund attempts of this sale's package (or of a duplicate of it), newest last. */
  refunds: Refund[];
  /** ON_DEMAND packages: when the package was started on request. */
  startedOnDemandAt?: string;
  /**
   * Set once the outcome was ever in doubt (no clean answer, a refusal, a retry): Gigastore is then
   * watched for this sale for a day after its last attempt, for a late charge or a second one.
   */
  watched: boolean;
  /** The first complete read of Gigastore's sales list, after the window, that had no trace of the sale. */
  noTraceSince?: string;
  /** Packages Gigastore holds under this sale's metatag beyond the one the customer got. */
  duplicates: DuplicateCharge[];
  /** A record of this sale failed its checksum: its status may be missing a step; support checks with Gigastore. */
  damaged?: string;
}

/** The duplicate charges of a sale that have not been refunded yet. */
export function unrefundedDuplicates(sale: Pick<SaleRecord, 'duplicates' | 'refunds'>): DuplicateCharge[] {
  return sale.duplicates.filter(
    (duplicate) =>
      !sale.refunds.some(
        (refund) => refund.outcome === 'refunded' && refund.activatedItemUid === duplicate.activatedItemUid,
      ),
  );
}
