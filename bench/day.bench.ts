// A day at the counter: 500 sales in one browser session, each to INSTALLED and back to the catalogue.
// The renderer's JS heap (after a GC) and the main side's RSS are sampled every 50 sales. Goal: no growth
// trend (no leaked pollers, timers, listeners or QR images): the heaps after the first 50 sales, the RSS
// over the second half of the day (see below); and no timer left when idle.
// The simulated Gigastore runs in a process of its own (its account keeps every sale, as Gigastore does,
// which is not the console's memory); the main side's process still holds the test driver (Playwright).
import v8 from 'node:v8';
import vm from 'node:vm';
import { it } from 'vitest';
import { report } from './report';
import { benchSessionApart, countTimers, liveTimers } from './support/session';

const SALES = Number(process.env.DAY_SALES ?? 500);
const EVERY = 50;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Theil-Sen slope of y over x: the median of the slopes between every two samples. One odd sample (a
 * collection that came late, a buffer the test driver kept) does not make a trend, as it would in a
 * least-squares fit.
 */
function slope(points: Array<[number, number]>): number {
  const slopes: number[] = [];
  points.forEach(([x1, y1], i) => points.slice(i + 1).forEach(([x2, y2]) => slopes.push((y2 - y1) / (x2 - x1))));
  slopes.sort((a, b) => a - b);
  const middle = slopes.length / 2;
  return slopes.length === 0
    ? 0
    : Number.isInteger(middle)
      ? ((slopes[middle - 1] as number) + (slopes[middle] as number)) / 2
      : (slopes[Math.floor(middle)] as number);
}

/** What V8 has reserved per heap space, in MB: where an RSS that rose in steps went. */
function heapSpaces(): string {
  return v8
    .getHeapSpaceStatistics()
    .filter((space) => space.space_size >= 2 ** 20)
    .map((space) => `${space.space_name} ${(space.space_size / 2 ** 20).toFixed(0)}`)
    .join(', ');
}

it('a day at the counter', { timeout: 1_800_000 }, async () => {
  const session = await benchSessionApart({
    gigastore: { latencyMs: 0, creditUsd: 100_000 },
    console: { pollIntervalMs: () => 50 },
    initScript: countTimers,
  });
  const { page } = session;
  const cdp = await page.context().newCDPSession(page);
  const heap: Array<[number, number]> = [];
  const rss: Array<[number, number]> = [];
  const mainHeap: Array<[number, number]> = [];
  const mainExternal: Array<[number, number]> = [];
  const sample = async (sales: number) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    gc();
    heap.push([sales, usedSize / 2 ** 20]);
    const memory = process.memoryUsage();
    rss.push([sales, memory.rss / 2 ** 20]);
    mainHeap.push([sales, memory.heapUsed / 2 ** 20]);
    mainExternal.push([sales, memory.external / 2 ** 20]);
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
  // V8 sizes its heap (the young generation above all) to the allocation rate in steps over the first
  // hundreds of sales, and keeps what it reserved: steps that stop are a warm-up, a leak goes on. So the
  // goal is judged on the second half of the day, and the trend from sale 50 is shown beside it.
  const secondHalf = (points: Array<[number, number]>) => points.filter(([sales]) => sales >= SALES / 2);
  const rssSecondHalfSlope = slope(secondHalf(rss)) * 100;
  const mainHeapSlope = slope(after(mainHeap)) * 100;
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
      name: `main side RSS trend over the second half of the day (sales ${SALES / 2} to ${SALES})`,
      value: rssSecondHalfSlope,
      unit: 'MB/100 sales',
      goal: 'no growth (< 2)',
      met: rssSecondHalfSlope < 2,
    },
    {
      name: 'main side RSS trend after the first 50 sales (warm-up included)',
      value: rssSlope,
      unit: 'MB/100 sales',
      note: `V8's heap reserved at the end: ${heapSpaces()}`,
    },
    {
      name: 'main side JS heap after GC: trend after the first 50 sales',
      value: mainHeapSlope,
      unit: 'MB/100 sales',
      goal: 'no growth (< 0.5)',
      met: mainHeapSlope < 0.5,
      note: `${mainHeap.map(([, mb]) => mb.toFixed(1)).join(' ')} MB`,
    },
    {
      name: 'main side memory outside the JS heap (buffers)',
      value: mainExternal.at(-1)?.[1],
      unit: 'MB',
      note: `${mainExternal.map(([, mb]) => mb.toFixed(1)).join(' ')}; trend ${(slope(after(mainExternal)) * 100).toFixed(2)} MB/100 sales`,
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
