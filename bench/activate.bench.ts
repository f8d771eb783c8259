// Activate overhead: from the Activate key (Enter on Confirm) until the QR is on screen (the frame after
// the one that paints it), minus the injected Gigastore latency (one register request on that path), with
// the product's defaults (the receipt prints by itself once the sale is activated). Goal: p95 <= 50 ms.
// The main side's share (startSale from call to answer, timed where it runs) is shown beside it.
import { it } from 'vitest';
import { median, percentile, report } from './report';
import { benchSession, INJECTED_LATENCY_MS, timeKeyToPaint } from './support/session';

const SAMPLES = Number(process.env.ACTIVATE_SAMPLES ?? 60);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('activate overhead', { timeout: 600_000 }, async () => {
  const session = await benchSession();
  const { page } = session;
  const overheads: number[] = [];
  const mainSide: number[] = [];
  const startSale = session.console.startSale;
  session.console.startSale = async (request) => {
    const started = performance.now();
    try {
      return await startSale(request);
    } finally {
      mainSide.push(performance.now() - started - INJECTED_LATENCY_MS);
    }
  };
  try {
    await page.getByTestId('catalogue-row').first().waitFor();
    for (let sample = 0; sample < SAMPLES; sample++) {
      await page.keyboard.type('austria');
      await page.keyboard.press('Enter');
      await page.getByTestId('activate-button').waitFor();
      overheads.push((await timeKeyToPaint(page, 'Enter', '[data-testid="handoff-qr"]')) - INJECTED_LATENCY_MS);
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
      name: 'activate overhead (key to QR on screen, minus latency)',
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
      name: 'of which the main side (startSale, minus latency)',
      median: median(mainSide.slice(1)),
      p95: percentile(mainSide.slice(1), 0.95),
      p99: percentile(mainSide.slice(1), 0.99),
      unit: 'ms',
      note: 'journal written and flushed before the request, and after the answer',
    },
  ]);
});
