// Activate overhead: from the Activate key (Enter on Confirm) until the QR is on screen (the frame after
// the one that paints it), minus Gigastore's own time on that path: the register request from the moment
// the simulator took it to the last byte of its answer (the injected latency, and the simulator's own work
// that a real Gigastore's time would hold too), as the simulator timed it. With the product's defaults
// (the receipt prints by itself once the sale is activated), and the simulated Gigastore in a process of
// its own, as a real one is elsewhere. Goal: p95 <= 50 ms. The main side's share
// (startSale from call to answer, timed where it runs, minus the same) is shown beside it.
import { it } from 'vitest';
import { median, percentile, report } from './report';
import { benchSessionApart, INJECTED_LATENCY_MS, timeKeyToPaint } from './support/session';

type ApartSession = Awaited<ReturnType<typeof benchSessionApart>>;

// 100 sales after the first: the p95 is the fifth slowest, not a single unlucky frame.
const SAMPLES = Number(process.env.ACTIVATE_SAMPLES ?? 101);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Gigastore's time on the Activate path since request number `from`: its POSTs, taken to answered. */
async function gigastoreTimeSince(session: ApartSession, from: number): Promise<number> {
  const posts = (await session.gigastore.requestsSince(from)).filter((request) => request.method === 'POST');
  if (posts.length === 0 || posts.some((request) => request.answeredInMs === undefined)) {
    throw new Error('The sale sent no request, or one was not answered: nothing to measure.');
  }
  return posts.reduce((sum, request) => sum + (request.answeredInMs as number), 0);
}

it('activate overhead', { timeout: 600_000 }, async () => {
  const session = await benchSessionApart();
  const { page } = session;
  const overheads: number[] = [];
  const mainSide: number[] = [];
  const startSale = session.console.startSale;
  let mainTook = 0;
  session.console.startSale = async (request) => {
    const started = performance.now();
    try {
      return await startSale(request);
    } finally {
      mainTook = performance.now() - started;
    }
  };
  try {
    await page.getByTestId('catalogue-row').first().waitFor();
    for (let sample = 0; sample < SAMPLES; sample++) {
      await page.keyboard.type('austria');
      await page.keyboard.press('Enter');
      await page.getByTestId('activate-button').waitFor();
      const requestsBefore = await session.gigastore.requestCount();
      const keyToPaint = await timeKeyToPaint(page, 'Enter', '[data-testid="handoff-qr"]');
      const gigastoreTime = await gigastoreTimeSince(session, requestsBefore);
      overheads.push(keyToPaint - gigastoreTime);
      mainSide.push(mainTook - gigastoreTime);
      // The receipt prints by itself meanwhile; the clerk hands over and starts the next sale.
      await page.getByTestId('receipt-status').and(page.locator('[data-status="printed"]')).waitFor();
      await wait(300);
      await page.keyboard.press('n');
      await page.getByTestId('catalogue-search').waitFor();
    }
  } finally {
    await session.close();
  }
  // The first sale after start-up meets code the JIT has not seen yet: shown apart, not hidden in the p95.
  const [first, ...warm] = overheads;
  const p95 = percentile(warm, 0.95);
  report('activate', [
    {
      name: "activate overhead (key to QR on screen, minus Gigastore's time)",
      median: median(warm),
      p95,
      p99: percentile(warm, 0.99),
      unit: 'ms',
      goal: 'p95 <= 50 ms',
      met: p95 <= 50,
      note: `${warm.length} sales after the first, ${INJECTED_LATENCY_MS} ms injected latency, receipts printing by themselves`,
    },
    { name: 'activate overhead of the first sale after start-up', value: first, unit: 'ms' },
    {
      name: "of which the main side (startSale, minus Gigastore's time)",
      median: median(mainSide.slice(1)),
      p95: percentile(mainSide.slice(1), 0.95),
      p99: percentile(mainSide.slice(1), 0.99),
      unit: 'ms',
      note: 'journal written and flushed before the request; the answer written before it is shown, flushed after',
    },
  ]);
});
