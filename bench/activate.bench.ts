// 1. Activate overhead: from the Activate key (Enter on Confirm) to the QR painted, minus the injected
//    Gigastore latency (one register request on that path). Goal: p95 <= 50 ms.
// 2. State propagation: the simulator flips the eSIM to INSTALLED at a random instant; the time until the
//    badge shows it, the reads of a pending eSIM in its busiest minute (one left uninstalled for 70 s), and
//    the reads after a terminal state or after the clerk left. Goal: p95 <= 2.0 s with at most 30 reads in
//    any minute, and zero reads afterwards.
import { it } from 'vitest';
import { median, percentile, report } from './report';
import { benchSession, INJECTED_LATENCY_MS, timeKeyToPaint } from './support/session';

const SAMPLES = 40;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('activate overhead and state propagation', { timeout: 600_000 }, async () => {
  const session = await benchSession();
  const { page, simulator } = session;
  const overheads: number[] = [];
  const propagation: number[] = [];
  let busiestMinute: number;
  // The main side's share: startSale from call to answer, timed where it runs.
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
  let readsAfterTerminal = 0;
  let readsAfterLeaving = 0;
  try {
    await page.getByTestId('catalogue-row').first().waitFor();
    for (let sample = 0; sample < SAMPLES; sample++) {
      await page.keyboard.type('austria');
      await page.keyboard.press('Enter');
      await page.getByTestId('activate-button').waitFor();
      overheads.push((await timeKeyToPaint(page, 'Enter', '[data-testid="handoff-qr"]')) - INJECTED_LATENCY_MS);
      const iccid = (await page.getByTestId('handoff-iccid').textContent())!.trim();
      const customerUid = simulator.account.byIccid.get(iccid)!.uid;
      const readsOf = () => simulator.requestCount(`/activations/customers/${customerUid}`);

      if (sample % 5 === 4) {
        // The clerk leaves before the customer installs: reading stops at once.
        await wait(1_000);
        await page.keyboard.press('n');
        await page.getByTestId('catalogue-search').waitFor();
        const reads = readsOf();
        await wait(5_000);
        readsAfterLeaving += readsOf() - reads;
        continue;
      }

      await wait(500 + Math.random() * 7_500);
      await page.evaluate(() => {
        const state = window as unknown as { __installedAt?: Promise<number> };
        state.__installedAt = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (document.querySelector('[data-testid="state-badge"][data-state="INSTALLED"]')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
            }
          });
          observer.observe(document.body, { subtree: true, attributes: true, childList: true });
        });
      });
      const flippedAt = Date.now();
      simulator.account.setEsimState(iccid, 'INSTALLED', new Date());
      const shownAt = await page.evaluate(
        () => (window as unknown as { __installedAt: Promise<number> }).__installedAt,
      );
      propagation.push(shownAt - flippedAt);
      const reads = readsOf();
      await wait(5_000);
      readsAfterTerminal += readsOf() - reads;
      await page.keyboard.press('n');
      await page.getByTestId('catalogue-search').waitFor();
    }

    // One customer who takes their time: the eSIM stays pending for 70 s; count its reads in every 60 s window.
    await page.keyboard.type('austria');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByTestId('handoff-qr').waitFor();
    const iccid = (await page.getByTestId('handoff-iccid').textContent())!.trim();
    const path = `/activations/customers/${simulator.account.byIccid.get(iccid)!.uid}`;
    await wait(70_000);
    await page.keyboard.press('n');
    const times = simulator.requests.filter((request) => request.path.includes(path)).map((request) => request.at);
    busiestMinute = Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + 60_000).length));
  } finally {
    await session.close();
  }
  // The first sale after start-up meets code the JIT has not seen yet: shown apart, not hidden in the p95.
  const [first, ...warm] = overheads;
  const overheadP95 = percentile(warm, 0.95);
  const propagationP95 = percentile(propagation, 0.95);
  report('activate and propagation', [
    {
      name: 'activate overhead (key to QR painted, minus latency)',
      median: median(warm),
      p95: overheadP95,
      p99: percentile(warm, 0.99),
      unit: 'ms',
      goal: 'p95 <= 50 ms',
      met: overheadP95 <= 50,
      note: `${warm.length} sales after the first, ${INJECTED_LATENCY_MS} ms injected latency`,
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
    {
      name: 'INSTALLED to badge shown',
      median: median(propagation) / 1000,
      p95: propagationP95 / 1000,
      p99: percentile(propagation, 0.99) / 1000,
      unit: 's',
      goal: 'p95 <= 2.0 s',
      met: propagationP95 <= 2_000,
      note: `${propagation.length} flips at random instants`,
    },
    {
      name: 'reads of a pending eSIM in its busiest minute',
      value: busiestMinute,
      unit: 'reads',
      goal: '<= 30',
      met: busiestMinute <= 30,
    },
    {
      name: 'reads after INSTALLED, and after the clerk left',
      value: readsAfterTerminal + readsAfterLeaving,
      unit: 'reads',
      goal: '0',
      met: readsAfterTerminal + readsAfterLeaving === 0,
      note: `${readsAfterTerminal} after INSTALLED, ${readsAfterLeaving} after leaving`,
    },
  ]);
});
