// The benchmarks' simulated Gigastore in a process of its own (bench/support/simulator-process.ts): the
// built CLI's simulator, set up over its controls, answering the real client, timing each request it
// takes (GET /_simulator/requests), scanning an eSIM, and gone once closed.
import { afterEach, describe, expect, it } from 'vitest';
import { createGigastoreClient } from '../../src/main/core/gigastore/client';
import { readEsimState } from '../../src/main/core/gigastore/esim-state';
import { toCatalogueItem } from '../../src/shared/catalogue';
import { startSimulatorProcess, type SimulatorProcess } from '../../bench/support/simulator-process';

let running: SimulatorProcess | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('the simulator in a process of its own', () => {
  it('answers the client with the latency it was given, and says how long each request took', async () => {
    running = await startSimulatorProcess({ latencyMs: 40, scanDelayMs: 0 });
    const gigastore = running;
    const client = createGigastoreClient({ baseUrl: gigastore.baseUrl, credentials: () => gigastore.credentials });
    expect((await client.inventory()).length).toBeGreaterThan(0);
    const before = await gigastore.requestCount();
    await client.inventory();
    const since = await gigastore.requestsSince(before);
    expect(since).toEqual([{ method: 'GET', path: '/gigastore/products/inventory', answeredInMs: expect.any(Number) }]);
    expect(since[0]!.answeredInMs).toBeGreaterThanOrEqual(40);
    // The controls themselves are not counted as Gigastore's requests.
    expect(await gigastore.requestCount()).toBe(before + 1);
  });

  it('scans a sold eSIM through its controls, and stops when closed', async () => {
    running = await startSimulatorProcess({ latencyMs: 0 });
    const gigastore = running;
    const client = createGigastoreClient({ baseUrl: gigastore.baseUrl, credentials: () => gigastore.credentials });
    const item = (await client.inventory()).map(toCatalogueItem)[0];
    const { customer, esimProfile } = await client.register(
      {
        inventoryItemId: item!.id,
        metatag: 'T-1',
        userIp: '192.0.2.1',
        userCountry: 'DE',
        expectedPrice: item!.retailPrice,
      },
      'T-1',
    );
    gigastore.scan(esimProfile!.iccid, 'INSTALLED');
    await expect
      .poll(() => readEsimState(client, customer.uid, esimProfile!.iccid), { timeout: 5_000 })
      .toBe('INSTALLED');
    await gigastore.close();
    await expect(fetch(`${gigastore.baseUrl}/gigastore/version`)).rejects.toThrow();
  });
});
