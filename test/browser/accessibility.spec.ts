// axe-core on every screen of the counter window and of the customer display, in the states a clerk and a
// customer meet: no violation of serious or critical impact anywhere.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, openCustomerDisplay, saveScreen, test } from './harness';

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), screen).toEqual([]);
}

// Receipts are not under test here: printing each one to PDF would only slow these tests down.
test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' });
});

test('the catalogue', async ({ page }) => {
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  await expectAccessible(page, 'catalogue');
});

test('the confirm screen', async ({ page }) => {
  await page.getByTestId('catalogue-row').first().click();
  await expect(page.getByTestId('activate-button')).toBeFocused();
  await expectAccessible(page, 'confirm');
});

test.describe('with Gigastore slow to answer the sale', () => {
  test.use({ clientTimeoutMs: 6_000 });

  test('the handoff while activating', async ({ page, counter }) => {
    // Gigastore takes its time to answer the sale: the handoff says it is activating meanwhile.
    counter.simulator.faults.add({ path: '/register', action: 'delay', delayMs: 2_500 });
    await page.getByTestId('catalogue-row').first().click();
    await page.getByTestId('activate-button').click();
    await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'activating');
    // The QR screen is drawn already, the item's name its focused heading, a spinner where the QR goes.
    await expect(page.locator('.handoff-title')).toBeFocused();
    await expect(page.locator('.qr-pending')).toBeVisible();
    await saveScreen(page, 'handoff-activating');
    await expectAccessible(page, 'handoff activating');
    await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 5_000 });
  });
});

test('the handoff: the QR, then installed', async ({ page }) => {
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await expectAccessible(page, 'handoff active');

  await page.getByTestId('simulate-scan-installed').click();
  await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'INSTALLED', { timeout: 5_000 });
  await expectAccessible(page, 'handoff installed');
});

test('a refused sale and a sale being checked', async ({ page, counter }) => {
  counter.simulator.account.creditCents = 0;
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'failed');
  await expectAccessible(page, 'handoff failed');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue-search')).toBeFocused();
  // The answer to the sale is lost, and Gigastore's sales list does not answer either for a while.
  counter.simulator.account.creditCents = 100_000;
  counter.simulator.faults.add({ path: '/register', action: 'hang', commit: true });
  counter.simulator.faults.add({ path: '/activated-items', action: 'hang', times: 2 });
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'verifying', { timeout: 5_000 });
  await expectAccessible(page, 'handoff verifying');
});

test('history with a sale’s details', async ({ page }) => {
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.getByTestId('new-sale').click();

  await page.getByTestId('open-history').click();
  await page.getByTestId('history-row').first().click();
  await expect(page.getByTestId('sale-details')).toBeVisible();
  await expectAccessible(page, 'history with details');
});

test('settings without a PIN, and unlocked', async ({ page }) => {
  await page.getByTestId('open-settings').click();
  await expectAccessible(page, 'settings without a PIN');
  await page.getByTestId('manager-new-pin').fill('2468');
  await page.getByTestId('manager-new-pin-repeat').fill('2468');
  await page.getByTestId('manager-set-pin').click();
  await expect(page.getByTestId('manager-lock')).toBeVisible();
  await page.locator('.pin-change summary').click();
  await expectAccessible(page, 'settings unlocked');
});

test('settings locked after a wrong PIN, and the help dialog', async ({ page, counter }) => {
  await counter.console.setManagerPin({ next: '2468' });
  await counter.console.lockManager();
  await page.getByTestId('open-settings').click();
  await page.getByTestId('manager-pin').fill('1111');
  await page.getByTestId('manager-unlock').click();
  await expect(page.getByTestId('manager-pin-error')).toBeVisible();
  await expectAccessible(page, 'settings locked, after a wrong PIN');

  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'help dialog');
});

// The counter window is driven by its keyboard here: the customer display has the front, and a page in the
// background only paints now and then, which would make every click wait for it.
test('the customer display: welcome, confirm and scan', async ({ page, counter, rendererUrl }) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const screen = display.getByTestId('customer-screen');
  await expect(screen).toHaveAttribute('data-screen', 'welcome');
  await expectAccessible(display, 'customer welcome');

  await page.keyboard.type('austria');
  await page.keyboard.press('Enter');
  await page.getByTestId('customer-language').selectOption('fr');
  await expect(screen).toHaveAttribute('data-screen', 'confirm');
  await expect(display.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(display, 'customer confirm');

  await page.keyboard.press('Enter');
  await expect(screen).toHaveAttribute('data-screen', 'scan');
  await expectAccessible(display, 'customer scan');
});

test('the customer display: installed, and a problem', async ({ page, counter, rendererUrl }) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const screen = display.getByTestId('customer-screen');
  await page.keyboard.type('austria');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(screen).toHaveAttribute('data-screen', 'scan');
  // The counter window draws its handoff on its own event: S is pressed there once it is on screen.
  await expect(page.getByTestId('simulate-scan-installed')).toBeVisible();
  await page.keyboard.press('s');
  // A read every 2 s, on a machine that may be busy: the wait is generous; the figure is the benchmark's.
  await expect(screen).toHaveAttribute('data-screen', 'installed', { timeout: 15_000 });
  await expectAccessible(display, 'customer installed');

  counter.simulator.account.creditCents = 0;
  await page.keyboard.press('n');
  // Each key once its screen is there: on a busy machine a key can otherwise reach the screen before.
  await page.getByTestId('catalogue-search').waitFor();
  await page.keyboard.type('austria');
  await page.keyboard.press('Enter');
  await page.getByTestId('activate-button').waitFor();
  await page.keyboard.press('Enter');
  await expect(screen).toHaveAttribute('data-screen', 'problem', { timeout: 15_000 });
  await expect(screen).toContainText('You have not been charged');
  await expectAccessible(display, 'customer problem');
});

test('the shift picker, and History’s activity', async ({ page, counter }) => {
  await counter.console.updateSettings({ clerks: ['Mira', 'Jonas'] });
  await expect(page.getByTestId('shift-clerk').first()).toBeFocused();
  await expectAccessible(page, 'shift picker');

  await page.keyboard.press('1');
  await expect(page.getByTestId('end-shift')).toBeVisible();
  await page.getByTestId('open-history').click();
  await page.getByTestId('history-tab-activity').click();
  await expect(page.getByTestId('activity-entry').first()).toBeVisible();
  await expectAccessible(page, 'history activity');
});

test('a regional package’s confirm with its activation choices', async ({ page }) => {
  await page.keyboard.type('europe 1 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activation-mode-ON_DEMAND')).toBeVisible();
  await expectAccessible(page, 'confirm with activation');
});

test('a top-up done', async ({ page, counter }) => {
  const catalogue = await counter.console.listCatalogue();
  const [europe1, europe5] = ['eSIM Europe 1 GB', 'eSIM Europe 5 GB'].map((name) =>
    catalogue.find((item) => item.name === name)!,
  );
  const first = await counter.console.startSale({
    inventoryItemId: europe1!.id,
    expectedPrice: europe1!.retailPrice,
    customerCountry: 'DE',
  });
  await counter.console.leaveHandoff();
  await counter.console.startCareSale({
    kind: 'topup',
    customerUid: first.customerUid!,
    inventoryItemId: europe5!.id,
    expectedPrice: europe5!.retailPrice,
    customerCountry: 'DE',
  });
  await expect(page.getByTestId('handoff-topup-done')).toBeVisible();
  await expectAccessible(page, 'top-up done');
});
