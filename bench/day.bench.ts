// A day at the counter: 500 sales in one browser session, each to INSTALLED and back to the catalogue.
// The renderer's JS heap (after a GC) and the main side's RSS are sampled every 50 sales. Goal: no growth
// trend after the first 50 (no leaked pollers, timers, listeners or QR images), and no timer left when idle.
import v8 from 'node:v8';
import vm from 'node:vm';
import { it } from 'vitest';
import { report } from './report';
import { benchSession, countTimers, liveTimers } from './support/session';

const SALES = Number(process.env.DAY_SALES ?? 500);
const EVERY = 50;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const num = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  const den = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

it('a day at the counter', { timeout: 1_800_000 }, async () => {
  const session = await benchSession({
    simulator: { latencyMs: 0, creditUsd: 100_000 },
    console: { pollIntervalMs: () => 50 },
    initScript: countTimers,
  });
  const { page } = session;
  const cdp = await page.context().newCDPSession(page);
  const heap: Array<[number, number]> = [];
  const rss: Array<[number, number]> = [];
  const sample = async (sales: number) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    gc();
    heap.push([sales, usedSize / 2 ** 20]);
    rss.push([sales, process.memoryUsage().rss / 2 ** 20]);
  };
  let idleTimers: number;
  try {
    await page.getByTestId('catalogue-row').first().waitFor();
    await sample(0);
    const baselineTimers = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    for (let sale = 1; sale <= SALES; sale++) {
      await page.keyboard.type('austria');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.getByTestId('handoff-qr').waitFor();
      await session.console.simulateScan('INSTALLED');
      await page.locator('[data-testid="state-badge"][data-state="INSTALLED"]').waitFor();
      await page.keyboard.press('n');
      await page.getByTestId('catalogue-search').waitFor();
      if (sale % EVERY === 0) await sample(sale);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    idleTimers =
      (await liveTimers(page)) +
      Math.max(0, process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length - baselineTimers);
  } finally {
    await session.close();
  }
  const after = (points: Array<[number, number]>) => points.filter(([sales]) => sales >= EVERY);
  const heapSlope = slope(after(heap)) * 100; // MB per 100 sales
  const rssSlope = slope(after(rss)) * 100;
  report('a day at the counter', [
    {
      name: `renderer JS heap after GC, at ${heap.map(([s]) => s).join('/')} sales`,
      value: heap.at(-1)?.[1],
      unit: 'MB',
      note: heap.map(([, mb]) => mb.toFixed(1)).join(' '),
    },
    {
      name: 'renderer heap trend after the first 50 sales',
      value: heapSlope,
      unit: 'MB/100 sales',
      goal: 'no growth (< 0.5)',
      met: heapSlope < 0.5,
    },
    { name: 'main side RSS', value: rss.at(-1)?.[1], unit: 'MB', note: rss.map(([, mb]) => mb.toFixed(0)).join(' ') },
    {
      name: 'main side RSS trend after the first 50 sales',
      value: rssSlope,
      unit: 'MB/100 sales',
      goal: 'no growth (< 2)',
      met: rssSlope < 2,
    },
    {
      name: 'timers left when idle (page + main)',
      value: idleTimers,
      unit: 'timers',
      goal: '0',
      met: idleTimers === 0,
    },
  ]);
});
