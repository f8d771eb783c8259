// Refunds and the care screen's accessibility, against the real core and simulator: the manager PIN asked
// (and main's refusal without it), Gigastore's answer verbatim, the refund slip printed, the refunds in
// History; axe on the care screen and the refund dialog; the care screens in German without a raw key.
import { useData } from '../../src/main/simulator/care';
import { seriousViolations } from './axe';
import { lookUp, lookUpAndOpen, openCustomer, receiptsOff, sell } from './care-support';
import { expect, saveScreen, test } from './harness';
import { rawKeysOn } from './i18n-keys';

receiptsOff();

test('a refund needs the manager PIN, refunds an unused package, and prints its refund slip', async ({
  page,
  counter,
}) => {
  await counter.console.setManagerPin({ next: '2468' });
  await counter.console.lockManager();
  const unused = await sell(page, counter, 'austria 3 gb');

  await lookUpAndOpen(page, unused.iccid);
  await page.getByTestId('care-refund').click();
  const dialog = page.getByTestId('care-refund-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('care-refund-reason')).toBeFocused();
  await dialog.getByTestId('care-refund-confirm').click();
  await expect(dialog.getByTestId('care-refund-error')).toHaveText(
    'Give the reason for the refund (at least 3 characters).',
  );
  await dialog.getByTestId('care-refund-reason').fill('Customer bought the wrong country');
  await dialog.getByTestId('care-refund-confirm').click();
  await expect(dialog.getByTestId('care-refund-error')).toHaveText('A manager must enter the PIN to refund a package.');
  await dialog.getByTestId('care-refund-pin').fill('1111');
  await dialog.getByTestId('care-refund-confirm').click();
  await expect(dialog.getByTestId('care-refund-error')).toHaveText('That PIN is not right.');
  await saveScreen(page, 'care-refund');
  const credit = counter.simulator.account.creditCents;
  await dialog.getByTestId('care-refund-pin').fill('2468');
  await dialog.getByTestId('care-refund-confirm').click();

  const outcome = dialog.getByTestId('care-refund-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'refunded');
  expect(counter.simulator.account.creditCents).toBeGreaterThan(credit);
  expect(counter.journal.get(unused.saleId)?.refunds).toMatchObject([
    { outcome: 'refunded', reason: 'Customer bought the wrong country' },
  ]);
  const jobs = counter.printer.jobs.length;
  await dialog.getByTestId('care-refund-slip').click();
  await expect(dialog.getByTestId('care-refund-slip-result')).toBeVisible();
  expect(counter.printer.jobs.length).toBe(jobs + 1);
  await dialog.getByTestId('care-refund-close').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('care-package').getByTestId('care-package-refunded')).toBeVisible();
  await expect(page.getByTestId('care-refund')).toHaveCount(0);
});

test('a used package’s refund is refused in Gigastore’s words, and History tells both refunds', async ({
  page,
  counter,
}) => {
  // No PIN set (a first run in demo): nothing is guarded and no PIN is asked.
  const unused = await sell(page, counter, 'austria 3 gb');
  const used = await sell(page, counter, 'austria 500 mb');
  useData(counter.simulator.account, used.activatedItemUid, 100);
  const dialog = page.getByTestId('care-refund-dialog');
  const outcome = dialog.getByTestId('care-refund-outcome');

  await lookUpAndOpen(page, unused.iccid);
  await page.getByTestId('care-refund').click();
  await expect(dialog.getByTestId('care-refund-pin')).toHaveCount(0);
  await dialog.getByTestId('care-refund-reason').fill('Wrong country');
  await dialog.getByTestId('care-refund-reason').press('Enter');
  await expect(outcome).toHaveAttribute('data-outcome', 'refunded');
  await page.keyboard.press('Escape');

  await lookUpAndOpen(page, used.iccid);
  await page.getByTestId('care-refund').click();
  await dialog.getByTestId('care-refund-reason').fill('Changed plans');
  await dialog.getByTestId('care-refund-reason').press('Enter');
  await expect(outcome).toHaveAttribute('data-outcome', 'refused');
  await expect(outcome).toHaveText('The package has been used and can no longer be refunded.');
  await expect(dialog.getByTestId('care-refund-slip')).toHaveCount(0);
  await page.keyboard.press('Escape'); // closes the dialog only
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('care-search')).toBeVisible();

  await page.getByTestId('open-history').click();
  await page.locator(`[data-testid="history-row"][data-sale-id="${unused.saleId}"]`).click();
  const refunds = page.getByTestId('sale-refunds').getByTestId('refund-entry');
  await expect(refunds).toHaveCount(1);
  await expect(refunds.first()).toHaveAttribute('data-outcome', 'refunded');
  await expect(refunds.first()).toContainText('Reason: Wrong country');
  await page.locator(`[data-testid="history-row"][data-sale-id="${used.saleId}"]`).click();
  await expect(refunds.first()).toHaveAttribute('data-outcome', 'refused');
  await expect(refunds.first()).toContainText('The package has been used and can no longer be refunded.');
});

test('the care screen with a customer, and the refund dialog asking for the PIN, have no serious axe violation', async ({
  page,
  counter,
}) => {
  await counter.console.setManagerPin({ next: '2468' });
  await counter.console.lockManager();
  const sold = await sell(page, counter, 'europe 1 gb', { email: 'someone@example.com' });
  await lookUpAndOpen(page, sold.iccid);
  await expect(page.getByTestId('care-customer')).toHaveCount(1);
  expect(await seriousViolations(page), 'care with a customer').toEqual([]);

  await page.getByTestId('care-refund').click();
  await expect(page.getByTestId('care-refund-pin')).toBeVisible();
  expect(await seriousViolations(page), 'refund dialog').toEqual([]);
});

test('in German, Customer care, the refund dialog, a top-up’s confirm and the activity show no raw key', async ({
  page,
  counter,
}) => {
  const sold = await sell(page, counter, 'europe 1 gb', { email: 'someone@example.com' });
  await page.getByRole('button', { name: 'DE – Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const screen = async (name: string) => {
    expect(await rawKeysOn(page), name).toEqual([]);
    await saveScreen(page, name);
  };

  await lookUp(page, sold.iccid);
  await expect(page.getByTestId('care-match').getByTestId('care-open')).toHaveText('Öffnen');
  await screen('de-care-list');
  await openCustomer(page, sold.customerUid);
  await expect(page.getByTestId('care-customer')).toContainText('Aufladen');
  await screen('de-care');
  await page.getByTestId('care-refund').click();
  await expect(page.getByTestId('care-refund-dialog')).toContainText('Grund (Pflichtfeld)');
  await screen('de-care-refund');
  await page.keyboard.press('Escape');
  await page.getByTestId('care-topup').click();
  await expect(page.getByTestId('care-picker')).toContainText('Aufladung für someone@example.com');
  await screen('de-care-pick');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activation-mode')).toContainText('Bei erster Nutzung (empfohlen)');
  await screen('de-care-confirm');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByTestId('open-history').click();
  await page.getByTestId('history-tab-activity').click();
  await expect(page.getByTestId('activity-entry').first()).toBeVisible();
  await screen('de-history-activity');
});
