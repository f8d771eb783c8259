// What a Z report counts, as report lines: this counter's sales and refunds from its journal, and (store-wide)
// the other counters' sales from Gigastore's list, one per sale id. Prices become whole minor units here.
import type { ActivatedItem } from '../../../shared/gigastore';
import { toMinor } from '../../../shared/money';
import type { SaleRecord } from '../../../shared/sale';
import type { ReportRefund, ReportSale } from '../../../shared/z-report';
import { counterOfSaleId } from '../sale-id';
import { keyOf, within } from './store-sales';
import type { Scope } from './store-scope';

/** ISO 4217's code for "no currency": a package Gigastore lists without a retail price. */
const NO_CURRENCY = 'XXX';

export function reportSaleOf(sale: SaleRecord): ReportSale {
  return {
    saleId: sale.saleId,
    counterId: sale.counterId,
    source: 'journal',
    soldAt: sale.startedAt,
    status: sale.status,
    kind: sale.kind,
    ...(sale.clerk ? { clerk: sale.clerk } : {}),
    packageName: sale.item.name,
    // Gigastore starts a package at once when no mode is sent.
    activationMode: sale.activationMode ?? 'NOW',
    currency: sale.price.currencyCode,
    priceMinor: toMinor(sale.price.priceValue, sale.price.currencyCode),
  };
}

function reportSaleOfItem(key: string, item: ActivatedItem): ReportSale {
  const price = item.retailPrice;
  return {
    saleId: key,
    counterId: (item.metatag && counterOfSaleId(item.metatag)) || '',
    source: 'gigastore',
    soldAt: item.salesDate ?? '',
    status: 'completed',
    packageName: item.balance?.name ?? 'unnamed package',
    activationMode: item.balance?.activationMode ?? 'unknown',
    currency: price?.currencyCode ?? NO_CURRENCY,
    priceMinor: price ? toMinor(price.priceValue, price.currencyCode) : 0,
  };
}

/**
 * The other counters' sales of the period, from Gigastore's list: one per sale id (a second package under
 * the same id is a double charge, that counter's to settle, not a second sale), dated by Gigastore.
 */
export function otherCountersSales(
  scope: Scope,
  items: readonly ActivatedItem[],
  inJournal: (saleId: string) => boolean,
  fromMs: number,
  toMs: number,
): ReportSale[] {
  const first = new Map<string, ActivatedItem>();
  for (const item of items) {
    if (!scope.covers(item.metatag)) continue;
    const key = keyOf(item);
    if (key === item.metatag && (counterOfSaleId(key) === scope.counterId || inJournal(key))) continue;
    const earlier = first.get(key);
    if (!earlier || Date.parse(item.salesDate ?? '') < Date.parse(earlier.salesDate ?? '')) first.set(key, item);
  }
  return [...first]
    .filter(([, item]) => within(Date.parse(item.salesDate ?? ''), fromMs, toMs))
    .map(([key, item]) => reportSaleOfItem(key, item));
}

/** Refunds given back in [from, to) (by when they were made), of sales of any period. */
export function refundsIn(sales: readonly SaleRecord[], fromMs: number, toMs: number): ReportRefund[] {
  const refunds: ReportRefund[] = [];
  for (const sale of sales) {
    for (const refund of sale.refunds) {
      if (refund.outcome !== 'refunded' || !within(Date.parse(refund.at), fromMs, toMs)) continue;
      const ofDuplicateCharge =
        refund.activatedItemUid !== undefined && refund.activatedItemUid !== sale.activatedItemUid;
      refunds.push({
        saleId: sale.saleId,
        counterId: sale.counterId,
        at: refund.at,
        ...(refund.clerk ? { clerk: refund.clerk } : {}),
        reason: refund.reason,
        packageName: sale.item.name,
        activationMode: sale.activationMode ?? 'NOW',
        currency: sale.price.currencyCode,
        amountMinor: toMinor(sale.price.priceValue, sale.price.currencyCode),
        ofDuplicateCharge,
      });
    }
  }
  return refunds.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
