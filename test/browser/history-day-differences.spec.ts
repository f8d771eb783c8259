// Issue 15: "a day with a difference is shown in red on the report and in History". In Chromium against the
// real core and simulator: a day whose close of day differs from Gigastore (a package Gigastore holds under
// a sale id this journal never wrote) has its rows tagged and a notice above the list, red and in words;
// a day that matches has neither.
import type { Page } from '@playwright/test';
import { newSaleId } from '../../src/main/core/sale-id';
import { expect, saveScreen, test } from './harness';
import { sellFirstPackage, soldElsewhere } from './report-support';

/** Red as the eye sees it: far more red than green or blue. */
async function expectRed(page: Page, testId: string): Promise<void> {
  const colour = await page
    .getByTestId(testId)
    .first()
    .evaluate((element) => getComputedStyle(element).color);
  const [r, g, b] = colour.match(/\d+/g)!.map(Number) as [number, number, number];
  expect(r).toBeGreaterThan(g + 60);
  expect(r).toBeGreaterThan(b + 60);
}

test('History marks a day whose close of day differs from Gigastore in red, with words', async ({ page, counter }) => {
  await sellFirstPackage(page);
  await soldElsewhere(counter, newSaleId('COUNTER-1'));

  await page.getByTestId('open-history').click();
  const row = page.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-day-differs', 'true');
  await expect(row.getByTestId('day-differs-tag')).toHaveText('Day differs');
  const notice = page.getByTestId('history-day-difference');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('the close of day differs from Gigastore');
  await expectRed(page, 'history-day-difference');
  await expect(row.locator('.cell-time')).toHaveClass(/day-differs/);
  expect(await row.locator('.cell-time').evaluate((element) => getComputedStyle(element).color)).toBe(
    'rgb(180, 35, 24)',
  );
  await saveScreen(page, 'history-day-differs');
});

test('History leaves a day that matches Gigastore unmarked', async ({ page, counter }) => {
  await sellFirstPackage(page);
  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  // The same report History asks for flags nothing (the marks follow the list: give them time).
  const day = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  expect((await counter.console.zReport({ day }, false)).flagged).toBe(false);
  await page.waitForTimeout(1_000);
  await expect(page.getByTestId('history-row')).not.toHaveAttribute('data-day-differs', 'true');
  await expect(page.getByTestId('history-day-difference')).toHaveCount(0);
});
