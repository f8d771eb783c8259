// The customer display in Chromium, fed by the real core exactly as its preload feeds it.
import { scalePng } from '../support/image';
import { decodeWithJsQr, decodeWithZbar } from '../support/qr';
import { expect, openCustomerDisplay, saveScreen, test } from './harness';

test('shows the package to confirm before activation, then a QR that fills its height and scans at 25 %', async ({
  page,
  counter,
  rendererUrl,
}) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  await expect(display.getByTestId('customer-screen')).toHaveAttribute('data-screen', 'welcome');
  await saveScreen(display, 'customer-welcome');

  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await expect(display.getByTestId('customer-screen')).toHaveAttribute('data-screen', 'confirm');
  await expect(display.getByTestId('customer-screen')).toContainText('Austria');
  expect(counter.simulator.requestCount('/register')).toBe(0);
  await saveScreen(display, 'customer-confirm');

  await page.keyboard.press('Enter');
  const qr = display.getByTestId('customer-qr');
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.height).toBeGreaterThan(1080 * 0.9);
  const mainLine = await display
    .locator('.main-line')
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(mainLine).toBeGreaterThanOrEqual(1080 * 0.04);

  const code = counter.simulator.account.esim(counter.simulator.account.activations[0]!.iccid)!.activationCode;
  const full = await saveScreen(display, 'customer-scan');
  // zbarimg (the reader closest to a phone's) reads it at a quarter of the size; jsQR, a second and
  // pickier reader, at half. The benchmark (npm run bench) maps both readers across scales and blur.
  const quarter = scalePng(full, full.replace(/\.png$/, '-25pct.png'), 0.25);
  expect(await decodeWithZbar(quarter)).toBe(code);
  expect(decodeWithJsQr(scalePng(full, full.replace(/\.png$/, '-50pct.png'), 0.5))).toBe(code);

  await page.getByTestId('simulate-scan-installed').click();
  await expect(display.getByTestId('customer-screen')).toHaveAttribute('data-screen', 'installed', { timeout: 5_000 });
  await expect(display.getByTestId('customer-qr')).toHaveCount(0);
  await saveScreen(display, 'customer-installed');
});
