// The console against a Gigastore whose sales list is imperfect: it lags behind the sales, or answers only
// the first N items without saying so. The promise in each case: a charged sale is never taken as not
// charged for good, and at the end the journal and Gigastore's account agree. The window is 1 s here;
// background checks run every 100 ms.
import { describe, expect, it } from 'vitest';
import { disagreements, chargesOf } from '../support/agreement';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('a sales list that lags behind the sales', () => {
  it('lags longer than the window: the second read, a window after the first, finds the sale; never taken as not charged', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('lost-answer,list-lag=1.6');
    const seen = new Set<string>();
    counter.on('sale', (sale) => seen.add(sale.status));
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('verifying');
    await until(() => events.handoff.at(-1)?.phase === 'active', 20_000);
    const sale = journal.get(handoff.saleId)!;
    expect(sale).toMatchObject({
      status: 'completed',
      completedVia: 'reconciliation',
      noTraceSince: expect.any(String),
    });
    expect(seen.has('not-charged')).toBe(false);
    expect(events.handoff.at(-1)?.esim?.activationCode).toBe(sale.activationCode);
    expect(chargesOf(simulator, handoff.saleId)).toBe(1);
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });

  it('lags longer than two windows: taken as not charged, then the watch finds it listed late and completes it with its QR', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('lost-answer,list-lag=8');
    const handoff = await counter.startSale(request);
    await until(() => events.handoff.at(-1)?.phase === 'not-charged', 20_000);
    const given = journal.get(handoff.saleId)!;
    expect(given.errors.at(-1)?.message).toMatch(/^No trace at Gigastore \d+ s after the attempt/);
    expect(disagreements(journal.all(), simulator)).toHaveLength(1); // charged, and the journal says not charged
    await until(() => events.handoff.at(-1)?.phase === 'active', 20_000);
    expect(journal.get(handoff.saleId)).toMatchObject({ status: 'completed', completedVia: 'late', watched: true });
    expect(events.handoff.at(-1)?.esim?.iccid).toBe(simulator.account.activations[0]!.iccid);
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });
});

describe('a sales list cut off at N items without saying so', () => {
  it('splits the window until no answer could be cut off, and finds the sale beyond the cap', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    for (let sale = 0; sale < 24; sale++) {
      await counter.startSale(request);
      await counter.leaveHandoff();
    }
    simulator.namedFaults.add('list-cap=10,lost-answer');
    const listReadsBefore = simulator.requestCount('/activated-items');
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('verifying');
    await until(() => events.handoff.at(-1)?.phase === 'active', 20_000);
    // The newest sale is past the first ten: only narrower windows reach it.
    expect(simulator.requestCount('/activated-items') - listReadsBefore).toBeGreaterThan(2);
    expect(journal.get(handoff.saleId)).toMatchObject({ status: 'completed', completedVia: 'reconciliation' });
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });

  it('a cut-off list that cannot be split (ten sales in one second) proves nothing: the sale stays being checked', async () => {
    const { counter, simulator, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    // Ten sales of other counters in the same second, then this counter's sale, which never reached Gigastore.
    const item = simulator.account.inventory.find((candidate) => candidate.id === request.inventoryItemId)!;
    const burst = new Date();
    for (let other = 0; other < 10; other++) {
      simulator.account.register(
        {
          inventoryItemId: item.id,
          metatag: `OTHER-${other}`,
          userIp: '192.0.2.10',
          userCountry: 'DE',
          expectedPrice: item.retailPrices[0]!,
        },
        burst,
      );
    }
    simulator.namedFaults.add('list-cap=10');
    simulator.faults.add({ path: '/register', action: 'hang' });
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('verifying');
    // Three windows pass: with a complete list this would be "not charged" by now.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(journal.get(handoff.saleId)).toMatchObject({ status: 'verifying' });
    expect(journal.get(handoff.saleId)?.noTraceSince).toBeUndefined();
    expect(chargesOf(simulator, handoff.saleId)).toBe(0);
  });
});
