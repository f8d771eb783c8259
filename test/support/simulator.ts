// Test helpers around the real simulator: each test gets its own on a free loopback port.
import { afterEach } from 'vitest';
import { createGigastoreClient, type GigastoreClientOptions } from '../../src/main/core/gigastore/client';
import { DEMO_CREDENTIALS, GigastoreSimulator, type SimulatorOptions } from '../../src/main/simulator/server';

const running: GigastoreSimulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
});

export async function startSimulator(options: SimulatorOptions = {}): Promise<GigastoreSimulator> {
  const simulator = await new GigastoreSimulator({ scanDelayMs: 50, ...options }).start();
  running.push(simulator);
  return simulator;
}

/** A client with test-sized waits: fast retries, short time-outs. */
export function clientFor(simulator: GigastoreSimulator, options: Partial<GigastoreClientOptions> = {}) {
  return createGigastoreClient({
    baseUrl: simulator.baseUrl,
    credentials: () => DEMO_CREDENTIALS,
    timeoutMs: 2_000,
    connectTimeoutMs: 1_000,
    retry: { limit: 2, baseDelayMs: 10, maxDelayMs: 2_000 },
    ...options,
  });
}

export function registerRequest(simulator: GigastoreSimulator, overrides: Record<string, unknown> = {}) {
  const item = simulator.account.inventory[0]!;
  return {
    inventoryItemId: item.id,
    metatag: `TEST-${Math.random().toString(36).slice(2)}`,
    userIp: '192.0.2.10',
    userCountry: 'DE',
    expectedPrice: item.retailPrices[0]!,
    ...overrides,
  };
}
