// A day at store VIE3: counter VIE3-1 sells (clerks Mira then Jon, every activation mode, a top-up, a
// refund), counter VIE3-2 sells through the CLI (two sales, a top-up, a refund), and VIE30-1, another store
// whose id merely begins alike, sells too. Each counter's `report --store` (the built CLI, its own journal,
// one simulator over real HTTP) counts the same store to the cent. Prices are chosen so that adding them as
// floating-point numbers is off by a fraction of a cent (0.10 + 8.99 + 0.20 is 9.2899999…).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryItem } from '../../src/shared/gigastore';
import type { SaleRecord } from '../../src/shared/sale';
import { StoreSalesSchema } from '../../src/shared/store-sales';
import type { GroupTotals, ZReport } from '../../src/shared/z-report';
import { dayPeriod, localDayIn } from '../../src/main/core/report/periods';
import { listStoreSales } from '../../src/main/core/report/store-sales';
import { buildZReport } from '../../src/main/core/report/z-report';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { GigastoreSimulator } from '../../src/main/simulator/server';
import { jsonLines } from '../support/cli';
import { noonTimeZone, priceItem, storeCounter, wait, WINDOW_MS, type StoreCounter } from '../support/store-counters';

const zone = noonTimeZone();
const today = localDayIn(Date.now(), zone);
let simulator: GigastoreSimulator;
let vie1: StoreCounter;
let vie2: StoreCounter;
let mira: string;
const sold: Record<string, SaleRecord> = {};

/** Only what a test compares: the sums of a row. */
const sums = ({
  sales,
  grossMinor,
  refunds,
  refundedMinor,
  netMinor,
  refundsKnown,
}: GroupTotals | ZReport['totals'][0]) => ({
  sales,
  grossMinor,
  refunds,
  refundedMinor,
  netMinor,
  refundsKnown,
});
const row = (groups: GroupTotals[], key: string) => sums(groups.find((group) => group.key === key)!);

beforeAll(async () => {
  simulator = await new GigastoreSimulator({ scanDelayMs: 50 }).start();
  const europe = simulator.account.inventory.filter((item) => item.countrySet === 'EUR');
  const world = simulator.account.inventory.find((item) => item.countrySet === 'WWW')!;
  const [eur10, eur20, eur70] = [
    priceItem(simulator, europe[0]!, 0.1),
    priceItem(simulator, europe[1]!, 0.2),
    priceItem(simulator, europe[2]!, 0.7),
  ];
  priceItem(simulator, world, 8.99);
  vie1 = storeCounter(simulator, 'VIE3-1', zone);
  vie2 = storeCounter(simulator, 'VIE3-2', zone);
  const other = storeCounter(simulator, 'VIE30-1', zone);
  const cliSale = async (counter: StoreCounter, args: string[]) => {
    const result = await counter.cli([...args, '--json']);
    expect(result.code).toBe(0);
    return jsonLines(result.stdout)[0]!;
  };
  const sell = (item: InventoryItem) => ['sell', '--item', item.id, '--country', 'AT'];

  mira = vie1.shift('shift-start', 'Mira');
  sold.s1 = await vie1.sell(eur10, { clerk: 'Mira', activationMode: 'NOW' });
  sold.s2 = await vie1.sell(eur20, { clerk: 'Mira', activationMode: 'FIRST_USE' });
  sold.s3 = await vie1.sell(eur70, {
    clerk: 'Mira',
    activationMode: 'ON_DEMAND',
    kind: 'topup',
    customerUid: sold.s1.customerUid!,
  });
  const b1 = await cliSale(vie2, sell(eur10));
  const b2 = await cliSale(vie2, sell(world));
  await cliSale(vie2, ['topup', '--customer', String(b1.customerUid), '--item', eur20.id]);
  await cliSale(other, sell(world));
  await wait(20);
  vie1.shift('shift-start', 'Jon');
  sold.s4 = await vie1.sell(world, { clerk: 'Jon' });
  expect(await vie1.refund(sold.s2, 'Wrong package', 'Jon')).toMatchObject({ outcome: 'refunded' });
  expect((await vie2.cli(['refund', '--item', String(b2.activatedItemUid), '--reason', 'Changed mind'])).code).toBe(0);
  vie1.shift('shift-end', 'Jon');
  for (const sale of Object.values(sold)) expect(sale.status).toBe('completed');
  await wait(2 * WINDOW_MS + 100); // the shifts and their sales have settled
}, 60_000);
afterAll(() => simulator?.close());

