// What the customer care tests share: a sale through the confirm screen (back to a new sale afterwards),
// a look-up in Customer care and opening a customer it found. Receipts are off: printing each to PDF would
// only slow these tests down.
import type { Page } from '@playwright/test';
import type { ActivationMode } from '../../src/shared/gigastore';
import { expect, test, type Counter } from './harness';

export function receiptsOff(): void {
  test.beforeEach(async ({ counter }) => {
    await counter.console.updateSettings({ autoPrint: 'off' });
  });
}

export interface Sold {
  saleId: string;
  customerUid: string;
  iccid: string;
  activatedItemUid: string;
}

/** Sells the first package the search finds, through the confirm screen, and goes back to a new sale. */
export async function sell(
  page: Page,
  counter: Counter,
  search: string,
  options: { email?: string; mode?: ActivationMode } = {},
): Promise<Sold> {
  await page.getByTestId('catalogue-search').fill(search);
  await page.getByTestId('catalogue-row').first().click();
  if (options.email) await page.getByTestId('customer-email').fill(options.email);
  if (options.mode) await page.getByTestId(`activation-mode-${options.mode}`).check();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  const activation = counter.simulator.account.activations.at(-1)!;
  const sale = counter.journal.get(activation.metatag)!;
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('catalogue-search')).toBeVisible();
  return {
    saleId: sale.saleId,
    customerUid: activation.customerUid,
    iccid: activation.iccid,
    activatedItemUid: sale.activatedItemUid!,
  };
}

export async function lookUp(page: Page, text: string): Promise<void> {
  if (!(await page.getByTestId('care-search').isVisible())) await page.getByTestId('open-care').click();
  await page.getByTestId('care-search').fill(text);
  await page.getByTestId('care-search').press('Enter');
}

/** Opens the customer `customerUid` from the look-up's list (the only one listed when absent). */
export async function openCustomer(page: Page, customerUid?: string): Promise<void> {
  const match = page.getByTestId('care-match');
  const row = customerUid ? page.locator(`[data-testid="care-match"][data-customer-uid="${customerUid}"]`) : match;
  if (!customerUid) await expect(match).toHaveCount(1);
  await row.getByTestId('care-open').click();
  await expect(page.getByTestId('care-customer')).toHaveCount(1);
  if (customerUid) await expect(page.getByTestId('care-customer')).toHaveAttribute('data-customer-uid', customerUid);
}

/** A look-up that finds exactly this customer, opened. */
export async function lookUpAndOpen(page: Page, text: string, customerUid?: string): Promise<void> {
  await lookUp(page, text);
  await openCustomer(page, customerUid);
}
