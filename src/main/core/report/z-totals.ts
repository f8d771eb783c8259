// The Z report's sums: per currency, and per package, clerk, counter and activation mode. Every amount is
// a whole number of minor units (cents) and every sum an integer sum: no floating-point total is ever made,
// so the report agrees to the cent with any other correct count of the same sales.
import type { GroupTotals, ReportRefund, ReportSale, Totals } from '../../../shared/z-report';

interface Tally {
  sales: number;
  grossMinor: number;
  refunds: number;
  refundedMinor: number;
  refundsKnown: boolean;
}

const empty = (): Tally => ({ sales: 0, grossMinor: 0, refunds: 0, refundedMinor: 0, refundsKnown: true });

/** One entry of a tally: a sale adds to the gross, a refund to the refunded. */
type Entry = { sale: ReportSale } | { refund: ReportRefund };

function add(tally: Tally, entry: Entry): void {
  if ('sale' in entry) {
    tally.sales += 1;
    tally.grossMinor += entry.sale.priceMinor;
    // Another counter's sale comes from Gigastore, whose list does not say whether it was refunded.
    if (entry.sale.source === 'gigastore') tally.refundsKnown = false;
  } else {
    tally.refunds += 1;
    tally.refundedMinor += entry.refund.amountMinor;
  }
}

const currencyOf = (entry: Entry) => ('sale' in entry ? entry.sale.currency : entry.refund.currency);

function totalsOf(currency: string, tally: Tally): Totals {
  return { currency, ...tally, netMinor: tally.grossMinor - tally.refundedMinor };
}

/** Sums of entries grouped by a key (and always by currency: amounts of two currencies are never added). */
function grouped(entries: readonly Entry[], keyOf: (entry: Entry) => { key: string; label: string }): GroupTotals[] {
  const groups = new Map<string, { key: string; label: string; currency: string; tally: Tally }>();
  for (const entry of entries) {
    const { key, label } = keyOf(entry);
    const currency = currencyOf(entry);
    const id = JSON.stringify([key, currency]);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key, label, currency, tally: empty() }));
    add(group.tally, entry);
  }
  return [...groups.values()]
    .map(({ key, label, currency, tally }) => ({ key, label, ...totalsOf(currency, tally) }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.currency.localeCompare(b.currency));
}

const NO_CLERK = 'no clerk';
const CLERK_UNKNOWN = 'not known (another counter)';

function clerkOf(entry: Entry): { key: string; label: string } {
  // A refund counts for the clerk who gave the money back; a sale for the one who sold it.
  const clerk = 'sale' in entry ? entry.sale.clerk : entry.refund.clerk;
  if (clerk) return { key: clerk, label: clerk };
  const fromGigastore = 'sale' in entry && entry.sale.source === 'gigastore';
  return fromGigastore ? { key: '~unknown', label: CLERK_UNKNOWN } : { key: '~none', label: NO_CLERK };
}

/** For a refund, the sale's package, counter and activation mode. */
function saleSide(entry: Entry): { packageName: string; counterId: string; activationMode: string } {
  return 'sale' in entry ? entry.sale : entry.refund;
}

export interface ZTotals {
  totals: Totals[];
  byPackage: GroupTotals[];
  byClerk: GroupTotals[];
  byCounter: GroupTotals[];
  byActivationMode: GroupTotals[];
}

/**
 * The sums of the sales counted and the refunds made. A refund of a duplicate charge is the reseller's
 * credit coming back, not money given to a customer: it is listed in the report but not taken off.
 */
export function zTotals(sales: readonly ReportSale[], refunds: readonly ReportRefund[]): ZTotals {
  const entries: Entry[] = [
    ...sales.map((sale) => ({ sale })),
    ...refunds.filter((refund) => !refund.ofDuplicateCharge).map((refund) => ({ refund })),
  ];
  const totals = grouped(entries, () => ({ key: '', label: '' })).map(
    ({ key: _key, label: _label, ...currencyTotals }) => currencyTotals,
  );
  return {
    totals,
    byPackage: grouped(entries, (entry) => ({ key: saleSide(entry).packageName, label: saleSide(entry).packageName })),
    byClerk: grouped(entries, clerkOf),
    byCounter: grouped(entries, (entry) => {
      const counterId = saleSide(entry).counterId;
      return { key: counterId, label: counterId || 'no counter (sold outside the counters)' };
    }),
    byActivationMode: grouped(entries, (entry) => ({
      key: saleSide(entry).activationMode,
      label: saleSide(entry).activationMode,
    })),
  };
}
