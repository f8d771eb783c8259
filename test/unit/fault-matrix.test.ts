// Every fault the simulator can inject, each with the behaviour the console must show. The console runs
// with test-sized waits (client time-out 1 s, reconciliation window 1 s, background checks every 100 ms).
import { describe, expect, it } from 'vitest';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('fault matrix: the console against a misbehaving Gigastore', () => {
  it('added latency: the sale still completes, just later', async () => {
    const { counter, simulator } = await demoConsole({ simulator: { latencyMs: 150 } });
    const { request } = await saleRequestFor(counter);
    const started = Date.now();
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('active');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(simulator.account.activations).toHaveLength(1);
  });

  it('5xx on a read: retried, and the clerk never sees it', async () => {
    const { counter, simulator } = await demoConsole();
    simulator.faults.add({ path: '/inventory', action: 'status', status: 502 });
    await expect(counter.listCatalogue()).resolves.not.toHaveLength(0);
    expect(simulator.requestCount('/inventory')).toBe(2);
  });

  it('5xx on the register before committing: verifying, then proven not charged, then a retry with the same id sells once', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'status', status: 500 });
    const handoff = await counter.startSale(request);
    expect(handoff).toMatchObject({ phase: 'verifying', error: { code: 'gigastore.http.500' } });
    await until(() => events.handoff.at(-1)?.phase === 'not-charged', 5_000);
    const retried = await counter.retrySale();
    expect(retried).toMatchObject({ phase: 'active', saleId: handoff.saleId });
    expect(simulator.account.activations.map((activation) => activation.metatag)).toEqual([handoff.saleId]);
  });

  it('5xx after the register committed: verifying, then completed by background reconciliation with the QR', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'status', status: 503, commit: true });
    expect((await counter.startSale(request)).phase).toBe('verifying');
    await until(() => events.handoff.at(-1)?.phase === 'active', 5_000);
    const [activation] = simulator.account.activations;
    expect(events.handoff.at(-1)?.esim?.activationCode).toBe(simulator.account.esim(activation!.iccid)?.activationCode);
    expect(simulator.requestCount('/register')).toBe(1);
  });

  it('a register that commits and answers after the time-out: verifying, then completed, charged once', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'delay', delayMs: 1_500, commit: true });
    const handoff = await counter.startSale(request);
    expect(handoff).toMatchObject({ phase: 'verifying', error: { code: 'gigastore.timeout' } });
    await until(() => events.handoff.at(-1)?.phase === 'active', 5_000);
    expect(simulator.account.activations).toHaveLength(1);
  });

  it('one unanswered sale does not pause selling (only reads, already retried, say offline)', async () => {
    const { counter, simulator } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'hang', commit: true });
    expect((await counter.startSale(request)).error?.code).toBe('gigastore.timeout');
    expect((await counter.getOverview()).connection.state).toBe('online');
  });

  it('a register that commits and never answers: completed by reconciliation', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'hang', commit: true });
    expect((await counter.startSale(request)).phase).toBe('verifying');
    await until(() => events.handoff.at(-1)?.phase === 'active', 5_000);
    expect(simulator.requestCount('/register')).toBe(1);
  });

  it('a connection reset before the register was processed: not charged after the window; the journal agrees', async () => {
    const { counter, simulator, events, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'reset' });
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('verifying');
    await until(() => events.handoff.at(-1)?.phase === 'not-charged', 5_000);
    expect(journal.get(handoff.saleId)?.status).toBe('not-charged');
    expect(simulator.account.activations).toHaveLength(0);
  });

  it('429 with Retry-After while following: "retrying" for the time asked, then live again', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    // The client itself honours Retry-After once; a second 429 reaches the poller, which waits as asked.
    simulator.faults.add({
      path: '/activations/customers/',
      action: 'status',
      status: 429,
      retryAfterSeconds: 1,
      times: 2,
    });
    await until(() => events.handoff.some((handoff) => handoff?.tracking.status === 'retrying'), 5_000);
    expect(events.handoff.find((handoff) => handoff?.tracking.status === 'retrying')?.tracking).toMatchObject({
      retryInMs: 1000,
    });
    await until(() => events.handoff.at(-1)?.tracking.status === 'live', 5_000);
  });

  it('a garbled answer (not JSON) is one clear sentence, never a crash', async () => {
    const { counter, simulator } = await demoConsole();
    simulator.faults.add({ path: '/inventory', action: 'malformed' });
    await expect(counter.listCatalogue()).rejects.toThrow(
      'Gigastore sent an answer to the inventory that this console does not understand (it is not JSON).',
    );
    await expect(counter.listCatalogue()).resolves.not.toHaveLength(0);
  });

  it('an answer that does not match the schema while following: retrying with the sentence, then live', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    simulator.faults.add({ path: '/activations/customers/', action: 'schema' });
    await until(
      () => events.handoff.some((handoff) => handoff?.tracking.message?.includes('(customer is missing)') ?? false),
      5_000,
    );
    await until(() => events.handoff.at(-1)?.tracking.status === 'live', 5_000);
  });

  it('a 401 mid-session (token revoked) re-authenticates transparently', async () => {
    const { counter, simulator } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.revokeTokens();
    expect((await counter.startSale(request)).phase).toBe('active');
    expect(simulator.authentications).toBe(2);
  });

  it('a short token lifetime: renewed before it runs out, no call fails', async () => {
    const { counter, simulator } = await demoConsole({ simulator: { tokenLifetimeSeconds: 61 } });
    await counter.listCatalogue();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await counter.listCatalogue();
    expect(simulator.authentications).toBe(2);
    expect(simulator.requests.filter((record) => record.path.includes('/inventory')).length).toBe(2);
  });

  it('insufficient credit: refused with Gigastore’s sentence; nothing charged', async () => {
    const { counter, simulator } = await demoConsole({ simulator: { creditUsd: 1 } });
    const { request } = await saleRequestFor(counter, (name) => name.includes('Worldwide 10 GB'));
    const handoff = await counter.startSale(request);
    expect(handoff).toMatchObject({ phase: 'failed', error: { code: 'gigastore.http.402' } });
    expect(handoff.error?.message).toContain('of credit; this package costs');
    expect(simulator.account.activations).toHaveLength(0);
  });

  it('price changed since the clerk saw it: refused by the price guard', async () => {
    const { counter, simulator } = await demoConsole();
    const { item, request } = await saleRequestFor(counter);
    simulator.account.inventory.find((candidate) => candidate.id === item.id)!.retailPrices[0]!.priceValue = 99;
    const handoff = await counter.startSale(request);
    expect(handoff).toMatchObject({ phase: 'failed', error: { code: 'gigastore.http.409' } });
    expect(handoff.error?.message).toContain('does not match the retail price 99 USD');
  });

  it('Gigastore unreachable: offline, selling paused with a sentence, back online by itself', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ action: 'reset', times: 1_000 });
    await expect(counter.listCatalogue()).rejects.toThrow('The connection to Gigastore broke');
    expect((await counter.getOverview()).connection.state).toBe('offline');
    await expect(counter.startSale(request)).rejects.toThrow('Gigastore cannot be reached, so selling is paused');
    expect(simulator.requestCount('/register')).toBe(0);
    simulator.faults.clear();
    await until(() => events.overview.at(-1)?.connection.state === 'online', 5_000);
    expect((await counter.startSale(request)).phase).toBe('active');
  });
});
