// "Coverage in the customer's words" in Chromium, against the real core and simulator behind the bridge: a
// region's countries named in the customer's language on the confirm screen (two languages), on the customer
// display (Arabic, right to left, on the confirm and the scan screens), and on the printed receipt (its PDF
// read back by poppler). Each screen is photographed into test-results/screens/.
import type { Page } from '@playwright/test';
import { pdfText } from '../support/pdf';
import { expect, openCustomerDisplay, saveScreen, test } from './harness';

/** Opens the confirm screen of the first package `search` finds (typed, as a clerk does). */
async function confirm(page: Page, search: string): Promise<void> {
  await page.keyboard.type(search);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activate-button')).toBeFocused();
}

test('the confirm screen lists a region’s countries in the customer’s language, and again after the language changes', async ({
  page,
}) => {
  await confirm(page, 'europe 5 gb');
  const list = page.getByTestId('coverage-countries-list');
  await page.getByTestId('customer-language').selectOption('de');
  await expect(list).toContainText('Deutschland');
  await expect(list).toContainText('Frankreich');
  // 20 countries: 12 named, then the rest counted in the clerk's words.
  await expect(list).toContainText('and 8 more');
  await expect(list.locator('bdi')).toHaveAttribute('lang', 'de');
  await saveScreen(page, 'coverage-confirm-de');

  await page.getByTestId('customer-language').selectOption('tr');
  await expect(list).toContainText('Almanya');
  await expect(list).toContainText('Fransa');
  await expect(list).not.toContainText('Deutschland');
  await saveScreen(page, 'coverage-confirm-tr');

  // A single country's package has no list: its name is the coverage.
  await page.keyboard.press('Escape');
  await page.getByTestId('catalogue-search').fill('');
  await confirm(page, 'austria 3 gb');
  await expect(page.getByTestId('package-facts')).toContainText('Austria');
  await expect(page.getByTestId('coverage-countries')).toHaveCount(0);
});

test('the customer display names the countries in Arabic, right to left, on the confirm and the scan screens', async ({
  page,
  counter,
  rendererUrl,
}) => {
  await counter.console.updateSettings({ autoPrint: 'off' });
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  await confirm(page, 'north america');
  await page.getByTestId('customer-language').selectOption('ar');
  await expect(display.locator('html')).toHaveAttribute('dir', 'rtl');
  const countries = display.getByTestId('customer-countries');
  // The simulator names no country in Arabic (only codes): the console names them from the ISO list.
  for (const name of ['كندا', 'المكسيك', 'الولايات المتحدة']) await expect(countries).toContainText(name);
  await expect(countries.locator('h2')).toHaveText('الدول المشمولة');
  expect(await countries.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  // The price, a code, still reads left to right as the rest of the display has it.
  expect(await display.locator('.fact-price bdi').getAttribute('dir')).toBe('ltr');
  await saveScreen(display, 'coverage-customer-confirm-ar');

  await page.keyboard.press('Enter'); // Activate: the handoff's scan screen
  const qr = display.getByTestId('customer-qr');
  await expect(qr).toBeVisible();
  await expect(display.getByTestId('customer-screen')).toHaveAttribute('data-screen', 'scan');
  await expect(countries).toContainText('كندا');
  expect((await qr.boundingBox())!.height).toBeGreaterThan(1080 * 0.9);
  await saveScreen(display, 'coverage-customer-scan-ar');
});

test('the receipt names the countries in its language: every one of a region, then "and N more" for the world', async ({
  page,
  counter,
}) => {
  await confirm(page, 'europe 5 gb');
  await page.getByTestId('customer-language').selectOption('fr');
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('receipt-status')).toHaveAttribute('data-status', 'printed', { timeout: 10_000 });
  const europe = pdfText(counter.printer.jobs.at(-1)!.path).replace(/\s+/g, ' ');
  for (const name of ['Autriche', 'Allemagne', 'Espagne', 'Royaume-Uni', 'Suisse']) expect(europe).toContain(name);
  expect(europe).not.toContain('Austria');
  await saveScreen(page, 'coverage-receipt-printed-fr');

  await page.getByTestId('new-sale').click();
  await confirm(page, 'worldwide 1 gb');
  await page.getByTestId('customer-language').selectOption('de');
  await page.getByTestId('activate-button').click();
  await expect.poll(() => counter.printer.jobs.length).toBe(2);
  const world = pdfText(counter.printer.jobs.at(-1)!.path).replace(/\s+/g, ' ');
  expect(world).toContain('Österreich');
  expect(world).toMatch(/und \d+ weitere/);
});
