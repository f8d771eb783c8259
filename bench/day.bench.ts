// A day at the counter: 500 sales in one browser session, each to INSTALLED and back to the catalogue.
// The renderer's JS heap (after a GC) and the main side's RSS are sampled every 50 sales. Goal: no growth
// trend after the first 50 (no leaked pollers, timers, listeners or QR images), and no timer left when idle.
import v8 from 'node:v8';
import vm from 'node:vm';
import { it } from 'vitest';
import { toCatalogueItem } from '../src/shared/catalogue';
import { createGigastoreClient } from '../src/main/core/gigastore/client';
import { startDemoWorld } from '../src/main/simulator/demo-world';
import { report } from './report';
import { benchSession, countTimers, liveTimers } from './support/session';

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
      name: 'main side RSS trend after the first 50 sales',
      value: rssSlope,
      unit: 'MB/100 sales',
      goal: 'no growth (< 2)',
      met: rssSlope < 2,
    },
    {
      name: 'main side JS heap after GC: trend after the first 50 sales',
      value: mainHeapSlope,
      unit: 'MB/100 sales',
      goal: 'no growth (< 0.5)',
      met: mainHeapSlope < 0.5,
      note: `${mainHeap.map(([, mb]) => mb.toFixed(1)).join(' ')} MB; holds the simulator's account, which keeps every sale as Gigastore does`,
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

// The main side above holds the simulator too. The same sales straight to a simulator, with the same reads,
// show how much of its heap trend is the simulated Gigastore keeping its sales (and its request log).
it('the simulator alone, for comparison', { timeout: 600_000 }, async () => {
  const world = await startDemoWorld({ latencyMs: 0, creditUsd: 100_000 });
  const client = createGigastoreClient({ baseUrl: world.baseUrl, credentials: () => world.credentials });
  const heap: Array<[number, number]> = [];
  try {
    const item = (await client.inventory()).map(toCatalogueItem).find(({ name }) => name === 'eSIM Austria 3 GB')!;
    for (let sale = 1; sale <= SALES; sale++) {
      const metatag = `BENCH-${sale}`;
      const { customer, esimProfile } = await client.register(
        { inventoryItemId: item.id, metatag, userIp: '192.0.2.1', userCountry: 'DE', expectedPrice: item.retailPrice },
        metatag,
      );
      world.scan(esimProfile!.iccid, 'INSTALLED');
      for (let read = 0; read < 3; read++) await client.customer(customer.uid);
      if (sale % EVERY === 0) {
        gc();
        heap.push([sale, process.memoryUsage().heapUsed / 2 ** 20]);
      }
    }
  } finally {
    await world.close();
  }
  report('a day at the counter: the simulator alone', [
    {
      name: 'simulator JS heap trend after the first 50 sales',
      value: slope(heap.filter(([sales]) => sales >= EVERY)) * 100,
      unit: 'MB/100 sales',
      note: heap.map(([, mb]) => mb.toFixed(1)).join(' '),
    },
  ]);
});
