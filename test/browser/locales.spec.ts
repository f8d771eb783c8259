// Every screen in every language: the clerk's window in English and German, the customer display in its twelve
// languages, with no untranslated key anywhere and a screenshot of each (test-results/screens/). Then very
// long texts, left to right and right to left: nothing leaves the screen sideways and nothing scrolls horizontally.
import type { Page } from '@playwright/test';
import type { CatalogueItem } from '../../src/shared/catalogue';
import { CUSTOMER_STRINGS } from '../../src/shared/customer-strings';
import de from '../../src/shared/i18n/de.json';
import en from '../../src/shared/i18n/en.json';
import { CUSTOMER_LANGUAGES } from '../../src/shared/languages';
import { expect, openCustomerDisplay, saveScreen, test } from './harness';
import { rawKeysOn } from './i18n-keys';

const CLERK = { en, de } as const;

test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' }); // receipts have their own tests
});

/** No raw key on screen, and a screenshot named `<name>.png`. */
async function screen(page: Page, name: string): Promise<void> {
  expect(await rawKeysOn(page), name).toEqual([]);
  await saveScreen(page, name);
}

async function useLanguage(page: Page, language: keyof typeof CLERK): Promise<void> {
  if (language !== 'en') await page.getByRole('button', { name: 'DE – Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByLabel(CLERK[language].catalogue.searchLabel)).toBeVisible();
}

/** Nothing wider than the window: no horizontal scrolling, and `selector`'s box inside the viewport. */
async function expectWithinWidth(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, selector).not.toBeNull();
  expect(box!.x, selector).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, selector).toBeLessThanOrEqual(viewport.width);
  const scroll = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scroll.scrollWidth, selector).toBeLessThanOrEqual(scroll.clientWidth);
}

/** `selector`'s text itself, not only its box, inside the viewport (right-to-left text overflows leftwards). */
async function expectTextWithinWidth(page: Page, selector: string): Promise<void> {
  await expectWithinWidth(page, selector);
  const text = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const { left, right } = range.getBoundingClientRect();
      return { left, right };
    });
  expect(text.left, selector).toBeGreaterThanOrEqual(0);
  expect(text.right, selector).toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const language of ['en', 'de'] as const) {
  test(`the clerk's sale screens in ${language}: catalogue, confirm, the QR, installed`, async ({ page }) => {
    await useLanguage(page, language);
    await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
    await screen(page, `${language}-catalogue`);
    await page.keyboard.type('austria 3 gb');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('activate-button')).toHaveText(CLERK[language].confirm.activate);
    await screen(page, `${language}-confirm`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('handoff-qr')).toBeVisible();
    await screen(page, `${language}-handoff`);
    await page.keyboard.press('s');
    await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'INSTALLED', { timeout: 5_000 });
    await screen(page, `${language}-installed`);
  });

  test(`the clerk's other screens in ${language}: refused, checking, history, settings, help`, async ({
    page,
    counter,
  }) => {
    await useLanguage(page, language);
    counter.simulator.account.creditCents = 0;
    await page.keyboard.type('austria 3 gb');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'failed');
    await screen(page, `${language}-failed`);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('catalogue-search')).toBeFocused(); // the same search, the same customer
    counter.simulator.account.creditCents = 100_000;
    counter.simulator.faults.add({ path: '/register', action: 'hang', commit: true });
    counter.simulator.faults.add({ path: '/activated-items', action: 'delay', delayMs: 1_000, times: 3 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'verifying', { timeout: 5_000 });
    await screen(page, `${language}-verifying`);
    await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 5_000 });

    await page.getByTestId('open-history').click();
    await page.getByTestId('history-row').first().click();
    await expect(page.getByTestId('sale-details')).toBeVisible();
    await screen(page, `${language}-history`);

    await page.getByTestId('open-settings').click();
    await screen(page, `${language}-settings`);
    await counter.console.setManagerPin({ next: '8080' });
    await counter.console.lockManager();
    await expect(page.getByTestId('manager-pin')).toBeVisible();
    await page.getByTestId('manager-pin').fill('1234');
    await page.getByTestId('manager-unlock').click();
    await expect(page.getByTestId('manager-pin-error')).toBeVisible();
    await screen(page, `${language}-settings-locked`);

    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog')).toBeVisible();
    await screen(page, `${language}-help`);
  });
}

for (const language of CUSTOMER_LANGUAGES) {
  test(`the customer display in ${language}: confirm and scan, chosen as the receipt language`, async ({
    page,
    counter,
    rendererUrl,
  }) => {
    const strings = CUSTOMER_STRINGS[language].customer;
    const display = await openCustomerDisplay(page, counter.console, rendererUrl);
    const mainLine = display.locator('.main-line');
    // The counter window is driven by keys: the display has the front, and clicks would wait for a repaint.
    await page.keyboard.type('austria 3 gb');
    await page.keyboard.press('Enter');
    await page.getByTestId('customer-language').selectOption(language);
    await expect(display.locator('html')).toHaveAttribute('lang', language);
    await expect(mainLine).toHaveText(strings.confirm.title);
    await expect(display.getByTestId('customer-screen')).toContainText(strings.confirm.price);
    await screen(display, `customer-${language}-confirm`);

    await page.keyboard.press('Enter');
    await expect(display.getByTestId('customer-qr')).toBeVisible();
    await expect(mainLine).toHaveText(strings.scan.title);
    await expect(display.locator('.steps li')).toHaveText(Object.values(strings.scan.steps));
    await screen(display, `customer-${language}-scan`);
  });
}

