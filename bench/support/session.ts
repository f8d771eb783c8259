// A benchmark session: Debian's Chromium showing the built renderer, its bridge bound to a real console
// on a real simulator (with a fixed injected latency, so the console's own overhead can be read off), with
// the product's defaults: the receipt prints by itself once a sale is activated, here in a page of its own
// that Chromium prints, as Electron's print window does (print-window.ts).
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../../src/shared/settings';
import { createCounterConsole, type ConsoleOptions, type CounterConsole } from '../../src/main/core/console';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { createSettingsStore } from '../../src/main/core/settings';
import { memoryVault } from '../../test/support/memory-vault';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import type { GigastoreSimulator, SimulatorOptions } from '../../src/main/simulator/server';
import type { DemoWorld } from '../../src/main/core/backend';
import { startSimulatorProcess, type SimulatorConfig, type SimulatorProcess } from './simulator-process';
import { bindBridge, rendererUrlOf, serveRenderer } from '../../test/support/bridge-binding';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/support/chromium';
import { debuggingPortFlag, freePort, rawCdpWire } from '../../test/support/raw-cdp';
import { printWindow } from './print-window';

export const INJECTED_LATENCY_MS = 50;

export interface BenchSession {
  browser: Browser;
  page: Page;
  console: CounterConsole;
  journal: SalesJournal;
  url: string;
  close(): Promise<void>;
}

interface SessionOptions {
  settings?: Partial<Settings>;
  console?: Partial<ConsoleOptions>;
  viewport?: { width: number; height: number };
  /** Runs in the page before any of its own scripts. */
  initScript?: () => void;
  /** A Chromium to open the page in (sessions side by side share one); by default the session's own. */
  browser?: Browser;
}

const debuggingPorts = new WeakMap<Browser, number>();

/**
 * Debian's Chromium for the benchmarks, with a debugging port beside Playwright's pipe: the bridge speaks
 * to each page over a protocol connection of its own (raw-cdp.ts), the leanest stand-in for Electron's IPC.
 */
export async function launchBenchChromium(): Promise<Browser> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, debuggingPortFlag(port)],
  });
  debuggingPorts.set(browser, port);
  return browser;
}

/** A session whose simulated Gigastore runs in this process, where a benchmark can reach into it. */
export async function benchSession(
  options: SessionOptions & { simulator?: SimulatorOptions } = {},
): Promise<BenchSession & { simulator: GigastoreSimulator }> {
  const world = await startDemoWorld({ latencyMs: INJECTED_LATENCY_MS, scanDelayMs: 0, ...options.simulator });
  return { ...(await openSession(world, options)), simulator: world.simulator };
}

/** A session whose simulated Gigastore runs in a process of its own (simulator-process.ts). */
export async function benchSessionApart(
  options: SessionOptions & { gigastore?: SimulatorConfig } = {},
): Promise<BenchSession & { gigastore: SimulatorProcess }> {
  const gigastore = await startSimulatorProcess({
    latencyMs: INJECTED_LATENCY_MS,
    scanDelayMs: 0,
    ...options.gigastore,
  });
  const session = await openSession(gigastore, options);
  return {
    ...session,
    gigastore,
    async close() {
      await session.close();
      await gigastore.close(); // closed by the console already if it ever asked for it
    },
  };
}

