// The Z report: the close of a day or of a shift, for this counter or for every counter of its store. What
// was sold (by package, clerk, counter and activation mode), what was refunded, the net takings per
// currency in whole minor units (cents), the sales still being checked, and the check against Gigastore's
// sales list (activated-items) for the same period, with every difference named by its sale. main builds
// it; the CLI prints it, the History screen and the receipt printer show it.
import { z } from 'zod';

const iso = z.string().min(1);
/** An amount in whole minor units of its currency (499 is 4.99 USD): summed as integers, never as floats. */
const minor = z.number().int();
const currency = z.string().length(3);
const count = z.number().int().nonnegative();

export const ReportPeriodSchema = z.object({
  kind: z.enum(['day', 'shift']),
  /** The store's calendar day, YYYY-MM-DD (a day report). */
  day: z.string().optional(),
  /** The shift (a shift report): its id is the moment it started, as the audit trail wrote it. */
  shift: z.object({ id: z.string(), clerk: z.string(), from: iso, to: iso.optional() }).optional(),
  /** The period is [from, to): sales begun and refunds made in it belong to it. */
  from: iso,
  to: iso,
  /** The IANA time zone the day was read in (the counter PC's). */
  timeZone: z.string(),
});
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

export const ReportScopeSchema = z.object({
  /** The counter that made the report (its journal is the one read). */
  counterId: z.string(),
  storeWide: z.boolean(),
  /** The store: the counter id before its last "-" (VIE3-1 -> VIE3); null: the whole account (no "-"). */
  store: z.string().nullable(),
  /** Every counter with a sale in the report, sorted. */
  counters: z.array(z.string()),
});

/** Takings of one currency: sales counted and their sum, refunds and theirs, and what is left. */
export const TotalsSchema = z.object({
  currency,
  sales: count,
  grossMinor: minor,
  refunds: count,
  refundedMinor: minor,
  netMinor: minor,
  /**
   * False when some of these sales are another counter's, read from Gigastore: Gigastore's list does not
   * say which packages were refunded, so that counter's refunds are only in its own journal and report.
   */
  refundsKnown: z.boolean(),
});
export type Totals = z.infer<typeof TotalsSchema>;

/** Takings of one package, clerk, counter or activation mode, in one currency. */
export const GroupTotalsSchema = TotalsSchema.extend({ key: z.string(), label: z.string() });
export type GroupTotals = z.infer<typeof GroupTotalsSchema>;

/** One sale the report counts (or lists as still being checked). */
export const ReportSaleSchema = z.object({
  saleId: z.string(),
  counterId: z.string(),
  /** journal: this counter's record; gigastore: another counter's sale, known from Gigastore's list. */
  source: z.enum(['journal', 'gigastore']),
  soldAt: iso,
  /** The journal's status; "completed" for a sale known from Gigastore. */
  status: z.enum(['pending', 'verifying', 'completed', 'refused', 'not-charged']),
  kind: z.enum(['first', 'topup', 'second-esim']).optional(),
  clerk: z.string().optional(),
  packageName: z.string(),
  activationMode: z.string(),
  currency,
  priceMinor: minor,
});
export type ReportSale = z.infer<typeof ReportSaleSchema>;

export const ReportRefundSchema = z.object({
  saleId: z.string(),
  counterId: z.string(),
  at: iso,
  clerk: z.string().optional(),
  reason: z.string(),
  /** The refunded sale's package and activation mode (the sale may be of an earlier period). */
  packageName: z.string(),
  activationMode: z.string(),
  currency,
  amountMinor: minor,
  /** The refund of a package Gigastore charged twice: the reseller's credit, not the customer's money. */
  ofDuplicateCharge: z.boolean(),
});
export type ReportRefund = z.infer<typeof ReportRefundSchema>;

/**
 * not-at-gigastore  the journal has it charged, Gigastore's list (read whole, after the window) does not
 * not-in-journal    Gigastore holds a package under one of this counter's sale ids the journal does not
 *                   know (no such sale, a sale it has as not charged, or a second package of a sale)
 * price-differs     Gigastore's retail price of the package is not the price the journal sold it for
 */
export const DifferenceKindSchema = z.enum(['not-at-gigastore', 'not-in-journal', 'price-differs']);
export type DifferenceKind = z.infer<typeof DifferenceKindSchema>;

export const DifferenceSchema = z.object({
  kind: DifferenceKindSchema,
  saleId: z.string(),
  counterId: z.string(),
  /** What is wrong, in one sentence a manager reads. */
  sentence: z.string(),
  journal: z
    .object({ status: z.string(), startedAt: iso, packageName: z.string(), currency, priceMinor: minor })
    .optional(),
  gigastore: z
    .object({
      activatedItemUid: z.string(),
      salesDate: iso.optional(),
      packageName: z.string().optional(),
      currency: currency.optional(),
      priceMinor: minor.optional(),
    })
    .optional(),
});
export type Difference = z.infer<typeof DifferenceSchema>;

const SideSchema = z.object({
  /** Sales counted (one per sale id). */
  count,
  sums: z.array(z.object({ currency, minor })),
});

/**
 * matched            counts and sums agree and no difference was found
 * differences        at least one difference, confirmed by two reads of the list
 * not-yet-checkable  nothing can be concluded yet (see reasons): no verdict either way
 */
export const CheckVerdictSchema = z.enum(['matched', 'differences', 'not-yet-checkable']);
export type CheckVerdict = z.infer<typeof CheckVerdictSchema>;

export const ReportCheckSchema = z.object({
  verdict: CheckVerdictSchema,
  /** Why the verdict is not final, one sentence each (empty when it is). */
  reasons: z.array(z.string()),
  /**
   * When a report made again can conclude (the period and its youngest sale settled: two reconciliation
   * windows after them), when that is what it waits for.
   */
  checkableAfter: iso.optional(),
  /** This counter's sales of the period as the journal has them, and as Gigastore has them. */
  journal: SideSchema,
  gigastore: SideSchema,
  differences: z.array(DifferenceSchema),
  /** Reads of Gigastore's sales list the check made (two complete looks, each split as needed). */
  reads: count,
});
export type ReportCheck = z.infer<typeof ReportCheckSchema>;

export const ZReportSchema = z.object({
  generatedAt: iso,
  period: ReportPeriodSchema,
  scope: ReportScopeSchema,
  /** Per currency, sorted by currency code. */
  totals: z.array(TotalsSchema),
  byPackage: z.array(GroupTotalsSchema),
  byClerk: z.array(GroupTotalsSchema),
  byCounter: z.array(GroupTotalsSchema),
  byActivationMode: z.array(GroupTotalsSchema),
  /** Every sale counted, oldest first. */
  sales: z.array(ReportSaleSchema),
  refunds: z.array(ReportRefundSchema),
  /** Sales of the period whose outcome only Gigastore knows yet (pending, verifying): not counted. */
  checking: z.array(ReportSaleSchema),
  /** Sales of the period sent to another Gigastore (demo sales in a live report, or the reverse): left out. */
  elsewhere: count,
  check: ReportCheckSchema,
  /** True when the check found a difference: the day or shift is shown in red. */
  flagged: z.boolean(),
});
export type ZReport = z.infer<typeof ZReportSchema>;