test('very long texts stay within the width in the clerk window and on the customer display', async ({
  page,
  counter,
  rendererUrl,
}) => {
  // The longest store name the settings take (80), then one of 120 pushed as main would push it.
  await counter.console.updateSettings({ storeName: 'Flughafen Wien-Schwechat Terminal 3 '.repeat(4).slice(0, 80) });
  await expect(page.getByTestId('store-name')).toHaveText(/^Flughafen/);
  await expectWithinWidth(page, '[data-testid="store-name"]');
  const overview = await counter.console.getOverview();
  const longName = 'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüssel '.repeat(3).slice(0, 120);
  await page.evaluate(
    (value) =>
      (window as unknown as { __esimCounterEmit: (n: string, v: unknown) => void }).__esimCounterEmit(
        'overview',
        value,
      ),
    { ...overview, settings: { ...overview.settings, storeName: longName } },
  );
  await expect(page.getByTestId('store-name')).toHaveText(longName);
  await expectWithinWidth(page, '[data-testid="store-name"]');
  await expectWithinWidth(page, '.header-tools');
  await saveScreen(page, 'pseudo-header');

  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const [item] = await counter.console.listCatalogue();
  const longItem: CatalogueItem = {
    ...item!,
    name: `${'Ü'.repeat(90)} ${'Weltweit-Unbegrenzt-Premium-Datenpaket '.repeat(6)}`,
  };
  const push = (view: unknown) =>
    display.evaluate(
      (value) => (window as unknown as { __customerView: (v: unknown) => void }).__customerView(value),
      view,
    );
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 800, height: 600 },
    { width: 480, height: 800 },
  ]) {
    await display.setViewportSize(size);
    for (const language of CUSTOMER_LANGUAGES) {
      await push({ screen: 'confirm', language, storeName: longName, item: longItem });
      await expect(display.locator('html')).toHaveAttribute('lang', language);
      for (const selector of ['.main-line', '.item', '.facts']) await expectWithinWidth(display, selector);
      await push({ screen: 'welcome', language, storeName: longName });
      for (const selector of ['.main-line', '.store']) await expectWithinWidth(display, selector);
    }
    await push({ screen: 'confirm', language: 'de', storeName: longName, item: longItem });
    await saveScreen(display, `pseudo-customer-confirm-${size.width}x${size.height}`);
  }
});

test('very long right-to-left texts stay within the width on the customer display, mirrored', async ({
  page,
  counter,
  rendererUrl,
}) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const [item] = await counter.console.listCatalogue();
  // Arabic with no place to break, then Arabic mixed with Latin words and numbers, as Gigastore might name it.
  const storeName =
    `${'مطارالملكعبدالعزيزالدوليالمبنىالشمالي'.repeat(2)} Terminal 1 ${'صالةالمغادرة '.repeat(4)}`.slice(0, 120);
  const longItem: CatalogueItem = {
    ...item!,
    name: `${'الاتصالاتالدوليةالمتنقلة'.repeat(4)} eSIM 50 GB ${'باقةالبياناتالعالمية '.repeat(5)}`,
  };
  const push = (view: unknown) =>
    display.evaluate(
      (value) => (window as unknown as { __customerView: (v: unknown) => void }).__customerView(value),
      view,
    );
  const code = 'LPA:1$smdp.esim-counter-demo.invalid$PSEUDO-RTL-0001';
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 800, height: 600 },
    { width: 480, height: 800 },
  ]) {
    await display.setViewportSize(size);
    await push({ screen: 'confirm', language: 'ar', storeName, item: longItem });
    await expect(display.locator('html')).toHaveAttribute('dir', 'rtl');
    for (const selector of ['.main-line', '.item', '.facts']) await expectTextWithinWidth(display, selector);
    await saveScreen(display, `pseudo-rtl-customer-confirm-${size.width}x${size.height}`);
    await push({ screen: 'welcome', language: 'ar', storeName });
    for (const selector of ['.main-line', '.store']) await expectTextWithinWidth(display, selector);
    await push({ screen: 'scan', language: 'ar', storeName, item: longItem, activationCode: code, state: 'RELEASED' });
    for (const selector of ['.qr', '.main-line', '.steps']) await expectTextWithinWidth(display, selector);
    const qr = (await display.getByTestId('customer-qr').boundingBox())!;
    expect(Math.abs(qr.width - qr.height)).toBeLessThan(1); // square, whole
    expect(qr.y + qr.height).toBeLessThanOrEqual(size.height);
    await saveScreen(display, `pseudo-rtl-customer-scan-${size.width}x${size.height}`);
  }
});
