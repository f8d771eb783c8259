// Everything fits, whole, on every screen of both windows at the counter's three usual window sizes
// (1280×720, 1366×768, 1920×1080), in English and German, with the header as full as it gets (a 40-character
// store name, a clerk on shift, a sale being checked, a double charge, checks failing) and the offline
// banner under it. The check (layout-fit.ts) lists every clipped, cut or off-screen element with its
// screen, size and language; the screenshots land in test-results/screens/layout/.
import { lookUp, openCustomer } from './care-support';
import {
  catalogueLoadedSince,
  catalogueLoadsSoFar,
  CUSTOMER_EMAIL,
  crowdTheCounter,
  goOffline,
  goOnline,
  LONG_STORE_NAME,
} from './crowded-counter';
import { expect, openCustomerDisplay, test } from './harness';
import { LayoutTour } from './layout-tour';

// Each screen is looked at six times (three sizes, two languages), after two sales that go wrong on purpose.
test.describe.configure({ timeout: 240_000 });
// Watched sales are looked at every 0.3 s, so the second charge of a sale is found at once.
test.use({ watchEveryMs: 300 });

test('the selling screens fit with the header at its fullest and the offline banner', async ({ page, counter }) => {
  const tour = new LayoutTour(page, 'selling');
  await crowdTheCounter(page, counter);
  await goOffline(page, counter);
  await tour.screen('handoff-verifying');

  // Leaving a handoff loads the catalogue afresh: online, then out of reach again once it is in.
  await goOnline(page, counter);
  const loads = catalogueLoadsSoFar(counter);
  await page.getByTestId('leave-verifying').click();
  await catalogueLoadedSince(page, counter, loads);
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  await goOffline(page, counter);
  await tour.screen('catalogue');

  // A regional package: the confirm screen with its activation choices.
  await page.getByTestId('catalogue-search').fill('europe 1 gb');
  await page.getByTestId('catalogue-row').first().click();
  await expect(page.getByTestId('activation-mode-ON_DEMAND')).toBeVisible();
  await tour.screen('confirm');

  await goOnline(page, counter);
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await goOffline(page, counter);
  await tour.screen('handoff');

  await goOnline(page, counter);
  await page.getByTestId('simulate-scan-installed').click();
  await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'INSTALLED', { timeout: 5_000 });
  await goOffline(page, counter);
  await tour.screen('installed');

  // A sale Gigastore refuses (no credit left): the handoff says so and offers the way back.
  await goOnline(page, counter);
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  counter.simulator.account.creditCents = 0;
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'failed');
  await goOffline(page, counter);
  await tour.screen('handoff-failed');

  expect(tour.offenders, tour.report()).toEqual([]);
});

test('History, Customer care, Settings, the shift picker and help fit with the header at its fullest', async ({
  page,
  counter,
}) => {
  const tour = new LayoutTour(page, 'back-office');
  await crowdTheCounter(page, counter);
  await page.getByTestId('leave-verifying').click();

  // Both packages of the sale charged twice went to a customer with this email: the look-up lists two.
  await lookUp(page, CUSTOMER_EMAIL.split('@')[0]! + '@');
  await expect(page.getByTestId('care-match')).toHaveCount(2);
  await goOffline(page, counter);
  await tour.screen('care-list');
  await goOnline(page, counter);
  await openCustomer(page, (await page.getByTestId('care-match').first().getAttribute('data-customer-uid'))!);
  await goOffline(page, counter);
  await tour.screen('care-customer');

  const [doubleCharged] = (await counter.console.getOverview()).doubleCharges;
  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-row')).toHaveCount(2);
  await tour.screen('history');
  await page.locator(`[data-testid="history-row"][data-sale-id="${doubleCharged}"]`).click();
  await expect(page.getByTestId('sale-details').getByTestId('duplicate-entry')).toBeVisible();
  await tour.screen('history-details');
  await page.getByTestId('history-tab-activity').click();
  await expect(page.getByTestId('activity-entry').first()).toBeVisible();
  await tour.screen('history-activity');
  await page.getByTestId('history-tab-sales').click();
  await page.getByTestId('history-scope-store').click();
  // Offline here: the store's list says it could not be read, in the error sentence's long German form.
  await expect(page.getByTestId('store-count')).toBeVisible();
  await tour.screen('history-store');
  await page.getByTestId('history-report').click();
  await expect(page.getByTestId('report-verdict')).toBeVisible();
  await tour.screen('report');
  await page.getByTestId('report-close').click();

  await page.getByTestId('open-settings').click();
  await page.getByTestId('demo-training').locator('summary').click();
  const sections = page.locator('.settings-section');
  for (let index = 0; index < (await sections.count()); index += 1) {
    await tour.screen(`settings-${index + 1}`, { open: () => sections.nth(index).scrollIntoViewIfNeeded() });
  }
  await page.keyboard.press('Escape');

  await page.getByTestId('end-shift').click();
  await expect(page.getByTestId('shift-picker')).toBeVisible();
  await tour.screen('shift-picker');

  const help = page.getByRole('dialog');
  await tour.screen('help', {
    open: async () => {
      await page.keyboard.press('F1');
      await expect(help).toBeVisible();
    },
    close: async () => {
      await page.keyboard.press('Escape');
      await expect(help).toHaveCount(0);
    },
  });

  expect(tour.offenders, tour.report()).toEqual([]);
});

// The counter window is driven by its keyboard here: the customer display has the front (see
// accessibility.spec.ts). The display speaks the sale's language, which follows the store's by default.
test('the customer display fits on every screen of a sale, in English and German', async ({
  page,
  counter,
  rendererUrl,
}) => {
  const tour = new LayoutTour(page, 'customer-display');
  await counter.console.updateSettings({ autoPrint: 'off', storeName: LONG_STORE_NAME });
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const screen = display.getByTestId('customer-screen');
  for (const language of ['en', 'de'] as const) {
    await counter.console.updateSettings({ storeLanguage: language });
    await expect(display.locator('html')).toHaveAttribute('lang', language);
    await expect(screen).toHaveAttribute('data-screen', 'welcome');
    await tour.sizes('customer-welcome', language, display);

    await page.keyboard.type('europe 1 gb');
    await page.keyboard.press('Enter');
    await expect(screen).toHaveAttribute('data-screen', 'confirm');
    await tour.sizes('customer-confirm', language, display);

    await page.keyboard.press('Enter');
    await expect(screen).toHaveAttribute('data-screen', 'scan');
    await tour.sizes('customer-scan', language, display);

    await expect(page.getByTestId('simulate-scan-installed')).toBeVisible();
    await page.keyboard.press('s');
    await expect(screen).toHaveAttribute('data-screen', 'installed', { timeout: 5_000 });
    await tour.sizes('customer-installed', language, display);
    await page.keyboard.press('n');
  }

  expect(tour.offenders, tour.report()).toEqual([]);
});
