// The browser tests' fixtures: per test a real core on its own simulator and journal, the page's bridge
// bound to it (test/support/bridge-binding.ts), and the customer display fed as its preload feeds it.
import { test as base, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CUSTOMER_GLOBAL } from '../../src/shared/channels';
import { bindBridge, rendererUrlOf, serveRenderer } from '../support/bridge-binding';
import type { DisplayOption } from '../../src/shared/api';
import { createCounterConsole, type CounterConsole } from '../../src/main/core/console';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { pdfPrinter, type PdfPrinter } from './pdf-printer';
import { memoryPinStore, type PinStore } from '../../src/main/core/manager-pin';
import { overviewExtrasOf } from '../../src/main/core/console/overview';
import { NO_POLICY, readPolicy } from '../../src/main/core/policy/policy-file';
import { createSettingsStore } from '../../src/main/core/settings';
import { memoryVault } from '../support/memory-vault';
import { counterBusy } from '../../src/main/core/updates/counter-busy';
import { followShifts } from '../../src/main/core/updates/follow-shifts';
import { UpdateScheduler, type UpdaterPort } from '../../src/main/core/updates/update-scheduler';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import type { GigastoreSimulator } from '../../src/main/simulator/server';

/** Stands in for Electron's screen module: the clerk's screen and a monitor facing the customer. */
export const TEST_DISPLAYS: DisplayOption[] = [
  { id: 101, label: 'Built-in display', primary: true, width: 1366, height: 768 },
  { id: 202, label: 'DELL P2419H', primary: false, width: 1920, height: 1080 },
];

export interface Counter {
  console: CounterConsole;
  simulator: GigastoreSimulator;
  journal: SalesJournal;
  dataDir: string;
  printer: PdfPrinter;
  /** Where the manager PIN and its wrong tries are kept (a test can damage the record, as a file edit would). */
  pins: PinStore;
  updates: UpdateScheduler | undefined;
}

/**
 * Opens the customer display as its own page, fed exactly as the customer window's preload is: the view,
 * and nothing it could call.
 */
export async function openCustomerDisplay(page: Page, counter: CounterConsole, rendererUrl: string): Promise<Page> {
  const display = await page.context().newPage();
  await display.setViewportSize({ width: 1920, height: 1080 });
  await display.addInitScript(
    ({ global }) => {
      const listeners = new Set<(view: unknown) => void>();
      Object.defineProperty(window, '__customerView', {
        value: (view: unknown) => listeners.forEach((listener) => listener(view)),
      });
      Object.defineProperty(window, global, {
        value: Object.freeze({
          onView: (listener: (view: unknown) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        }),
      });
    },
    { global: CUSTOMER_GLOBAL },
  );
  const push = (view: unknown) =>
    display
      .evaluate(
        (value) => (window as unknown as { __customerView: (view: unknown) => void }).__customerView(value),
        view,
      )
      .catch(() => undefined);
  counter.on('customerView', (view) => void push(view));
  await display.goto(rendererUrl.replace(/index\.html$/, 'customer.html'));
  await push(counter.customerView());
  return display;
}

interface CounterOptions {
  /** How long the core waits for a Gigastore answer; a test that holds an answer back on purpose raises it. */
  clientTimeoutMs: number;
  /** How often watched sales are looked for at Gigastore (a late or second charge); undefined: the console's default. */
  watchEveryMs: number | undefined;
  /** How often GET /gigastore/version is read while online; undefined: the console's default (a minute). */
  onlineEveryMs: number | undefined;
  /** Writes files into the data folder before the console opens it (a journal from an earlier run). */
  seedDataDir: ((dataDir: string) => void) | undefined;
  /** The organisation's policy file (read as ESIM_COUNTER_POLICY names it); none when undefined. */
  policyFile: string | undefined;
  /** The Electron side of updates, stood in: with it the counter checks for updates as the app does. */
  updater: UpdaterPort | undefined;
}

export const test = base.extend<{ counter: Counter } & CounterOptions, { rendererUrl: string }>({
  clientTimeoutMs: [1_500, { option: true }],
  watchEveryMs: [undefined, { option: true }],
  onlineEveryMs: [undefined, { option: true }],
  seedDataDir: [undefined, { option: true }],
  policyFile: [undefined, { option: true }],
  updater: [undefined, { option: true }],
  rendererUrl: [
    async ({}, use) => {
      const server = await serveRenderer();
      await use(rendererUrlOf(server));
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  counter: async (
    { browser, clientTimeoutMs, watchEveryMs, onlineEveryMs, seedDataDir, policyFile, updater },
    use,
    testInfo,
  ) => {
    const world = await startDemoWorld({ scanDelayMs: 300 });
    const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-browser-'));
    seedDataDir?.(dataDir);
    const journal = SalesJournal.open(dataDir);
    const audit = AuditTrail.open(dataDir);
    const exports = join(__dirname, '../../test-results/exports');
    const printer = pdfPrinter(browser, testInfo.testId);
    const pins = memoryPinStore();
    const policy = policyFile ? readPolicy({ path: policyFile, named: true }) : NO_POLICY;
    const settings = createSettingsStore(
      { store: { reconciliationWindowMs: 1000 }, path: '(memory)' },
      () => undefined,
      policy,
    );
    let updates: UpdateScheduler | undefined = undefined;
    const counter = createCounterConsole({
      // What main adds to the overview (src/main/index.ts): the policy and a waiting update.
      overviewExtras: () => overviewExtrasOf(policy, updates),
      pins,
      settings,
      vault: memoryVault(),
      journal,
      audit,
      startDemo: async () => world,
      // A hung request gives up in 1.5 s rather than 20 s, and reads retry quickly: fault tests stay short.
      clientTuning: { timeoutMs: clientTimeoutMs, retry: { baseDelayMs: 50, maxDelayMs: 200 } },
      pollIntervalMs: () => 200,
      reconcileEveryMs: 250,
      ...(watchEveryMs === undefined ? {} : { watchEveryMs }),
      ...(onlineEveryMs === undefined ? {} : { onlineEveryMs }),
      probeEveryMs: 250,
      printer,
      displays: () => TEST_DISPLAYS,
      // Stands in for the save dialog: the file lands where the test can read it.
      saveFile: async (name, content) => {
        mkdirSync(exports, { recursive: true });
        const path = join(exports, `${testInfo.testId}-${name}`);
        writeFileSync(path, content);
        return path;
      },
    });
    counter.start();
    // Wired as main wires it (src/main/index.ts).
    updates = updater
      ? new UpdateScheduler({
          updater,
          busy: counterBusy(counter, journal),
          worksInShifts: () => settings.read().clerks.length > 0,
          onChange: () => counter.announceOverview(),
          retryInstallMs: 50,
        })
      : undefined;
    if (updates) followShifts(counter, updates);
    updates?.start();
    await use({ console: counter, simulator: world.simulator, journal, dataDir, printer, pins, updates });
    updates?.stop();
    await counter.close();
    journal.close();
  },
  page: async ({ page, counter, rendererUrl }, use) => {
    await bindBridge(page, counter.console);
    await page.goto(rendererUrl);
    // Keys typed before the catalogue has arrived find nothing to pick; a clerk sees it load, a test waits.
    await page.getByTestId('catalogue-count').waitFor();
    await use(page);
  },
});

export const expect = test.expect;

/** Screenshots a person would look at, kept under test-results/screens/. */
export async function saveScreen(page: Page, name: string): Promise<string> {
  const dir = join(__dirname, '../../test-results/screens');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export { bindBridge };
