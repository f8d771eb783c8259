// The Z report (close of a day or of a shift): what this counter (or every counter of its store) sold and
// refunded in the period, net takings per currency to the cent, the sales still being checked, and the
// check against Gigastore's sales list, every difference named by its sale.
//
// How the check avoids a false difference or a false match, like reconciliation (reconciliation.ts):
// - the list is read as reconciliation reads it (sales-list.ts): split until no answer could have been cut
//   off by a cap; a read that stays cut off concludes nothing from what it lacks;
// - a list can lag: nothing is concluded about a period, or a sale, until it has settled: two
//   reconciliation windows after its end (after the sale's last attempt), the time reconciliation takes
//   before calling a sale not charged (two complete reads, a window apart, after the window); the report
//   says when that is. A day is checkable once it is over, a shift once it has ended;
// - a sale still pending or verifying is reconciliation's to settle first;
// - the list is read twice: a difference is reported only when both reads found it, and reads that
//   disagree (a charge landing, a list catching up) leave the report "not yet checkable".
// A report with any of these is "not yet checkable", unless a difference is already proved: a package
// Gigastore holds, or its price, is a fact whatever the list leaves out.
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
  const settleMs = 2 * input.reconciliationWindowMs;
  const fromMs = Date.parse(period.from);
  const toMs = Date.parse(period.to);
  const nowMs = now.getTime();
  const windows: Array<[number, number]> = [
    [fromMs - CLOCK_SKEW_MS, Math.min(nowMs, toMs + settleMs) + CLOCK_SKEW_MS],
    ...sales.map((sale): [number, number] => [
      Date.parse(sale.startedAt) - CLOCK_SKEW_MS,
      Math.min(nowMs, Date.parse(sale.lastAttemptAt) + settleMs) + CLOCK_SKEW_MS,
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
  const compare = (read: Pick<ListRead, 'items' | 'complete'>) =>
    findDifferences({
      counterId,
      sales,
      items: read.items,
      complete: read.complete,
      lookUp: (saleId) => journal.get(saleId),
      fromMs,
      toMs,
      nowMs,
      settleMs,
    });
  const findings = reads.map(compare);
  const blockers = blockersOf(sales, reads, findings, { toMs, nowMs, settleMs });
  reasons.push(...blockers.reasons);
  const [first, second] = findings;
  const confirmedKeys = new Set(first?.differences.map(differenceKey));
  const differences = second?.differences.filter((difference) => confirmedKeys.has(differenceKey(difference))) ?? [];
  const verdict = differences.length ? 'differences' : reasons.length ? 'not-yet-checkable' : 'matched';
  return {
    items: reads.at(-1)?.items ?? [],
    report: {
      verdict,
      reasons,
      ...(blockers.checkableAfter ? { checkableAfter: new Date(blockers.checkableAfter).toISOString() } : {}),
      // Unread, Gigastore's side is empty and the journal's still says what it holds.
      journal: (second ?? compare({ items: [], complete: false })).journal,
      gigastore: second?.gigastore ?? { count: 0, sums: [] },
      differences,
      reads: reads.reduce((sum, read) => sum + read.reads, 0),
    },
  };
}

/** What keeps the check from concluding, one sentence each, and when the period and its sales settle. */
function blockersOf(
  sales: readonly SaleRecord[],
  reads: ListRead[],
  findings: CheckFindings[],
  { toMs, nowMs, settleMs }: { toMs: number; nowMs: number; settleMs: number },
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
  const settles = Math.max(toMs, ...sales.map((sale) => Date.parse(sale.lastAttemptAt))) + settleMs;
  if (settles > nowMs) {
    reasons.push(
      `The period is not settled yet: Gigastore's list may take up to two reconciliation windows (${settleMs / 1000} s) to show a sale.`,
    );
  }
  return { reasons, ...(settles > nowMs ? { checkableAfter: settles } : {}) };
}

const keys = (findings: CheckFindings) => findings.differences.map(differenceKey).sort();