async function openSession(world: DemoWorld, options: SessionOptions): Promise<BenchSession> {
  const journal = SalesJournal.open(mkdtempSync(join(tmpdir(), 'esim-counter-bench-')));
  const ownBrowser = options.browser === undefined;
  const browser = options.browser ?? (await launchBenchChromium());
  const port = debuggingPorts.get(browser);
  if (port === undefined) throw new Error('A bench session needs a Chromium from launchBenchChromium().');
  const printer = await printWindow(port);
  const counter = createCounterConsole({
    settings: createSettingsStore({ store: { ...options.settings }, path: '(memory)' }, () => undefined),
    vault: memoryVault(),
    journal,
    startDemo: async () => world,
    printer,
    ...options.console,
  });
  const server = await serveRenderer();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 } });
  const page = await context.newPage();
  const wire = await rawCdpWire(page, port);
  await bindBridge(page, counter, wire);
  if (options.initScript) await page.addInitScript(options.initScript);
  const url = rendererUrlOf(server);
  await page.goto(url);
  return {
    browser,
    page,
    console: counter,
    journal,
    url,
    async close() {
      wire.close();
      await (ownBrowser ? browser.close() : context.close());
      await counter.close();
      printer.close();
      journal.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Time from a key press until `selector` is on screen, in ms: measured at the start of the frame AFTER the
 * one that lays it out and paints it (two animation frames), so layout and paint are inside the figure.
 */
export async function timeKeyToPaint(page: Page, key: string, selector: string, timeoutMs = 10_000): Promise<number> {
  await page.evaluate(
    ({ wanted, limit }) => {
      const state = window as unknown as { __paint?: Promise<number> };
      state.__paint = new Promise<number>((resolve, reject) => {
        let pressedAt = 0;
        window.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!pressedAt || !document.querySelector(wanted)) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - pressedAt)));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        setTimeout(() => reject(new Error(`${wanted} did not appear`)), limit);
      });
    },
    { wanted: selector, limit: timeoutMs },
  );
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __paint: Promise<number> }).__paint);
}

/** What a key press that changes `container` costs, in ms. */
export interface KeyUpdateTimes {
  /** From the key to the start of the frame after the one that paints the change (as timeKeyToPaint). */
  onScreen: number;
  /**
   * The work it causes on the page's main thread, the waits for the display's next frame left out: from the
   * key until the change is in the DOM (its handlers and the render), plus that frame's own style, layout
   * and paint (from its animation frame to the first task after it). Within 16 ms, it fits in one frame.
   */
  work: number;
}

/** Times a key press that changes `container` (see KeyUpdateTimes). */
export async function timeKeyToUpdate(
  page: Page,
  key: string,
  container: string,
  timeoutMs = 5_000,
): Promise<KeyUpdateTimes> {
  await page.evaluate(
    ({ wanted, limit }) => {
      const state = window as unknown as { __update?: Promise<KeyUpdateTimes> };
      const target = document.querySelector(wanted);
      state.__update = new Promise<KeyUpdateTimes>((resolve, reject) => {
        if (!target) return reject(new Error(`${wanted} is not on the page`));
        let pressedAt = 0;
        window.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!pressedAt) return;
          observer.disconnect();
          const changedAt = performance.now();
          requestAnimationFrame(() => {
            const frameAt = performance.now();
            // A task posted from an animation frame runs once that frame's rendering is done.
            const after = new MessageChannel();
            after.port1.onmessage = () => {
              const work = changedAt - pressedAt + (performance.now() - frameAt);
              requestAnimationFrame(() => resolve({ onScreen: performance.now() - pressedAt, work }));
            };
            after.port2.postMessage(undefined);
          });
        });
        observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
        setTimeout(() => reject(new Error(`${wanted} did not change`)), limit);
      });
    },
    { wanted: container, limit: timeoutMs },
  );
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __update: Promise<KeyUpdateTimes> }).__update);
}

/** Counts the page's live timers: installed before the app loads, read with liveTimers(). */
export function countTimers(): void {
  const live = new Set<unknown>();
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  window.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
    const id = set(() => {
      live.delete(id);
      handler(...(args as []));
    }, ms);
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => {
    live.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: () => void, ms?: number, ...args: unknown[]) => {
    const id = every(handler, ms, ...args);
    live.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id: number) => {
    live.delete(id);
    stop(id);
  }) as typeof window.clearInterval;
  Object.defineProperty(window, '__liveTimers', { value: () => live.size });
}

export const liveTimers = (page: Page) =>
  page.evaluate(() => (window as unknown as { __liveTimers: () => number }).__liveTimers());
