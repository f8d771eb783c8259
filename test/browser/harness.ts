// The browser-test transport of the ConsoleApi: the built renderer served on loopback (as app:// serves
// it in Electron), and `window.esimCounter` built by an init script whose every call crosses
// page.exposeBinding into the test process, where the real core validates and runs it against a real
// simulator. Events flow back through page.evaluate. Same contract, same schemas, no product fake.
import { test as base, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import {
  BRIDGE_GLOBAL,
  CONSOLE_EVENTS,
  CONSOLE_METHODS,
  CUSTOMER_GLOBAL,
  subscriberName,
} from '../../src/shared/channels';
import type { DisplayOption } from '../../src/shared/api';
import { CounterConsole } from '../../src/main/core/console';
import { dispatchConsoleCall } from '../../src/main/core/dispatch';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { pdfPrinter, type PdfPrinter } from './pdf-printer';
import { createSettingsStore } from '../../src/main/core/settings';
import { memoryVault } from '../../src/main/core/vault';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import type { GigastoreSimulator } from '../../src/main/simulator/server';

const RENDERER_ROOT = join(__dirname, '../../out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

async function serveRenderer(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(RENDERER_ROOT, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

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
}

/** Binds the page's bridge to `api` before any page script runs. */
export async function bindBridge(page: Page, api: CounterConsole): Promise<void> {
  await page.exposeBinding('__esimCounterCall', (_source, method: unknown, args: unknown) =>
    dispatchConsoleCall(api, method, Array.isArray(args) ? args : []),
  );
  await page.addInitScript(
    ({ methods, events, global }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const bridge: Record<string, unknown> = {};
      const call = (window as unknown as { __esimCounterCall: (method: string, args: unknown[]) => Promise<unknown> })
        .__esimCounterCall;
      for (const method of methods) bridge[method] = (...args: unknown[]) => call(method, args);
      for (const [event, name] of events) {
        listeners.set(event, new Set());
        bridge[name] = (listener: (payload: unknown) => void) => {
          listeners.get(event)?.add(listener);
          return () => listeners.get(event)?.delete(listener);
        };
      }
      Object.defineProperty(window, '__esimCounterEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
      });
      Object.defineProperty(window, global, { value: Object.freeze(bridge) });
    },
    {
      methods: CONSOLE_METHODS,
      events: CONSOLE_EVENTS.map((event) => [event, subscriberName(event)] as const),
      global: BRIDGE_GLOBAL,
    },
  );
  for (const event of CONSOLE_EVENTS) {
    api.on(event, (payload) => {
      page
        .evaluate(
          ([name, value]) =>
            (window as unknown as { __esimCounterEmit: (n: string, v: unknown) => void }).__esimCounterEmit(
              name,
              value,
            ),
          [event, payload] as const,
        )
        .catch(() => undefined);
    });
  }
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
  counter.onCustomerView((view) => void push(view));
  await display.goto(rendererUrl.replace(/index\.html$/, 'customer.html'));
  await push(counter.customerView());
  return display;
}

export const test = base.extend<{ counter: Counter; clientTimeoutMs: number }, { rendererUrl: string }>({
  /** How long the core waits for a Gigastore answer; a test that holds an answer back on purpose raises it. */
  clientTimeoutMs: [1_500, { option: true }],
  rendererUrl: [
    async ({}, use) => {
      const server = await serveRenderer();
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  counter: async ({ browser, clientTimeoutMs }, use, testInfo) => {
    const world = await startDemoWorld({ scanDelayMs: 300 });
    const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-browser-'));
    const journal = SalesJournal.open(dataDir);
    const audit = AuditTrail.open(dataDir);
    const exports = join(__dirname, '../../test-results/exports');
    const printer = pdfPrinter(browser, testInfo.testId);
    const counter = new CounterConsole({
      settings: createSettingsStore({ store: { reconciliationWindowMs: 1000 }, path: '(memory)' }, () => undefined),
      vault: memoryVault(),
      journal,
      audit,
      startDemo: async () => world,
      // A hung request gives up in 1.5 s rather than 20 s, and reads retry quickly: fault tests stay short.
      clientTuning: { timeoutMs: clientTimeoutMs, retry: { baseDelayMs: 50, maxDelayMs: 200 } },
      pollIntervalMs: () => 200,
      reconcileEveryMs: 250,
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
    await use({ console: counter, simulator: world.simulator, journal, dataDir, printer });
    await counter.close();
    journal.close();
  },
  page: async ({ page, counter, rendererUrl }, use) => {
    await bindBridge(page, counter.console);
    await page.goto(rendererUrl);
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
