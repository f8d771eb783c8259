// Answers that come back late, in Chromium against the real core: the renderer shows the answer to the
// question on screen now, never a slower answer to an earlier one (useBridgeQuery drops it).
import type { Page } from '@playwright/test';
import type { SalesQuery } from '../../src/shared/api';
import { expect, test } from './harness';

test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' }); // no receipt events re-asking meanwhile
});

async function sell(page: Page, row: number): Promise<void> {
  await page.getByTestId('catalogue-row').nth(row).click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('catalogue-search')).toBeFocused();
}

/**
 * Long enough for an answer the console has given to cross the binding and be drawn: an absence is
 * asserted after it (with the guard removed, the stale rows show by then).
 */
async function answerCrossed(page: Page): Promise<void> {
  await page.waitForTimeout(250);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('a slow answer to an earlier History search does not replace the answer to the newer one', async ({
  page,
  counter,
}) => {
  await sell(page, 0);
  await sell(page, 1);
  const [first, second] = counter.simulator.account.activations;

  // The search for the first sale's ICCID is held back at the console until the test lets it go.
  const listSales = counter.console.listSales.bind(counter.console);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let heldAsked = false;
  let heldAnswered = false;
  counter.console.listSales = async (query: SalesQuery) => {
    if (query.text !== first!.iccid) return listSales(query);
    heldAsked = true;
    await released;
    const answer = await listSales(query);
    heldAnswered = true;
    return answer;
  };

  await page.getByTestId('open-history').click();
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  const search = page.getByTestId('history-search');
  await search.fill(first!.iccid);
  await expect.poll(() => heldAsked).toBe(true);
  await search.fill(second!.iccid);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-sale-id', second!.metatag);

  release(); // the first search's answer now comes back, after the second one's
  await expect.poll(() => heldAnswered).toBe(true);
  await answerCrossed(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-sale-id', second!.metatag);
});
