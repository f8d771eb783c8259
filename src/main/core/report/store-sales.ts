// The whole store, read from Gigastore: every package sold under a sale id of one of the store's counters
// over a period, merged with this counter's journal by sale id. Nothing is synchronised between counters:
// each reads Gigastore, the system of record, and its own journal. The list is read the way reconciliation
// reads it (sales-list.ts): split until no answer could have been cut off, or reported incomplete.
import type { ActivatedItem } from '../../../shared/gigastore';
import { toMinor } from '../../../shared/money';
import type { SaleRecord } from '../../../shared/sale';
import type { StoreItem, StoreSaleRow, StoreSales } from '../../../shared/store-sales';
import type { GigastoreClient } from '../gigastore/client';
import { mergeWindows, readSalesWindow } from '../journal/sales-list';
import { counterOfSaleId } from '../sale-id';
import { scopeOf, type Scope } from './store-scope';

/** What the store view and the Z report read of the journal (a SalesJournal is one). */
export interface JournalReader {
  /** Sales begun in the range (epoch ms, to exclusive), newest first. */
  all(range?: { fromMs: number; toMs: number }): SaleRecord[];
  get(saleId: string): SaleRecord | undefined;
}

/** Gigastore's clock and ours may differ: the list is read from a little before and to a little after. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export interface ListRead {
  items: ActivatedItem[];
  /** True when every window answered fewer items than a cap could cut off. */
  complete: boolean;
  reads: number;
}

/** Reads Gigastore's sales list over windows (merged first, so each stretch of time is read once). */
export async function readWindows(client: GigastoreClient, windows: Array<[number, number]>): Promise<ListRead> {
  const byUid = new Map<string, ActivatedItem>();
  let complete = true;
  let reads = 0;
  for (const [from, to] of mergeWindows(windows)) {
    const read = await readSalesWindow(client, from, to);
    read.items.forEach((item) => byUid.set(item.uid, item));
    complete &&= read.complete;
    reads += read.reads;
  }
  return { items: [...byUid.values()], complete, reads };
}

/** A package as the store view shows it, its price in minor units. */
export function storeItemOf(item: ActivatedItem): StoreItem {
  const price = item.retailPrice;
  return {
    activatedItemUid: item.uid,
    ...(item.salesDate ? { salesDate: item.salesDate } : {}),
    ...(item.balance?.name ? { packageName: item.balance.name } : {}),
    ...(item.balance?.activationMode ? { activationMode: item.balance.activationMode } : {}),
    ...(price ? { currency: price.currencyCode, priceMinor: toMinor(price.priceValue, price.currencyCode) } : {}),
  };
}

/** The key a package is listed under: its sale id, or (not one of ours) its own uid. */
export function keyOf(item: ActivatedItem): string {
  return item.metatag && counterOfSaleId(item.metatag) ? item.metatag : `item:${item.uid}`;
}

/** A journal sale as a store row (its packages at Gigastore are added as they are found). */
function journalRow(sale: SaleRecord): StoreSaleRow {
  return {
    key: sale.saleId,
    saleId: sale.saleId,
    counterId: sale.counterId,
    thisCounter: true,
    soldAt: sale.startedAt,
    journal: {
      status: sale.status,
      kind: sale.kind,
      ...(sale.clerk ? { clerk: sale.clerk } : {}),
      packageName: sale.item.name,
      currency: sale.price.currencyCode,
      priceMinor: toMinor(sale.price.priceValue, sale.price.currencyCode),
      ...(sale.iccid ? { iccid: sale.iccid } : {}),
    },
    gigastore: [],
  };
}

/** A package no journal sale of the period explains, as a row of its own (or of the journal's sale). */
function itemRow(scope: Scope, item: ActivatedItem, key: string, known?: SaleRecord): StoreSaleRow {
  if (known) return journalRow(known);
  const counterId = item.metatag ? counterOfSaleId(item.metatag) : undefined;
  return {
    key,
    ...(key === item.metatag ? { saleId: key } : {}),
    ...(counterId ? { counterId } : {}),
    thisCounter: counterId === scope.counterId,
    soldAt: item.salesDate ?? '',
    gigastore: [],
  };
}

/**
 * Merges the period's journal sales and Gigastore's packages by sale id, newest first. Only what the scope
 * covers is kept; a package no sale of the period explains is kept when `inPeriod` (its sales date) says
 * so, with the journal's record when `lookUp` finds one begun outside the period (a sale charged late).
 */
export function mergeStoreSales(
  scope: Scope,
  sales: readonly SaleRecord[],
  items: readonly ActivatedItem[],
  inPeriod: (item: ActivatedItem) => boolean,
  lookUp: (saleId: string) => SaleRecord | undefined = () => undefined,
): StoreSaleRow[] {
  const rows = new Map<string, StoreSaleRow>();
  for (const sale of sales) if (scope.coversCounter(sale.counterId)) rows.set(sale.saleId, journalRow(sale));
  for (const item of items) {
    if (!scope.covers(item.metatag)) continue;
    const key = keyOf(item);
    let row = rows.get(key);
    if (!row) {
      if (!inPeriod(item)) continue;
      const known = key === item.metatag ? lookUp(key) : undefined;
      row = itemRow(scope, item, key, known && scope.coversCounter(known.counterId) ? known : undefined);
      rows.set(key, row);
    }
    row.gigastore.push(storeItemOf(item));
  }
  return [...rows.values()].sort((a, b) => Date.parse(b.soldAt) - Date.parse(a.soldAt));
}

export interface StoreSalesInput {
  counterId: string;
  journal: JournalReader;
  client: GigastoreClient;
  fromMs: number;
  toMs: number;
  now: Date;
  /** Every counter of the store (the default), or this counter's sales merged with Gigastore's. */
  storeWide?: boolean;
}

/** The store's sales over [from, to): Gigastore's packages of every counter, merged with this journal. */
export async function listStoreSales(input: StoreSalesInput): Promise<StoreSales> {
  const { counterId, journal, client, fromMs, toMs, now } = input;
  const scope = scopeOf(counterId, input.storeWide ?? true);
  const sales = journal
    .all({ fromMs: fromMs - CLOCK_SKEW_MS, toMs: toMs + CLOCK_SKEW_MS })
    .filter((sale) => sale.gigastore === client.baseUrl && within(Date.parse(sale.startedAt), fromMs, toMs));
  const read = await readWindows(client, [[fromMs - CLOCK_SKEW_MS, Math.min(now.getTime(), toMs) + CLOCK_SKEW_MS]]);
  const rows = mergeStoreSales(
    scope,
    sales,
    read.items,
    (item) => within(Date.parse(item.salesDate ?? ''), fromMs, toMs),
    (saleId) => journal.get(saleId),
  );
  return {
    counterId,
    store: scope.store,
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    rows,
    complete: read.complete,
  };
}

export const within = (time: number, fromMs: number, toMs: number) => time >= fromMs && time < toMs;
