// The console against a Gigastore that charges imperfectly: late, after answering an error, or twice when
// a sale is sent again and it ignores the idempotency key. The promise: never charged twice without the
// console saying so and a manager being able to refund the duplicate once; at the end the journal and
// Gigastore's account agree. The window is 1 s here; background checks run every 100 ms.
import { describe, expect, it } from 'vitest';
import { chargesOf, disagreements } from '../support/agreement';
import { demoConsole, saleRequestFor, until } from '../support/console';

const itemsOf = (simulator: Awaited<ReturnType<typeof demoConsole>>['simulator'], metatag: string) =>
  simulator.account.activatedItems(undefined, undefined).filter((item) => item.metatag === metatag);

describe('charges that land late or behind an error answer', () => {
  it('a late charge after "not charged": the watch completes the sale, and its QR is back on screen', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('late-charge=600');
    const handoff = await counter.startSale(request);
    expect(handoff).toMatchObject({ phase: 'verifying', error: { code: 'gigastore.network' } });
    await until(() => events.handoff.at(-1)?.phase === 'not-charged', 20_000);
    expect(chargesOf(simulator, handoff.saleId)).toBe(0);
    expect(simulator.landLateCharges()).toBe(1);
    await until(() => events.handoff.at(-1)?.phase === 'active', 20_000);
    expect(journal.get(handoff.saleId)).toMatchObject({ status: 'completed', completedVia: 'late' });
    expect(events.handoff.at(-1)?.esim?.activationCode).toBeTruthy();
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });

  it('charged, then answered 409: refused on screen, then found by the watch as a late charge', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('after-charge=409');
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('failed');
    await until(() => events.handoff.at(-1)?.phase === 'active', 20_000);
    expect(journal.get(handoff.saleId)).toMatchObject({ status: 'completed', completedVia: 'late' });
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });

  it('charged, then answered 503: being checked, then completed by reconciliation, charged once', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('after-charge=503');
    expect((await counter.startSale(request)).phase).toBe('verifying');
    await until(() => events.handoff.at(-1)?.phase === 'active', 20_000);
    expect(simulator.requestCount('/register')).toBe(1);
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });

  it('charged, then answered 401: the sale is looked for before anything is sent again, and found', async () => {
    const { counter, simulator, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('after-charge=401');
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('active');
    expect(journal.get(handoff.saleId)).toMatchObject({ completedVia: 'reconciliation', attempts: 1 });
    expect(simulator.requestCount('/register')).toBe(1);
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });
});

describe('a sale sent again, as the same sale', () => {
  it('a replayed key (honoured): not charged, retried, and Gigastore answers the first charge again: charged once', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('idempotency=honoured,lost-answer,list-lag=10');
    const handoff = await counter.startSale(request);
    await until(() => events.handoff.at(-1)?.phase === 'not-charged', 20_000);
    const retried = await counter.retrySale();
    expect(retried).toMatchObject({ phase: 'active', saleId: handoff.saleId });
    const [first] = itemsOf(simulator, handoff.saleId);
    expect(journal.get(handoff.saleId)).toMatchObject({ attempts: 2, activatedItemUid: first!.uid });
    const keys = simulator.requests.filter((record) => record.path.endsWith('/register')).map((r) => r.idempotencyKey);
    expect(keys).toEqual([handoff.saleId, handoff.saleId]);
    // Once the list shows the sale (10 s after it was sold) and the watch has read it: one package only.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(handoff.startedAt) + 10_500 - Date.now()));
    const reads = simulator.requestCount('/activated-items');
    await until(() => simulator.requestCount('/activated-items') > reads, 20_000);
    expect(chargesOf(simulator, handoff.saleId)).toBe(1);
    expect(journal.get(handoff.saleId)?.duplicates).toEqual([]);
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });

  it('the key ignored: the retry charges again; the watch finds two packages, the overview says so, and the duplicate is refunded once behind the PIN', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.setManagerPin({ next: '2468' });
    await counter.lockManager();
    simulator.namedFaults.add('lost-answer,list-lag=8');
    const handoff = await counter.startSale(request);
    await until(() => events.handoff.at(-1)?.phase === 'not-charged', 20_000);
    await counter.retrySale();
    expect(chargesOf(simulator, handoff.saleId)).toBe(2);
    await until(() => (events.overview.at(-1)?.doubleCharges ?? []).includes(handoff.saleId), 20_000);
    const [charged, kept] = itemsOf(simulator, handoff.saleId);
    expect(journal.get(handoff.saleId)).toMatchObject({
      status: 'completed',
      activatedItemUid: kept!.uid,
      duplicates: [{ activatedItemUid: charged!.uid }],
    });
    expect((await counter.reconcileNow()).filter((result) => result.saleId === handoff.saleId)).toEqual([
      { saleId: handoff.saleId, outcome: 'double-charge' },
    ]);

    await expect(counter.refundDuplicate(handoff.saleId)).rejects.toThrow('A manager must enter the PIN');
    await counter.unlockManager('2468');
    expect(await counter.refundDuplicate(handoff.saleId)).toMatchObject([{ outcome: 'refunded' }]);
    expect(simulator.account.refunded.has(charged!.uid)).toBe(true);
    expect(simulator.account.refunded.has(kept!.uid)).toBe(false);
    expect(journal.get(handoff.saleId)?.refunds).toMatchObject([
      { outcome: 'refunded', activatedItemUid: charged!.uid, reason: expect.stringContaining('Double charge') },
    ]);
    expect((await counter.getOverview()).doubleCharges).toEqual([]);
    await expect(counter.refundDuplicate(handoff.saleId)).rejects.toThrow('no double charge left');
    expect(simulator.account.ledger.filter((movement) => movement.cents > 0)).toHaveLength(1);
    expect(disagreements(journal.all(), simulator)).toEqual([]);
  });

  it('charged, then answered 401, while the list lags: sent once more as the same sale, watched, and the second charge is found', async () => {
    const { counter, simulator, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.namedFaults.add('after-charge=401,list-lag=2');
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('active');
    expect(journal.get(handoff.saleId)).toMatchObject({ attempts: 2, watched: true, completedVia: 'response' });
    await until(() => (journal.get(handoff.saleId)?.duplicates.length ?? 0) === 1, 20_000);
    expect(chargesOf(simulator, handoff.saleId)).toBe(2);
  });
});
