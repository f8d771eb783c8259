// Ways between screens that cross layers (navigation.ts), in Chromium against the real core: a sale shown
// again from History takes the screen even when customer care was open under History.
import { expect, test } from './harness';

test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' }); // receipts have their own tests
});

test('a sale shown again from History is on screen, not hidden behind customer care opened before', async ({
  page,
  counter,
}) => {
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.getByTestId('new-sale').click();
  const [sold] = counter.simulator.account.activations;

  await page.getByTestId('open-care').click();
  await expect(page.getByTestId('care-search')).toBeFocused();
  await page.getByTestId('open-history').click();
  await page.locator(`[data-testid="history-row"][data-sale-id="${sold!.metatag}"]`).click();
  await page.getByTestId('sale-details').getByTestId('show-sale').click();

  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await expect(page.getByTestId('reshow-warning')).toBeVisible();
  await expect(page.getByTestId('care-search')).toHaveCount(0);
  // Leaving it comes back to selling, not to customer care.
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('catalogue-search')).toBeFocused();
});
