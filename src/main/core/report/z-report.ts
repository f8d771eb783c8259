// The Z report (close of a day or of a shift): what this counter (or every counter of its store) sold and
// refunded in the period, net takings per currency to the cent, the sales still being checked, and the
// check against Gigastore's sales list, every difference named by its sale.
//
// How the check avoids a false difference or a false match, like reconciliation (reconciliation.ts):
// - the list is read as reconciliation reads it (sales-list.ts): split until no answer could have been cut
//   off by a cap; a read that stays cut off concludes nothing from what it lacks;
// - a sale younger than its reconciliation window is not yet expected in the list (a list can lag), and
//   the report says when it can be checked; so does a sale still pending or verifying;
// - the list is read twice: a difference is reported only when both reads found it, and reads that
//   disagree (a charge landing, a list catching up) leave the report "not yet checkable".
// A report with any blocker is "not yet checkable" unless a difference is already proved.
import type { SaleRecord } from '../../../shared/sale';
import type { ZReport, ReportCheck, ReportPeriod } from '../../../shared/z-report';
import type { GigastoreClient } from '../gigastore/client';
import { findDifferences, differenceKey, type CheckFindings } from './z-check';
import { CLOCK_SKEW_MS, readWindows, within, type JournalReader, type ListRead } from './store-sales';
import { scopeOf } from './store-scope';
import { otherCountersSales, refundsIn, reportSaleOf } from './z-sales';
import { zTotals } from './z-totals';

export interface ZReportInput {
  period: ReportPeriod;
  /** This counter's id (settings.counterId). */
  counterId: string;
  /** Every counter of the store (the counter id before its last "-"), or this counter alone. */
  storeWide: boolean;
  journal: JournalReader;
  /** The Gigastore of the current mode: only the sales sent to it are counted and checked. */
  gigastore: GigastoreClient;
  /** The reconciliation window of the current mode (reconciliationWindowFor(mode, setting)). */
  reconciliationWindowMs: number;
  now: Date;
}

/**
 * A refund is possible only while its package is valid and unused: a year at most, after up to 90 days
 * waiting for its first use. Sales begun this long before a period are looked at for its refunds.
 */
const REFUND_LOOKBACK_MS = 455 * 86_400_000;

export async function buildZReport(input: ZReportInput): Promise<ZReport> {
  const { period, counterId, journal, gigastore, now } = input;
  const fromMs = Date.parse(period.from);
  const toMs = Date.parse(period.to);
  const scope = scopeOf(counterId, input.storeWide);
  const ours = journal
    .all({ fromMs: fromMs - REFUND_LOOKBACK_MS, toMs: toMs + CLOCK_SKEW_MS })
    .filter((sale) => scope.coversCounter(sale.counterId));
  const inPeriod = ours.filter((sale) => within(Date.parse(sale.startedAt), fromMs, toMs));
  const sales = inPeriod.filter((sale) => sale.gigastore === gigastore.baseUrl);
  const check = await checkAgainstGigastore(input, sales);

  const others = input.storeWide
    ? otherCountersSales(scope, check.items, (saleId) => journal.get(saleId) !== undefined, fromMs, toMs)
    : [];
  const counted = [...sales.filter((sale) => sale.status === 'completed').map(reportSaleOf), ...others].sort(
    (a, b) => Date.parse(a.soldAt) - Date.parse(b.soldAt),
  );
  const refunds = refundsIn(
    ours.filter((sale) => sale.gigastore === gigastore.baseUrl),
    fromMs,
    toMs,
  );
  const checking = sales
    .filter((sale) => sale.status === 'pending' || sale.status === 'verifying')
    .map(reportSaleOf)
    .reverse();
  return {
    generatedAt: now.toISOString(),
    period,
    scope: {
      counterId,
      storeWide: input.storeWide,
      store: scope.store,
      counters: [...new Set([...counted, ...checking].map((sale) => sale.counterId))].sort(),
    },
    ...zTotals(counted, refunds),
    sales: counted,
    refunds,
    checking,
    elsewhere: inPeriod.length - sales.length,
    check: check.report,
    flagged: check.report.verdict === 'differences',
  };
}

