// A benchmark session: Debian's Chromium showing the built renderer, its bridge bound to a real console
// on a real simulator (with a fixed injected latency, so the console's own overhead can be read off), with
// the product's defaults: the receipt prints by itself once a sale is activated, here to the browser tests'
// PDF printer (Chromium renders each receipt in a page of its own, as Electron's print window would).
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
import { bindBridge, rendererUrlOf, serveRenderer } from '../../test/support/bridge-binding';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/support/chromium';
import { pdfPrinter } from '../../test/browser/pdf-printer';

export const INJECTED_LATENCY_MS = 50;

export interface BenchSession {
  browser: Browser;
  page: Page;
  console: CounterConsole;
  simulator: GigastoreSimulator;
  journal: SalesJournal;
  url: string;
  close(): Promise<void>;
}

export async function benchSession(
  options: {
    simulator?: SimulatorOptions;
    settings?: Partial<Settings>;
    console?: Partial<ConsoleOptions>;
    viewport?: { width: number; height: number };
    /** Runs in the page before any of its own scripts. */
    initScript?: () => void;
    /** A Chromium to open the page in (sessions side by side share one); by default the session's own. */
    browser?: Browser;
  } = {},
): Promise<BenchSession> {
  const world = await startDemoWorld({ latencyMs: INJECTED_LATENCY_MS, scanDelayMs: 0, ...options.simulator });
  const journal = SalesJournal.open(mkdtempSync(join(tmpdir(), 'esim-counter-bench-')));
  const ownBrowser = options.browser === undefined;
  const browser = options.browser ?? (await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS }));
  const counter = createCounterConsole({
    settings: createSettingsStore({ store: { ...options.settings }, path: '(memory)' }, () => undefined),
    vault: memoryVault(),
    journal,
    startDemo: async () => world,
    printer: pdfPrinter(browser, 'bench'),
    ...options.console,
  });
  const server = await serveRenderer();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 } });
  const page = await context.newPage();
  await bindBridge(page, counter);
  if (options.initScript) await page.addInitScript(options.initScript);
  const url = rendererUrlOf(server);
  await page.goto(url);
  return {
    browser,
    page,
    console: counter,
    simulator: world.simulator,
    journal,
    url,
    async close() {
      await (ownBrowser ? browser.close() : context.close());
      await counter.close();
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
