// Each kind of difference between this counter's journal and Gigastore, found and listed with its sale by
// `report` (the built CLI, real journal files, the simulator over real HTTP, the differences written
// through the simulator's control routes): a sale Gigastore does not hold, a sale of this counter the
// journal does not know, a second package under a sale id, and a price that differs. Another counter's
// sale and another store's are no difference. A report with a difference exits 5 and is flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCatalogueItem } from '../../src/shared/catalogue';
import type { SaleRecord } from '../../src/shared/sale';
import { newSaleId } from '../../src/main/core/sale-id';
import { GigastoreSimulator } from '../../src/main/simulator/server';
import { control, noonTimeZone, storeCounter, wait, WINDOW_MS, type StoreCounter } from '../support/store-counters';

let simulator: GigastoreSimulator;
let counter: StoreCounter;
let shift: string;
const sale: Record<string, SaleRecord> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  simulator = await new GigastoreSimulator({ scanDelayMs: 50 }).start();
  const [first, second, third] = simulator.account.inventory;
  counter = storeCounter(simulator, 'VIE3-1', noonTimeZone());
  shift = counter.shift('shift-start', 'Mira');
  sale.s1 = await counter.sell(first!, { clerk: 'Mira' });
  sale.s2 = await counter.sell(second!, { clerk: 'Mira' });
  sale.s3 = await counter.sell(third!, { clerk: 'Mira' });
  // The journal has a sale charged that Gigastore never sold (a journal brought from elsewhere, say).
  sale.phantom = await counter.withRecords(async (records) => {
    const item = toCatalogueItem(first!);
    const saleId = newSaleId('VIE3-1');
    records.begin(
      {
        saleId,
        counterId: 'VIE3-1',
        mode: 'demo',
        clerk: 'Mira',
        item,
        price: item.retailPrice,
        customerCountry: 'AT',
        userIp: '192.0.2.10',
      },
      counter.client.baseUrl,
    );
    return records.completed(saleId, {
      via: 'response',
      customerUid: 'no-such-customer',
      activatedItemUid: 'no-such-package',
    });
  });
  ids.unknown = newSaleId('VIE3-1');
  await control(simulator, 'activated-items', { metatag: ids.unknown, inventoryItemId: third!.id });
  ids.second = ((await control(simulator, 'activated-items', { metatag: sale.s1.saleId })) as { uid: string }).uid;
  await control(simulator, `activated-items/${sale.s2.activatedItemUid}/retail-price`, { priceValue: 9.49 });
  ids.otherCounter = newSaleId('VIE3-2');
  await control(simulator, 'activated-items', { metatag: ids.otherCounter });
  await control(simulator, 'activated-items', { metatag: newSaleId('VIE30-1') });
  counter.shift('shift-end', 'Mira');
  await wait(2 * WINDOW_MS + 100);
}, 60_000);
afterAll(() => simulator?.close());

const expectedDifferences = () => [
  { kind: 'not-at-gigastore', saleId: sale.phantom!.saleId },
  { kind: 'not-in-journal', saleId: ids.unknown! },
  { kind: 'not-in-journal', saleId: sale.s1!.saleId },
  { kind: 'price-differs', saleId: sale.s2!.saleId },
];
const kindsAndSales = (differences: Array<{ kind: string; saleId: string }>) =>
  differences
    .map(({ kind, saleId }) => ({ kind, saleId }))
    .sort((a, b) => (a.kind + a.saleId).localeCompare(b.kind + b.saleId));

describe('differences between the journal and Gigastore', () => {
  it('each kind is found and listed with its sale; the shift is flagged and report exits 5', async () => {
    const { code, report } = await counter.report(['--shift', shift]);
    expect(code).toBe(5);
    expect(report.flagged).toBe(true);
    expect(report.check.verdict).toBe('differences');
    expect(kindsAndSales(report.check.differences)).toEqual(kindsAndSales(expectedDifferences()));
    const byKind = (kind: string, saleId: string) =>
      report.check.differences.find((difference) => difference.kind === kind && difference.saleId === saleId)!;
    expect(byKind('price-differs', sale.s2!.saleId)).toMatchObject({
      counterId: 'VIE3-1',
      journal: { priceMinor: Math.round(sale.s2!.price.priceValue * 100), currency: 'USD' },
      gigastore: { activatedItemUid: sale.s2!.activatedItemUid, priceMinor: 949, currency: 'USD' },
    });
    expect(byKind('not-in-journal', sale.s1!.saleId)).toMatchObject({ gigastore: { activatedItemUid: ids.second } });
    expect(byKind('not-in-journal', ids.unknown!).sentence).toBe(
      `Gigastore holds sale ${ids.unknown}, which is not in this journal.`,
    );
    // Counts: 4 sales in the journal; 5 packages at Gigastore (one more under s1, one unknown, none for the phantom).
    expect(report.check.journal.count).toBe(4);
    expect(report.check.gigastore.count).toBe(5);
    expect(report.check.journal.sums).not.toEqual(report.check.gigastore.sums);
  });

  it('store-wide: the other counter’s sale is counted, not a difference; the other store’s is left out', async () => {
    const { code, report } = await counter.report(['--shift', shift, '--store']);
    expect(code).toBe(5);
    expect(kindsAndSales(report.check.differences)).toEqual(kindsAndSales(expectedDifferences()));
    expect(report.scope.counters).toEqual(['VIE3-1', 'VIE3-2']);
    expect(report.sales.filter((line) => line.counterId === 'VIE3-2').map((line) => line.saleId)).toEqual([
      ids.otherCounter,
    ]);
  });

  it('the CSV lists each difference with its sale; the human report says DIFFERENCES', async () => {
    const csv = await counter.cli(['report', '--shift', shift, '--csv']);
    expect(csv.code).toBe(5);
    const differences = csv.stdout.split('\r\n').filter((line) => line.startsWith('difference,'));
    expect(differences).toHaveLength(4);
    for (const { kind, saleId } of expectedDifferences())
      expect(differences.some((line) => line.startsWith(`difference,${kind},`) && line.includes(`,${saleId},`))).toBe(
        true,
      );
    const human = await counter.cli(['report', '--shift', shift]);
    expect(human.code).toBe(5);
    expect(human.stdout).toContain('Check against Gigastore: DIFFERENCES');
    for (const { kind, saleId } of expectedDifferences()) expect(human.stdout).toContain(`  ${kind}  ${saleId}  `);
  });
});
