// The Z report's check: this counter's sales of the period as the journal has them, against the packages
// Gigastore's sales list holds under this counter's sale ids. It proves what it says, as reconciliation does:
// - a package Gigastore holds that the journal does not (no such sale, a sale it has as not charged, a
//   second package of a sale) and a price that differs are found in any read: the package is there;
// - a charged sale missing from the list is a difference only when the list was read whole (no answer
//   that a cap could have cut off) and the sale has settled (a list can lag; see z-report.ts);
// - the caller reads the list twice and keeps only the differences both reads found (see z-report.ts).
import type { ActivatedItem } from '../../../shared/gigastore';
import { minorToDecimal, toMinor } from '../../../shared/money';
import type { SaleRecord } from '../../../shared/sale';
import type { Difference } from '../../../shared/z-report';
import { counterOfSaleId } from '../sale-id';
import { storeItemOf, within } from './store-sales';

export interface CheckInput {
  counterId: string;
  /** This counter's journal sales of the period, sent to the Gigastore read. */
  sales: readonly SaleRecord[];
  items: readonly ActivatedItem[];
  /** Whether every window of the read answered fewer items than a cap could cut off. */
  complete: boolean;
  /** Any sale of the journal by id (a package of the period may belong to a sale of another period). */
  lookUp: (saleId: string) => SaleRecord | undefined;
  fromMs: number;
  toMs: number;
  nowMs: number;
  /** How long after its last attempt a sale may take to show in the list (two reconciliation windows). */
  settleMs: number;
}

export interface Side {
  count: number;
  sums: Array<{ currency: string; minor: number }>;
}

export interface CheckFindings {
  differences: Difference[];
  journal: Side;
  gigastore: Side;
}

class SideTally {
  private count = 0;
  private readonly sums = new Map<string, number>();
  add(currency: string | undefined, minor: number | undefined): void {
    this.count += 1;
    if (currency !== undefined && minor !== undefined) this.sums.set(currency, (this.sums.get(currency) ?? 0) + minor);
  }
  side(): Side {
    const sums = [...this.sums].map(([currency, minor]) => ({ currency, minor }));
    return { count: this.count, sums: sums.sort((a, b) => a.currency.localeCompare(b.currency)) };
  }
}

const priceOf = (sale: SaleRecord) => toMinor(sale.price.priceValue, sale.price.currencyCode);

function journalSide(sale: SaleRecord): NonNullable<Difference['journal']> {
  return {
    status: sale.status,
    startedAt: sale.startedAt,
    packageName: sale.item.name,
    currency: sale.price.currencyCode,
    priceMinor: priceOf(sale),
  };
}

function difference(kind: Difference['kind'], sentence: string, sale?: SaleRecord, item?: ActivatedItem): Difference {
  const saleId = sale?.saleId ?? item?.metatag ?? '';
  return {
    kind,
    saleId,
    counterId: sale?.counterId ?? counterOfSaleId(saleId) ?? '',
    sentence,
    ...(sale ? { journal: journalSide(sale) } : {}),
    ...(item ? { gigastore: storeItemOf(item) } : {}),
  };
}

/** A difference when Gigastore lists a sale's own package at another price than the journal sold it for. */
function priceDifference(sale: SaleRecord, own: ActivatedItem): Difference | undefined {
  const price = storeItemOf(own);
  if (price.currency === sale.price.currencyCode && price.priceMinor === priceOf(sale)) return undefined;
  const listed =
    price.currency && price.priceMinor !== undefined
      ? `${minorToDecimal(price.priceMinor, price.currency)} ${price.currency}`
      : 'no retail price';
  const sold = `${minorToDecimal(priceOf(sale), sale.price.currencyCode)} ${sale.price.currencyCode}`;
  return difference('price-differs', `Sale ${sale.saleId} was sold for ${sold}; Gigastore lists ${listed}.`, sale, own);
}

/** The differences between the journal's sales of the period and one read of Gigastore's list. */
export function findDifferences(input: CheckInput): CheckFindings {
  const { counterId, sales, items, complete, lookUp, fromMs, toMs, nowMs, settleMs } = input;
  const byMetatag = new Map<string, ActivatedItem[]>();
  for (const item of items)
    if (item.metatag) byMetatag.set(item.metatag, [...(byMetatag.get(item.metatag) ?? []), item]);
  const differences: Difference[] = [];
  const journal = new SideTally();
  const gigastore = new SideTally();
  const explained = new Set<string>();
  const counted = (item: ActivatedItem) => gigastore.add(storeItemOf(item).currency, storeItemOf(item).priceMinor);

  for (const sale of sales) {
    const found = byMetatag.get(sale.saleId) ?? [];
    found.forEach((item) => explained.add(item.uid));
    if (sale.status === 'pending' || sale.status === 'verifying') continue; // still being checked: not compared
    if (sale.status !== 'completed') {
      for (const item of found) {
        counted(item);
        differences.push(
          difference(
            'not-in-journal',
            `Gigastore charged sale ${sale.saleId}, which this journal has as ${sale.status}.`,
            sale,
            item,
          ),
        );
      }
      continue;
    }
    journal.add(sale.price.currencyCode, priceOf(sale));
    const known = new Set([sale.activatedItemUid, ...sale.duplicates.map((duplicate) => duplicate.activatedItemUid)]);
    const own = found.find((item) => item.uid === sale.activatedItemUid);
    if (own) {
      counted(own);
      const differs = priceDifference(sale, own);
      if (differs) differences.push(differs);
    } else if (complete && Date.parse(sale.lastAttemptAt) + settleMs <= nowMs) {
      differences.push(
        difference(
          'not-at-gigastore',
          `Sale ${sale.saleId} is charged in this journal, but Gigastore's sales list does not hold its package.`,
          sale,
        ),
      );
    }
    for (const item of found.filter((candidate) => !known.has(candidate.uid))) {
      counted(item);
      differences.push(
        difference(
          'not-in-journal',
          `Gigastore holds a second package under sale ${sale.saleId} that this journal does not know.`,
          sale,
          item,
        ),
      );
    }
  }

  // Packages under this counter's sale ids that no sale of the period explains.
  for (const item of items) {
    if (explained.has(item.uid) || !item.metatag || counterOfSaleId(item.metatag) !== counterId) continue;
    if (!within(Date.parse(item.salesDate ?? ''), fromMs, toMs) || lookUp(item.metatag)) continue;
    counted(item);
    differences.push(
      difference(
        'not-in-journal',
        `Gigastore holds sale ${item.metatag}, which is not in this journal.`,
        undefined,
        item,
      ),
    );
  }
  return { differences, journal: journal.side(), gigastore: gigastore.side() };
}

/** What makes two reads' findings the same finding. */
export const differenceKey = (difference: Difference) =>
  JSON.stringify([difference.kind, difference.saleId, difference.gigastore?.activatedItemUid ?? '']);
