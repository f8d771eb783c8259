// The customer display in the six languages added with Arabic: a sale driven from the counter window through
// the real core, each screen checked for its translated text and photographed (test-results/screens/),
// the script's text drawn by the bundled Noto font rather than whatever the machine has, and the QR read
// back. Arabic is laid out right to left, mirrored, with the price still reading left to right.
import type { Page } from '@playwright/test';
import { CUSTOMER_STRINGS } from '../../src/shared/customer-strings';
import type { CustomerLanguage } from '../../src/shared/languages';
import { decodeWithJsQr } from '../support/qr';
import { readsLeftToRight } from './bidi';
import { renderedFonts } from './fonts';
import { expect, openCustomerDisplay, saveScreen, test } from './harness';
import { rawKeysOn } from './i18n-keys';

const ADDED = ['ar', 'zh', 'ja', 'pt', 'pl', 'nl'] as const satisfies readonly CustomerLanguage[];

/** The bundled font each script's text must be drawn in (Latin-script languages use the machine's fonts). */
const BUNDLED_FONT: Partial<Record<CustomerLanguage, string>> = {
  ar: 'Noto Sans Arabic',
  zh: 'Noto Sans SC',
  ja: 'Noto Sans JP',
};

test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' }); // receipts have their own tests
});

/**
 * Waits until `selector`'s text is drawn in `family` (a variable font names its default instance after
 * it, e.g. "Noto Sans JP Thin"), one of the app's own fonts, and in nothing else.
 */
async function expectDrawnIn(display: Page, selector: string, family: string): Promise<void> {
  await expect
    .poll(async () =>
      (await renderedFonts(display, selector)).map(
        (font) => `${font.familyName.startsWith(family) ? family : font.familyName}, ours: ${font.isCustomFont}`,
      ),
    )
    .toEqual([`${family}, ours: true`]);
}

async function confirmIn(page: Page, display: Page, language: CustomerLanguage): Promise<void> {
  // The counter window is driven by keys: the display has the front, and clicks would wait for a repaint.
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await page.getByTestId('customer-language').selectOption(language);
  await expect(display.locator('html')).toHaveAttribute('lang', language);
  await expect(display.locator('.main-line')).toHaveText(CUSTOMER_STRINGS[language].customer.confirm.title);
}

for (const language of ADDED) {
  test(`the customer display in ${language}: confirm, scan and installed, in its own words and font`, async ({
    page,
    counter,
    rendererUrl,
  }) => {
    const strings = CUSTOMER_STRINGS[language].customer;
    const display = await openCustomerDisplay(page, counter.console, rendererUrl);
    await confirmIn(page, display, language);
    await expect(display.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    await expect(display.locator('.fact dt')).toHaveText(
      [strings.confirm.coverage, strings.confirm.data, strings.confirm.validity, strings.confirm.price],
      { ignoreCase: true },
    );
    await expect(display.locator('.screen > .line')).toHaveText(strings.confirm.hint);
    const font = BUNDLED_FONT[language];
    if (font) await expectDrawnIn(display, '.screen > .line', font);
    expect(await rawKeysOn(display)).toEqual([]);
    await saveScreen(display, `customer-${language}-confirm`);

    await page.keyboard.press('Enter');
    await expect(display.getByTestId('customer-qr')).toBeVisible();
    await expect(display.locator('.main-line')).toHaveText(strings.scan.title);
    await expect(display.locator('.steps li')).toHaveText(Object.values(strings.scan.steps));
    await expect(display.locator('.state')).toHaveText(strings.state.RELEASED);
    if (font) await expectDrawnIn(display, '.steps li', font);
    const code = counter.simulator.account.esim(counter.simulator.account.activations[0]!.iccid)!.activationCode;
    expect(decodeWithJsQr(await saveScreen(display, `customer-${language}-scan`))).toBe(code);

    await page.getByTestId('simulate-scan-installed').click();
    await expect(display.getByTestId('customer-screen')).toHaveAttribute('data-screen', 'installed', {
      timeout: 5_000,
    });
    await expect(display.locator('.main-line')).toHaveText(strings.installed.title);
    await expect(display.locator('.screen > .line')).toHaveText(strings.installed.line);
    expect(await rawKeysOn(display)).toEqual([]);
    await saveScreen(display, `customer-${language}-installed`);
  });
}

test('Arabic is mirrored: right to left, the first column on the right, the QR on the right and unmirrored, the price left to right', async ({
  page,
  counter,
  rendererUrl,
}) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  await confirmIn(page, display, 'ar');
  const direction = (selector: string) =>
    display
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).direction);
  const box = async (selector: string) => (await display.locator(selector).first().boundingBox())!;

  expect(await direction('.screen')).toBe('rtl');
  // The facts are a grid of two columns: the first fact (coverage) stands right of the second (data).
  const [coverage, data] = [await box('.fact-coverage'), await box('.fact-data')];
  expect(coverage.y).toBe(data.y);
  expect(coverage.x).toBeGreaterThan(data.x + data.width - 1);
  // The price keeps reading left to right: its digits and currency in the order a price is written.
  const price = display.locator('.fact-price bdi');
  expect(await price.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  await expect(price).toHaveText(/\d/);
  expect(await readsLeftToRight(price)).toBe(true);
  await saveScreen(display, 'customer-ar-mirrored-confirm');

  await page.keyboard.press('Enter');
  const qr = display.getByTestId('customer-qr');
  await expect(qr).toBeVisible();
  const [qrBox, side] = [(await qr.boundingBox())!, await box('.side')];
  expect(qrBox.x).toBeGreaterThan(side.x + side.width - 1); // the QR, first in the row, on the right
  expect(await qr.evaluate((element) => getComputedStyle(element).transform)).toBe('none');
  // The steps' numbers stand on the right: the list is indented at its start, which is the right.
  const indent = await display
    .locator('.steps')
    .evaluate((element) => [getComputedStyle(element).paddingRight, getComputedStyle(element).paddingLeft]);
  expect(parseFloat(indent[0]!)).toBeGreaterThan(0);
  expect(parseFloat(indent[1]!)).toBe(0);
  const code = counter.simulator.account.esim(counter.simulator.account.activations[0]!.iccid)!.activationCode;
  expect(decodeWithJsQr(await saveScreen(display, 'customer-ar-mirrored-scan'))).toBe(code);
});

test('the bundled fonts load on demand: none for English, a few slices for Chinese', async ({
  page,
  counter,
  rendererUrl,
}) => {
  const fonts: string[] = [];
  page.context().on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname.split('/').at(-1)!);
  });
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  await confirmIn(page, display, 'en');
  await display.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);

  await page.getByTestId('customer-language').selectOption('zh');
  await expect(display.locator('.main-line')).toHaveText(CUSTOMER_STRINGS.zh.customer.confirm.title);
  await expectDrawnIn(display, '.main-line', BUNDLED_FONT.zh!);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((file) => file.startsWith('noto-sans-sc-'))).toBe(true);
  expect(fonts.length).toBeLessThan(30); // of the 101 slices of Noto Sans SC
});
