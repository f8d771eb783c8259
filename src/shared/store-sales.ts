// The whole store in one list: every package Gigastore sold under a sale id of one of the store's counters
// (a store is the counters whose ids share the part before their last "-": VIE3-1 and VIE3-2 are store
// VIE3; a counter id without "-" stands for the whole account), merged with this counter's journal by
// sale id, each row naming its counter. Gigastore is read, never copied: the journal stays this counter's.
import { z } from 'zod';

const iso = z.string().min(1);

/** A package as Gigastore's sales list has it. */
export const StoreItemSchema = z.object({
  activatedItemUid: z.string(),
  salesDate: iso.optional(),
  packageName: z.string().optional(),
  activationMode: z.string().optional(),
  currency: z.string().optional(),
  /** The retail price in whole minor units (cents). */
  priceMinor: z.number().int().optional(),
});
export type StoreItem = z.infer<typeof StoreItemSchema>;

export const StoreSaleRowSchema = z.object({
  /** The sale id (Gigastore's metatag); a package sold without one of ours is keyed "item:<uid>". */
  key: z.string(),
  saleId: z.string().optional(),
  /** The counter the sale id names; absent for a package whose metatag is not a sale id of ours. */
  counterId: z.string().optional(),
  /** This counter's own sale (its journal is the one merged in). */
  thisCounter: z.boolean(),
  /** When it was sold: the journal's start, else Gigastore's sales date. */
  soldAt: iso,
  /** This counter's record of it, when it has one. */
  journal: z
    .object({
      status: z.enum(['pending', 'verifying', 'completed', 'refused', 'not-charged']),
      kind: z.enum(['first', 'topup', 'second-esim']),
      clerk: z.string().optional(),
      packageName: z.string(),
      currency: z.string(),
      priceMinor: z.number().int(),
      iccid: z.string().optional(),
    })
    .optional(),
  /** The packages Gigastore holds under this sale id (more than one: charged more than once). */
  gigastore: z.array(StoreItemSchema),
});
export type StoreSaleRow = z.infer<typeof StoreSaleRowSchema>;

export const StoreSalesSchema = z.object({
  counterId: z.string(),
  /** The store (null: the whole account). */
  store: z.string().nullable(),
  from: iso,
  to: iso,
  /** Newest first. */
  rows: z.array(StoreSaleRowSchema),
  /**
   * False when Gigastore's list was cut off even for its narrowest windows: the rows it gave are real, but
   * a sale missing from them may still be there.
   */
  complete: z.boolean(),
});
export type StoreSales = z.infer<typeof StoreSalesSchema>;
