// A CounterConsole in demo mode on its own simulator, with test-sized waits. The same object the IPC
// bridge and the browser binding drive in the product.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ConsoleEventName, ConsoleEvents } from '../../src/shared/api';
import type { Settings } from '../../src/shared/settings';
import { createCounterConsole, type ConsoleOptions, type CounterConsole } from '../../src/main/core/console';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { createSettingsStore } from '../../src/main/core/settings';
import { memoryVault } from './memory-vault';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import type { SimulatorOptions } from '../../src/main/simulator/server';

const open: CounterConsole[] = [];
const journals: SalesJournal[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((counter) => counter.close()));
  journals.splice(0).forEach((journal) => journal.close());
});

export const tempDir = (prefix = 'esim-counter-test-') => mkdtempSync(join(tmpdir(), prefix));

export async function demoConsole(
  options: {
    simulator?: SimulatorOptions;
    settings?: Partial<Settings>;
    console?: Partial<ConsoleOptions>;
    dataDir?: string;
  } = {},
) {
  const world = await startDemoWorld({ scanDelayMs: 30, ...options.simulator });
  const file = {
    store: { reconciliationWindowMs: 1000, ...options.settings } as Record<string, unknown>,
    path: '(memory)',
  };
  const dataDir = options.dataDir ?? tempDir();
  const journal = SalesJournal.open(dataDir);
  const audit = AuditTrail.open(dataDir);
  const counter = createCounterConsole({
    audit,
    settings: createSettingsStore(file, () => undefined),
    vault: memoryVault(),
    journal,
    startDemo: async () => world,
    reconcileEveryMs: 100,
    watchEveryMs: 100,
    probeEveryMs: 100,
    clientTuning: { timeoutMs: 1_000, connectTimeoutMs: 500, retry: { limit: 1, baseDelayMs: 10, maxDelayMs: 500 } },
    pollIntervalMs: () => 25,
    ...options.console,
  });
  open.push(counter);
  journals.push(journal);
  const events: { [E in ConsoleEventName]: Array<ConsoleEvents[E]> } = { handoff: [], overview: [], sale: [] };
  counter.on('handoff', (handoff) => events.handoff.push(handoff));
  counter.on('overview', (overview) => events.overview.push(overview));
  return { counter, simulator: world.simulator, events, file, journal, audit, dataDir };
}

export async function saleRequestFor(counter: CounterConsole, pick = (name: string) => name.includes('Austria')) {
  const items = await counter.listCatalogue();
  const item = items.find((candidate) => pick(candidate.name)) ?? items[0]!;
  return { item, request: { inventoryItemId: item.id, expectedPrice: item.retailPrice, customerCountry: 'DE' } };
}

export async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
