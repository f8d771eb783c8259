// The close of day in Chromium, against the real core, journal and simulator behind the bridge: a day with
// a package Gigastore holds under a sale id this journal never wrote is shown in red with that sale named,
// then printed on the 80 mm receipt printer (a PDF read back) and saved as CSV.
import { readFileSync } from 'node:fs';
import { newSaleId } from '../../src/main/core/sale-id';
import { pdfPageSizeMm, pdfText } from '../support/pdf';
import { expect, saveScreen, test } from './harness';
import { sellFirstPackage, soldElsewhere } from './report-support';

test('the close of day shows a difference in red with its sale, prints at 80 mm and saves as CSV', async ({
  page,
  counter,
}) => {
  await sellFirstPackage(page);
  const unknown = newSaleId('COUNTER-1');
  await soldElsewhere(counter, unknown);

  await page.getByTestId('open-history').click();
  await page.getByTestId('history-report').click();
  const verdict = page.getByTestId('report-verdict');
  await expect(verdict).toContainText('Differences with Gigastore');
  await expect(page.getByTestId('report-screen')).toHaveClass(/flagged/);
  const red = await verdict.evaluate((element) => getComputedStyle(element).color);
  const [r, g, b] = red.match(/\d+/g)!.map(Number) as [number, number, number];
  expect(r).toBeGreaterThan(g + 60);
  expect(r).toBeGreaterThan(b + 60);
  await expect(page.getByTestId('report-differences').locator(`[data-sale-id="${unknown}"]`)).toContainText(
    'At Gigastore, not in this journal',
  );
  await expect(page.getByTestId('report-totals')).toContainText('1 sale');
  await saveScreen(page, 'report-day-difference');

  // The sale's own receipt prints by itself: it is done before the report is printed.
  await expect.poll(() => counter.printer.jobs.length).toBe(1);
  const receipts = counter.printer.jobs.length;
  await page.getByTestId('report-print').click();
  await expect(page.getByTestId('report-done')).toHaveText('The report was sent to the receipt printer.');
  expect(counter.printer.jobs).toHaveLength(receipts + 1);
  const job = counter.printer.jobs.at(-1);
  expect(job?.paper).toBe('80mm');
  expect(Math.abs(pdfPageSizeMm(job!.path).width - 80)).toBeLessThan(1);
  const printed = pdfText(job!.path);
  expect(printed).toContain('DIFFERENCES WITH GIGASTORE');
  expect(printed.replace(/\s+/g, '')).toContain(unknown);

  await page.getByTestId('report-csv').click();
  await expect(page.getByTestId('report-done')).toContainText('.csv');
  const path = (await page.getByTestId('report-done').getAttribute('title'))!.replace(/^Saved to /, '');
  expect(readFileSync(path, 'utf8')).toContain(unknown);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-report')).toBeVisible();
});

test("History's whole store shows every counter's sales of the day, the counter named on each row", async ({
  page,
  counter,
}) => {
  await sellFirstPackage(page);
  const mine = counter.simulator.account.activations[0]!.metatag;
  const theirs = newSaleId('COUNTER-2');
  await soldElsewhere(counter, theirs);
  await soldElsewhere(counter, newSaleId('OTHERSTORE-1')); // another store: never listed

  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-row')).toHaveCount(1); // this counter's journal only
  await page.getByTestId('history-scope-store').click();
  const rows = page.getByTestId('store-row');
  await expect(rows).toHaveCount(2);
  await expect(page.locator(`[data-testid="store-row"][data-sale-id="${mine}"]`)).toHaveAttribute(
    'data-this-counter',
    'true',
  );
  await expect(
    page.locator(`[data-testid="store-row"][data-sale-id="${theirs}"]`).getByTestId('store-row-counter'),
  ).toHaveText('COUNTER-2');
  await expect(page.getByTestId('store-count')).toHaveText('2 sales at the store');
  await saveScreen(page, 'history-whole-store');

  await page.getByTestId('history-scope-counter').click();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
});