/** The journal's sales of the period against two reads of Gigastore's list. */
async function checkAgainstGigastore(
  input: ZReportInput,
  sales: readonly SaleRecord[],
): Promise<{ report: ReportCheck; items: ListRead['items'] }> {
  const { period, counterId, journal, gigastore, now } = input;
  const windowMs = input.reconciliationWindowMs;
  const fromMs = Date.parse(period.from);
  const toMs = Date.parse(period.to);
  const nowMs = now.getTime();
  const windows: Array<[number, number]> = [
    [fromMs - CLOCK_SKEW_MS, Math.min(nowMs, toMs + windowMs) + CLOCK_SKEW_MS],
    ...sales.map((sale): [number, number] => [
      Date.parse(sale.startedAt) - CLOCK_SKEW_MS,
      Math.min(nowMs, Date.parse(sale.lastAttemptAt) + windowMs) + CLOCK_SKEW_MS,
    ]),
  ];
  const reasons: string[] = [];
  const reads: ListRead[] = [];
  try {
    reads.push(await readWindows(gigastore, windows));
    reads.push(await readWindows(gigastore, windows));
  } catch (error) {
    reasons.push(
      `Gigastore's sales list could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  // Looked up after the reads: a sale another process journaled meanwhile is then known (write-ahead).
  const findings = reads.map((read) =>
    findDifferences({
      counterId,
      sales,
      items: read.items,
      complete: read.complete,
      lookUp: (saleId) => journal.get(saleId),
      fromMs,
      toMs,
      nowMs,
      windowMs,
    }),
  );
  const blockers = blockersOf(sales, reads, findings, nowMs, windowMs);
  reasons.push(...blockers.reasons);
  const [first, second] = findings;
  const confirmedKeys = new Set(first?.differences.map(differenceKey));
  const differences = second?.differences.filter((difference) => confirmedKeys.has(differenceKey(difference))) ?? [];
  const verdict = differences.length ? 'differences' : reasons.length ? 'not-yet-checkable' : 'matched';
  const emptySide = { count: 0, sums: [] };
  return {
    items: reads.at(-1)?.items ?? [],
    report: {
      verdict,
      reasons,
      ...(blockers.checkableAfter ? { checkableAfter: new Date(blockers.checkableAfter).toISOString() } : {}),
      checkedUntil: new Date(Math.min(toMs, nowMs - windowMs)).toISOString(),
      final: verdict !== 'not-yet-checkable' && reasons.length === 0 && toMs + windowMs <= nowMs,
      journal: second?.journal ?? first?.journal ?? emptySide,
      gigastore: second?.gigastore ?? emptySide,
      differences,
      reads: reads.reduce((sum, read) => sum + read.reads, 0),
    },
  };
}

/** What keeps the check from concluding, one sentence each, and when a sale's window will have passed. */
function blockersOf(
  sales: readonly SaleRecord[],
  reads: ListRead[],
  findings: CheckFindings[],
  nowMs: number,
  windowMs: number,
): { reasons: string[]; checkableAfter?: number } {
  const reasons: string[] = [];
  if (reads.some((read) => !read.complete)) {
    reasons.push(
      "Gigastore's sales list came back cut off even for its narrowest windows: a sale missing from it may still be there.",
    );
  }
  const [first, second] = findings;
  if (first && second && JSON.stringify(keys(first)) !== JSON.stringify(keys(second))) {
    reasons.push("Gigastore's sales list changed between two reads (a charge landing, or the list catching up).");
  }
  const open = sales.filter((sale) => sale.status === 'pending' || sale.status === 'verifying');
  if (open.length) {
    reasons.push(
      `${open.length} sale(s) of the period are still being checked (pending or verifying): reconcile first.`,
    );
  }
  const young = sales.filter((sale) => Date.parse(sale.lastAttemptAt) + windowMs > nowMs);
  const checkableAfter = young.length ? Math.max(...young.map((sale) => Date.parse(sale.lastAttemptAt) + windowMs)) : 0;
  if (young.length) {
    reasons.push(
      `${young.length} sale(s) are younger than the reconciliation window: Gigastore's list may not show them yet.`,
    );
  }
  return { reasons, ...(checkableAfter ? { checkableAfter } : {}) };
}

const keys = (findings: CheckFindings) => findings.differences.map(differenceKey).sort();
