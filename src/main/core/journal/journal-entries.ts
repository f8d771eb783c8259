// The sales journal's entries: one per event of a sale, appended in order. A sale's record is the fold of
// its entries (sale-fold.ts). `type` and `saleId` come first in every entry (the schemas' key order), so
// a line's fixed prefix names both without parsing it.
import { z } from 'zod';
import {
  CompletedViaSchema,
  ReceiptPrintSchema,
  RefundSchema,
  SaleErrorSchema,
  SaleFieldsSchema,
  type SaleError,
} from '../../../shared/sale';
import { summarizeAnswer } from '../gigastore/answer-summary';

const base = { saleId: z.string(), at: z.string() };

/**
 * A sale's error as stored. Journals written by older versions hold Gigastore's body as it came (`rawBody`):
 * it is read into the allow-listed summary, redacted, and so never written again. An authentication
 * failure's body keeps only its length: it may hold a token under any name.
 */
const StoredSaleErrorSchema = SaleErrorSchema.extend({ rawBody: z.string().optional() }).transform(
  ({ rawBody, ...error }): SaleError => {
    if (rawBody === undefined || error.answer) return error;
    const fromAuthentication = error.code === 'gigastore.auth' || error.message.includes(' to authentication ');
    if (!fromAuthentication) return { ...error, answer: summarizeAnswer(rawBody, undefined) };
    // The sentence of those versions quoted the server: the quote goes too.
    const message = error.message.replace(/(\(HTTP \d+\)): ".*"\./s, '$1.');
    return { ...error, message, answer: { length: Buffer.byteLength(rawBody) } };
  },
);

export const JournalEntrySchema = z.discriminatedUnion('type', [
  /** The sale, written before its request leaves. */
  z.object({ type: z.literal('begun'), ...base, ...SaleFieldsSchema.shape }),
  /** Sending again with the same sale id, once Gigastore had no trace of it: written before the request leaves. */
  z.object({ type: z.literal('attempt'), ...base }),
  z.object({
    type: z.literal('completed'),
    ...base,
    via: CompletedViaSchema,
    customerUid: z.string(),
    activatedItemUid: z.string(),
    /** A top-up brings no new eSIM: these stay unset (or name the eSIM it tops up, without a code). */
    iccid: z.string().optional(),
    activationCode: z.string().optional(),
    state: z.string().optional(),
  }),
  z.object({ type: z.literal('refused'), ...base, error: StoredSaleErrorSchema }),
  z.object({ type: z.literal('uncertain'), ...base, error: StoredSaleErrorSchema }),
  /** A complete read of Gigastore's sales list, after the window, had no trace of the sale (the first of two). */
  z.object({ type: z.literal('no-trace'), ...base }),
  /** Not charged: the request never reached Gigastore, or two reads a window apart had no trace of it. */
  z.object({ type: z.literal('absent'), ...base, error: StoredSaleErrorSchema.optional() }),
  /** Gigastore holds another package under this sale's metatag: the sale was charged twice. */
  z.object({
    type: z.literal('duplicate'),
    ...base,
    activatedItemUid: z.string(),
    salesDate: z.string().optional(),
  }),
  z.object({ type: z.literal('state'), ...base, state: z.string() }),
  z.object({ type: z.literal('refund'), ...base, refund: RefundSchema.omit({ at: true }) }),
  z.object({ type: z.literal('started'), ...base }),
  /** A receipt printed, saved as PDF, or a print that failed. */
  z.object({
    type: z.literal('printed'),
    ...base,
    outcome: ReceiptPrintSchema.shape.outcome,
    message: z.string().optional(),
    clerk: z.string().optional(),
  }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
/** What a writer hands the journal: a first record may leave out what has a default (a first sale's kind). */
export type JournalEntryInput = z.input<typeof JournalEntrySchema>;
export type JournalEntryType = JournalEntry['type'];
