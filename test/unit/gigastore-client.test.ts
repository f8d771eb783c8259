import { describe, expect, it } from 'vitest';
import { GigastoreError } from '../../src/main/core/gigastore/errors';
import { clientFor, registerRequest, startSimulator } from '../support/simulator';

describe('Gigastore client against the simulator over HTTP', () => {
  it('authenticates with Basic credentials and then sends the bearer token', async () => {
    const simulator = await startSimulator();
    const items = await clientFor(simulator).inventory();
    expect(items.length).toBeGreaterThan(20);
    const [auth, inventory] = simulator.requests;
    expect(auth).toMatchObject({ method: 'POST', path: '/reseller/authenticate', authScheme: 'Basic' });
    expect(inventory).toMatchObject({ method: 'GET', path: '/gigastore/products/inventory', authScheme: 'Bearer' });
  });

  it('refuses wrong credentials with a sentence for the manager', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator, { credentials: () => ({ clientId: 'demo', clientSecret: 'wrong' }) });
    const error = await client.inventory().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GigastoreError);
    expect((error as GigastoreError).kind).toBe('auth');
    expect((error as GigastoreError).message).toMatch(/refused the store's API credentials \(HTTP 401\)/);
  });

  it('reuses one token and authenticates once for many concurrent calls', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    await Promise.all([client.inventory(), client.inventory(), client.inventory(), client.inventory()]);
    await client.inventory();
    expect(simulator.authentications).toBe(1);
  });

  it('renews the token 60 s before it expires', async () => {
    // A 61 s token is due for renewal after 1 s; a 3600 s token is not.
    const simulator = await startSimulator({ tokenLifetimeSeconds: 61 });
    let now = 1_000_000;
    const client = clientFor(simulator, { now: () => now });
    await client.inventory();
    now += 900;
    await client.inventory();
    expect(simulator.authentications).toBe(1);
    now += 200;
    await client.inventory();
    expect(simulator.authentications).toBe(2);
  });

  it('authenticates again once after a 401 and repeats the call', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    await client.inventory();
    simulator.revokeTokens();
    const items = await client.inventory();
    expect(items.length).toBeGreaterThan(0);
    expect(simulator.authentications).toBe(2);
  });

  it('gives up after one renewal when Gigastore keeps answering 401', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/inventory', action: 'status', status: 401, times: 5 });
    const error = (await clientFor(simulator)
      .inventory()
      .catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.kind).toBe('auth');
    expect(simulator.requestCount('/inventory')).toBe(2);
  });

  it('sends every register field, the metatag as idempotency key, and returns the eSIM', async () => {
    const simulator = await startSimulator();
    const request = registerRequest(simulator, { customerEmail: 'ana@example.com', activationMode: 'FIRST_USE' });
    const answer = await clientFor(simulator).register(request, request.metatag);
    const sent = simulator.requests.find((record) => record.path === '/gigastore/activations/register');
    expect(sent?.body).toEqual(request);
    expect(sent?.idempotencyKey).toBe(request.metatag);
    expect(answer.activatedItem.metatag).toBe(request.metatag);
    expect(answer.esimProfile.state).toBe('RELEASED');
    expect(answer.esimProfile.activationCode).toMatch(/^LPA:1\$[^$]+\$[A-Z0-9-]+$/);
  });

  it('never repeats a register POST that failed with a 5xx, and marks its outcome uncertain', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/register', action: 'status', status: 503, commit: true });
    const request = registerRequest(simulator);
    const error = (await clientFor(simulator)
      .register(request, request.metatag)
      .catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.code).toBe('gigastore.http.503');
    expect(error.outcomeUncertain).toBe(true);
    expect(simulator.requestCount('/register')).toBe(1);
  });

  it('turns a refusal into a typed error that keeps the status and the answer’s allow-listed fields', async () => {
    const simulator = await startSimulator({ creditUsd: 0.5 });
    const request = registerRequest(simulator);
    const error = (await clientFor(simulator)
      .register(request, request.metatag)
      .catch((caught: unknown) => caught)) as GigastoreError;
    expect(error).toBeInstanceOf(GigastoreError);
    expect(error.status).toBe(402);
    expect(error.outcomeUncertain).toBe(false);
    expect(error.message).toMatch(/^Gigastore refused the request \(HTTP 402\): "The reseller account has 0.50 USD/);
    expect(error.answer).toEqual({
      type: 'about:blank',
      title: 'Insufficient credit',
      status: 402,
      detail: expect.stringMatching(/^The reseller account has 0.50 USD/),
    });
  });

  it('refuses a sale whose expected price no longer matches', async () => {
    const simulator = await startSimulator();
    const request = registerRequest(simulator, {
      expectedPrice: { sortIndex: 0, priceValue: 0.01, currencyCode: 'USD' },
    });
    const error = (await clientFor(simulator)
      .register(request, request.metatag)
      .catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.status).toBe(409);
    expect(error.message).toContain('does not match the retail price');
    expect(simulator.account.activations).toHaveLength(0);
  });

  it('waits for Retry-After on a 429 and then succeeds', async () => {
    const simulator = await startSimulator();
    const waits: number[] = [];
    const client = clientFor(simulator, {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await client.inventory();
    simulator.faults.add({ path: '/inventory', action: 'status', status: 429, retryAfterSeconds: 1 });
    const items = await client.inventory();
    expect(items.length).toBeGreaterThan(0);
    expect(waits).toEqual([1000]);
  });

  it('does not wait longer than its cap when Retry-After asks for more, and says when to retry', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator, { retry: { limit: 3, baseDelayMs: 10, maxDelayMs: 1000 } });
    await client.inventory();
    simulator.faults.add({ path: '/inventory', action: 'status', status: 429, retryAfterSeconds: 120 });
    const error = (await client.inventory().catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.message).toBe(
      'Gigastore is limiting how often this console may call it (HTTP 429); try again in 120 s.',
    );
  });

  it('retries a read after a connection reset', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    await client.inventory();
    simulator.faults.add({ path: '/inventory', action: 'reset' });
    await expect(client.inventory()).resolves.not.toHaveLength(0);
    expect(simulator.requestCount('/inventory')).toBe(3);
  });

  it('reports a body that is not JSON as an answer it does not understand', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/inventory', action: 'malformed' });
    const error = (await clientFor(simulator)
      .inventory()
      .catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toBe(
      'Gigastore sent an answer to the inventory that this console does not understand (it is not JSON).',
    );
  });

  it('names the missing field when an answer does not match the schema', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/inventory', action: 'schema' });
    const error = (await clientFor(simulator)
      .inventory()
      .catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.message).toContain('(items is missing)');
  });

  it('times out a read that never answers and says how long it waited', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator, { timeoutMs: 300, retry: { limit: 0 } });
    await client.inventory().catch(() => undefined);
    simulator.faults.add({ path: '/inventory', action: 'hang' });
    const error = (await client.inventory().catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.kind).toBe('timeout');
    expect(error.outcomeUncertain).toBe(true);
    expect(error.message).toBe('Gigastore did not answer the inventory within 0.3 s.');
  });

  it('says Gigastore is unreachable when nothing listens at the address', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator, { retry: { limit: 0 } });
    await simulator.close();
    const error = (await client.inventory().catch((caught: unknown) => caught)) as GigastoreError;
    expect(error.kind).toBe('unreachable');
    expect(error.outcomeUncertain).toBe(false);
    expect(error.message).toMatch(/^Cannot reach Gigastore at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('finds a customer by ICCID and reads it by uid', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    const request = registerRequest(simulator);
    const sale = await client.register(request, request.metatag);
    const [found] = await client.searchCustomers({
      searchKey: 'ICCID',
      searchQuery: sale.esimProfile.iccid,
      searchMode: 'isExact',
    });
    expect(found?.customer.uid).toBe(sale.customer.uid);
    const details = await client.customer(sale.customer.uid);
    expect(details.relatedEsims.map((esim) => esim.iccid)).toEqual([sale.esimProfile.iccid]);
  });
});