describe('the store’s day, from each of its counters', () => {
  it('VIE3-1 and VIE3-2 count the same store to the cent; each knows its own refunds', async () => {
    const [one, two] = await Promise.all([
      vie1.report(['--store', '--day', today]),
      vie2.report(['--store', '--day', today]),
    ]);
    for (const { report } of [one, two]) {
      expect(report.scope).toMatchObject({ storeWide: true, store: 'VIE3', counters: ['VIE3-1', 'VIE3-2'] });
      expect(report.period).toMatchObject({ kind: 'day', day: today, timeZone: zone });
      expect(report.sales).toHaveLength(7); // VIE30-1's sale is another store's
      expect(report.totals.map((totals) => [totals.currency, totals.sales, totals.grossMinor])).toEqual([
        ['USD', 7, 1928],
      ]);
      expect(report.byCounter.map((group) => [group.key, group.sales, group.grossMinor])).toEqual([
        ['VIE3-1', 4, 999],
        ['VIE3-2', 3, 929],
      ]);
      // The day is not over: totals, but no verdict yet (exit 6), and nothing flagged.
      expect(report.check.verdict).toBe('not-yet-checkable');
      expect(report.flagged).toBe(false);
    }
    expect([one.code, two.code]).toEqual([6, 6]);
    expect(sums(one.report.totals[0]!)).toEqual({
      sales: 7,
      grossMinor: 1928,
      refunds: 1,
      refundedMinor: 20,
      netMinor: 1908,
      refundsKnown: false,
    });
    expect(sums(two.report.totals[0]!)).toEqual({
      sales: 7,
      grossMinor: 1928,
      refunds: 1,
      refundedMinor: 899,
      netMinor: 1029,
      refundsKnown: false,
    });
    expect(row(one.report.byCounter, 'VIE3-1')).toEqual({
      sales: 4,
      grossMinor: 999,
      refunds: 1,
      refundedMinor: 20,
      netMinor: 979,
      refundsKnown: true,
    });
    expect(row(two.report.byCounter, 'VIE3-2')).toEqual({
      sales: 3,
      grossMinor: 929,
      refunds: 1,
      refundedMinor: 899,
      netMinor: 30,
      refundsKnown: true,
    });
  });

  it('by clerk, package and activation mode: a refund counts for the clerk who gave the money back', async () => {
    const { report } = await vie1.report(['--day', today]);
    expect(report.scope.counters).toEqual(['VIE3-1']);
    expect(sums(report.totals[0]!)).toEqual({
      sales: 4,
      grossMinor: 999,
      refunds: 1,
      refundedMinor: 20,
      netMinor: 979,
      refundsKnown: true,
    });
    expect(row(report.byClerk, 'Mira')).toMatchObject({ sales: 3, grossMinor: 100, refunds: 0, netMinor: 100 });
    expect(row(report.byClerk, 'Jon')).toMatchObject({
      sales: 1,
      grossMinor: 899,
      refunds: 1,
      refundedMinor: 20,
      netMinor: 879,
    });
    expect(report.byActivationMode.map((group) => [group.key, group.sales, group.netMinor])).toEqual([
      ['FIRST_USE', 1, 0],
      ['NOW', 2, 909],
      ['ON_DEMAND', 1, 70],
    ]);
    expect(row(report.byPackage, sold.s2!.item.name)).toMatchObject({
      sales: 1,
      grossMinor: 20,
      refundedMinor: 20,
      netMinor: 0,
    });
    expect(report.refunds).toEqual([
      expect.objectContaining({
        saleId: sold.s2!.saleId,
        clerk: 'Jon',
        reason: 'Wrong package',
        amountMinor: 20,
        ofDuplicateCharge: false,
      }),
    ]);
    expect(report.sales.map((sale) => sale.kind)).toEqual(['first', 'first', 'topup', 'first']);
  });

  it('a shift that has ended and settled is checked: it matches Gigastore (exit 0), store-wide too', async () => {
    const { code, report } = await vie1.report(['--shift', mira, '--store']);
    expect(report.period.shift).toMatchObject({ id: mira, clerk: 'Mira' });
    expect(report.check).toMatchObject({ verdict: 'matched', reasons: [], differences: [] });
    expect(report.check.journal).toEqual({ count: 3, sums: [{ currency: 'USD', minor: 100 }] });
    expect(report.check.gigastore).toEqual(report.check.journal);
    expect(report.byCounter.map((group) => [group.key, group.sales, group.grossMinor])).toEqual([
      ['VIE3-1', 3, 100],
      ['VIE3-2', 3, 929],
    ]);
    expect(code).toBe(0);
  });

  it('the day, once it is over, matches Gigastore (the core with the clock after the day)', async () => {
    const period = dayPeriod(today, zone);
    const journal = SalesJournal.open(vie1.dataDir);
    try {
      const report = await buildZReport({
        period,
        counterId: 'VIE3-1',
        storeWide: true,
        journal,
        gigastore: vie1.client,
        reconciliationWindowMs: WINDOW_MS,
        now: new Date(Date.parse(period.to) + 2 * WINDOW_MS),
      });
      expect(report.check).toMatchObject({
        verdict: 'matched',
        journal: { count: 4, sums: [{ currency: 'USD', minor: 999 }] },
      });
      expect(report.totals[0]).toMatchObject({ sales: 7, grossMinor: 1928, netMinor: 1908 });
    } finally {
      journal.close();
    }
  });

  it('the store-wide History list: every sale of the store, merged with this journal by sale id, each naming its counter', async () => {
    const period = dayPeriod(today, zone);
    const journal = SalesJournal.open(vie2.dataDir);
    try {
      const store = StoreSalesSchema.parse(
        await listStoreSales({
          counterId: 'VIE3-2',
          journal,
          client: vie2.client,
          fromMs: Date.parse(period.from),
          toMs: Date.parse(period.to),
          now: new Date(),
        }),
      );
      expect(store).toMatchObject({ store: 'VIE3', complete: true });
      expect(store.rows).toHaveLength(7);
      const byCounter = (counterId: string) => store.rows.filter((row) => row.counterId === counterId);
      expect(
        byCounter('VIE3-1')
          .map((row) => row.saleId)
          .sort(),
      ).toEqual(
        Object.values(sold)
          .map((sale) => sale.saleId)
          .sort(),
      );
      expect(byCounter('VIE3-1').every((row) => !row.thisCounter && !row.journal && row.gigastore.length === 1)).toBe(
        true,
      );
      expect(byCounter('VIE3-2')).toHaveLength(3);
      expect(
        byCounter('VIE3-2').every(
          (row) => row.thisCounter && row.journal?.status === 'completed' && row.gigastore.length === 1,
        ),
      ).toBe(true);
      expect(store.rows.map((row) => Date.parse(row.soldAt))).toEqual(
        store.rows.map((row) => Date.parse(row.soldAt)).sort((a, b) => b - a),
      );
    } finally {
      journal.close();
    }
  });

  it('CSV: one table of 17 columns, amounts in decimals to the cent', async () => {
    const result = await vie1.cli(['report', '--day', today, '--store', '--csv']);
    const lines = result.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'section,key,currency,sales,gross,refunds,refunded,net,sale_id,counter_id,at,clerk,package,activation_mode,status,amount,detail',
    );
    expect(lines).toContain("total,,USD,7,19.28,1,0.20,19.08,,,,,,,,,another counter's refunds are in its own report");
    expect(lines.filter((line) => line.startsWith('sale,'))).toHaveLength(7);
    expect(result.code).toBe(6);
  });

  it('the human report names the day, the store and the shifts of the day', async () => {
    const result = await vie1.cli(['report', '--store']);
    expect(result.stdout).toContain(
      `Z report: close of day ${today}, store VIE3 (counters VIE3-1, VIE3-2), seen from counter VIE3-1`,
    );
    expect(result.stdout).toContain('Takings USD: 7 sales $19.28, 1 refunds -$0.20, net $19.08');
    expect(result.stdout).toContain(`  ${mira}  Mira  until `);
    expect(result.stdout).toContain('Check against Gigastore: not yet checkable');
  });
});

describe('the report command’s input', () => {
  it.each([
    [['--day', '2026-02-30'], '--day "2026-02-30" is not a date written YYYY-MM-DD (from 2000 on).'],
    [['--day', '2026-11-25', '--shift', '2026-11-25T08:00:00.000Z'], 'Choose one of --day and --shift.'],
    [['--json', '--csv'], 'Choose one of --json and --csv.'],
    [['--shift', 'yesterday'], '--shift "yesterday" is not a shift id (as 2026-11-25T08:00:00.000Z).'],
    [
      ['--shift', '2020-01-01T00:00:00.000Z'],
      "There is no shift 2020-01-01T00:00:00.000Z in this counter's audit trail",
    ],
  ])('%j is refused with one sentence, exit 1', async (args, sentence) => {
    const result = await vie1.cli(['report', ...args]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(sentence);
    expect(result.stdout).toBe('');
  });
});
