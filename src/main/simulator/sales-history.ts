// What a test (or a trainer) may write into the simulated account's sales history directly, to stand for
// what happened outside this console: a package sold by another counter or another store (any metatag),
// or in the portal, with no journal here; and a package whose recorded retail price is not the price the
// counter sold it for. The Z report's check must find each of these; nothing here spends credit.
import { randomUUID } from 'node:crypto';
import type { ActivatedItem, ActivationMode } from '../../shared/gigastore';
import { newActivatedItem, Refusal, type SimulatedAccount } from './store';

export interface RecordedSale {
  /** The sale id it was sold under, as a counter writes it ("VIE3-2-01J…"), or any text. */
  metatag: string;
  /** The inventory item sold (default: the first). */
  inventoryItemId?: string | undefined;
  /** When Gigastore says it was sold (default: now). */
  salesDate?: string | undefined;
  /** The retail price Gigastore records (default: the item's). */
  retailPrice?: { priceValue: number; currencyCode?: string | undefined } | undefined;
  activationMode?: ActivationMode | undefined;
}

/** Records a package sold outside this console, for a new customer; returns it. */
export function recordSale(account: SimulatedAccount, sale: RecordedSale, now: Date): ActivatedItem {
  const inventoryItem = sale.inventoryItemId
    ? account.inventory.find((candidate) => candidate.id === sale.inventoryItemId)
    : account.inventory[0];
  if (!inventoryItem) throw new Refusal(404, 'Not Found', `Inventory item ${sale.inventoryItemId} does not exist.`);
  const at = sale.salesDate ? new Date(sale.salesDate) : now;
  if (Number.isNaN(at.getTime())) throw new Refusal(400, 'Bad Request', 'salesDate is not a date.');
  const item = newActivatedItem(
    inventoryItem,
    { metatag: sale.metatag, activationMode: sale.activationMode },
    at.toISOString(),
  );
  if (sale.retailPrice) setPrice(item, sale.retailPrice);
  const uid = randomUUID();
  account.customers.set(uid, { uid, email: null, countrySet: inventoryItem.countrySet, items: [item], esims: [] });
  return structuredClone(item);
}

/** Changes the retail price Gigastore records for a sold package (as if it had been sold at another price). */
export function changeRecordedPrice(
  account: SimulatedAccount,
  uid: string,
  price: { priceValue: number; currencyCode?: string | undefined },
): void {
  for (const customer of account.customers.values()) {
    const item = customer.items.find((candidate) => candidate.uid === uid);
    if (item) return setPrice(item, price);
  }
  throw new Refusal(404, 'Not Found', `Activated item ${uid} does not exist.`);
}

function setPrice(item: ActivatedItem, price: { priceValue: number; currencyCode?: string | undefined }): void {
  item.retailPrice = {
    ...item.retailPrice,
    priceValue: price.priceValue,
    currencyCode: price.currencyCode ?? item.retailPrice?.currencyCode ?? 'USD',
  };
}
