// Test helpers around the real simulator: each test gets its own on a free loopback port.
import { afterEach } from 'vitest';
import { GigastoreSimulator, type SimulatorOptions } from '../../src/main/simulator/server';

export { clientFor } from './simulator-client';

const running: GigastoreSimulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
});

export async function startSimulator(options: SimulatorOptions = {}): Promise<GigastoreSimulator> {
  const simulator = await new GigastoreSimulator({ scanDelayMs: 50, ...options }).start();
  running.push(simulator);
  return simulator;
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
