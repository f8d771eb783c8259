// Customer care in Chromium, against the real core, journal and simulator: a customer found by ICCID and by
// the start of their email; a top-up offered only in their coverage set (and another set refused by
// Gigastore, nothing charged); a second eSIM whose QR decodes off the screen; refunds behind the manager PIN
// with Gigastore's refusal verbatim and a refund slip; an ON_DEMAND package started on request; and the
// activation choice on the confirm screen, recorded in the journal.
import type { Page } from '@playwright/test';
import type { ActivationMode } from '../../src/shared/gigastore';
import { useData } from '../../src/main/simulator/care';
import { seriousViolations } from './axe';
import { expect, saveScreen, test, type Counter } from './harness';
import { rawKeysOn } from './i18n-keys';
import { decodeWithJsQr } from '../support/qr';

// Receipts have their own tests: printing each to PDF would only slow these down (the refund slip prints).
test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' });
});

interface Sold {
  saleId: string;
  customerUid: string;
  iccid: string;
  activatedItemUid: string;
}

/** Sells the first package the search finds, through the confirm screen, and goes back to a new sale. */
async function sell(
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

async function lookUp(page: Page, text: string): Promise<void> {
  if (!(await page.getByTestId('care-search').isVisible())) await page.getByTestId('open-care').click();
  await page.getByTestId('care-search').fill(text);
  await page.getByTestId('care-search').press('Enter');
}

test('a regional sale is found in Customer care by its ICCID and by the start of its email', async ({
  page,
  counter,
}) => {
  const sold = await sell(page, counter, 'europe 1 gb', { email: 'someone@example.com' });

  // C opens Customer care where no box takes the letter.
  await page.getByTestId('catalogue-search').blur();
  await page.keyboard.press('c');
  await expect(page.getByTestId('care-search')).toBeFocused();
  await lookUp(page, sold.iccid);
  const customer = page.getByTestId('care-customer');
  await expect(customer).toHaveCount(1);
  await expect(customer).toHaveAttribute('data-customer-uid', sold.customerUid);
  await expect(customer.getByTestId('care-email')).toHaveText('someone@example.com');
  await expect(customer.getByTestId('care-coverage')).toHaveAttribute('data-coverage-set', 'EUR');
  await expect(customer.getByTestId('care-coverage')).toHaveText('Region EUR');
  const esim = customer.getByTestId('care-esim');
  await expect(esim).toHaveCount(1);
  await expect(esim).toHaveAttribute('data-state', 'RELEASED');
  await expect(esim.getByTestId('care-esim-iccid')).toHaveText(sold.iccid);
  await expect(esim).toContainText(counter.simulator.account.esim(sold.iccid)!.imsi!);
  const pkg = customer.getByTestId('care-package');
  await expect(pkg).toHaveCount(1);
  await expect(pkg).toHaveAttribute('data-uid', sold.activatedItemUid);
  await expect(pkg).toContainText('eSIM Europe 1 GB');
  await expect(pkg).toHaveAttribute('data-mode', 'FIRST_USE'); // a regional package starts on first use
  await expect(pkg.getByTestId('care-package-activated')).toHaveText('Not started yet');
  await saveScreen(page, 'care');

  await lookUp(page, 'someone@');
  await expect(customer).toHaveCount(1);
  await expect(customer).toHaveAttribute('data-customer-uid', sold.customerUid);
  await lookUp(page, 'nobody@example.com');
  await expect(page.getByTestId('care-count')).toHaveText('No customer found. Check the ICCID or the email address.');
  await expect(customer).toHaveCount(0);
  await lookUp(page, '12345');
  await expect(page.getByTestId('care-error')).toHaveText('An ICCID is 6 to 22 digits.');

  // Escape clears the box, then leaves.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('care-search')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue-search')).toBeVisible();
});

test('an eSIM still to install shows its QR again with the install limit; a failed one gives support its ICCID and IMSI', async ({
  page,
  counter,
}) => {
  const waiting = await sell(page, counter, 'austria 3 gb');
  const failed = await sell(page, counter, 'austria 500 mb');
  counter.simulator.scan(failed.iccid, 'ERROR', 0);
  await expect.poll(() => counter.simulator.account.esim(failed.iccid)?.state).toBe('ERROR');

  await lookUp(page, waiting.iccid);
  await page.getByTestId('care-reshow').click();
  const dialog = page.getByTestId('care-reshow-dialog');
  await expect(dialog.getByTestId('care-reshow-warning')).toHaveText(
    'An eSIM installs at most 5 times, and deleting and installing it again counts each time. Show this QR only to the same customer.',
  );
  await expect(dialog.getByTestId('care-reshow-close')).toBeFocused();
  expect(decodeWithJsQr(await saveScreen(page, 'care-reshow'))).toBe(
    counter.simulator.account.esim(waiting.iccid)!.activationCode,
  );
  await page.keyboard.press('Escape'); // the dialog only: the care screen stays
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('care-support-path')).toHaveCount(0);

  await lookUp(page, failed.iccid);
  const esim = page.getByTestId('care-esim');
  await expect(esim).toHaveAttribute('data-state', 'ERROR');
  await expect(esim.getByTestId('care-reshow')).toHaveCount(0);
  const imsi = counter.simulator.account.esim(failed.iccid)!.imsi!;
  await expect(esim.getByTestId('care-support-path')).toHaveText(
    `This eSIM cannot be installed from here. Contact support with the ICCID ${failed.iccid} and the IMSI ${imsi}.`,
  );
});

test('a top-up offers only the customer’s coverage set, sells once on the same customer, and says it was added', async ({
  page,
  counter,
}) => {
  const sold = await sell(page, counter, 'europe 1 gb', { email: 'someone@example.com' });
  const catalogue = await counter.console.listCatalogue();
  const europe = catalogue.filter((item) => item.countrySet === 'EUR').map((item) => item.id);

  await lookUp(page, sold.iccid);
  await page.getByTestId('care-topup').click();
  await expect(page.getByTestId('care-picker')).toHaveAttribute('data-coverage-set', 'EUR');
  const rows = page.getByTestId('catalogue-row');
  await expect(rows).toHaveCount(europe.length);
  expect(new Set(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-item-id'))))).toEqual(
    new Set(europe),
  );
  // Escape on the empty search goes back to the customer, as found.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('care-customer')).toHaveAttribute('data-customer-uid', sold.customerUid);
  await page.getByTestId('care-topup').click();

  await page.keyboard.type('5 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('confirm-care')).toHaveAttribute('data-kind', 'topup');
  await expect(page.getByTestId('confirm-care')).toContainText('someone@example.com');
  await expect(page.getByTestId('customer-email')).toHaveCount(0); // the customer is known
  await expect(page.getByTestId('activate-button')).toBeFocused();
  await page.keyboard.press('Enter');

  const done = page.getByTestId('handoff-topup-done');
  await expect(done).toBeVisible();
  await expect(done).toContainText("Top-up added to the customer's eSIM");
  await expect(done.getByTestId('receipt-panel')).toBeVisible();
  await expect(page.getByTestId('handoff-qr')).toHaveCount(0);
  const { activations } = counter.simulator.account;
  expect(activations).toHaveLength(2);
  expect(activations[1]).toMatchObject({ customerUid: sold.customerUid, iccid: '' });
  const topUp = counter.journal.get(activations[1]!.metatag)!;
  expect(topUp).toMatchObject({ kind: 'topup', status: 'completed', customerUid: sold.customerUid });
  expect(topUp.item.name).toBe('eSIM Europe 5 GB');
  await expect(done.getByTestId('new-sale')).toBeVisible();
  await saveScreen(page, 'handoff-topup');

  // History names each sale's kind; the first sale's customer opens in Customer care with both packages.
  await page.keyboard.press('n');
  await page.getByTestId('open-history').click();
  const historyRows = page.getByTestId('history-row');
  await expect(historyRows.nth(0).getByTestId('row-kind')).toHaveText('Top-up');
  await expect(historyRows.nth(1).getByTestId('row-kind')).toHaveText('First sale');
  await historyRows.nth(0).click();
  await expect(page.getByTestId('sale-detail-kind')).toHaveText('Top-up');
  await historyRows.nth(1).click();
  await page.getByTestId('history-lookup').click();
  await expect(page.getByTestId('care-search')).toHaveValue(sold.iccid);
  await expect(page.getByTestId('care-customer').getByTestId('care-package')).toHaveCount(2);
});

test('a top-up of another coverage set is refused by Gigastore with its sentence, and nothing is charged', async ({
  page,
  counter,
}) => {
  const sold = await sell(page, counter, 'europe 1 gb');
  const austria = (await counter.console.listCatalogue()).find((item) => item.countrySet === 'AT')!;
  const credit = counter.simulator.account.creditCents;

  // Only a caller outside the screen can ask for it: the care screen offers the customer's set alone.
  await counter.console.startCareSale({
    kind: 'topup',
    customerUid: sold.customerUid,
    inventoryItemId: austria.id,
    expectedPrice: austria.retailPrice,
    customerCountry: 'DE',
  });
  const phase = page.getByTestId('handoff-phase');
  await expect(phase).toHaveAttribute('data-phase', 'failed');
  await expect(phase).toContainText("This customer's packages cover EUR");
  await expect(phase).toContainText('Nothing was charged.');
  expect(counter.simulator.account.activations).toHaveLength(1);
  expect(counter.simulator.account.creditCents).toBe(credit);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue-search')).toBeFocused();
});

test('with the coverage unknown every package is offered, with a note; Gigastore refuses another set and nothing is charged', async ({
  page,
  counter,
}) => {
  // A customer this counter never sold to, whose package Gigastore names in a way the inventory does not.
  const europe = (await counter.console.listCatalogue()).find((item) => item.name === 'eSIM Europe 1 GB')!;
  const { account } = counter.simulator;
  const elsewhere = account.register(
    {
      inventoryItemId: europe.id,
      metatag: 'OTHER-SHOP-1',
      customerEmail: 'elsewhere@example.com',
      userIp: '192.0.2.1',
      userCountry: 'DE',
      expectedPrice: europe.retailPrice,
    },
    new Date(),
  );
  account.customers.get(elsewhere.customer.uid)!.items[0]!.balance!.name = 'Legacy travel bundle';
  const credit = account.creditCents;

  await lookUp(page, 'elsewhere@');
  await expect(page.getByTestId('care-coverage')).toHaveText('Not known');
  await page.getByTestId('care-topup').click();
  await expect(page.getByTestId('care-coverage-note')).toContainText('Gigastore refuses a package of another coverage');
  await expect(page.getByTestId('catalogue-count')).toContainText(`${account.inventory.length} packages`);
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('confirm-care')).toContainText('elsewhere@example.com');
  await page.keyboard.press('Enter');

  const phase = page.getByTestId('handoff-phase');
  await expect(phase).toHaveAttribute('data-phase', 'failed');
  await expect(phase).toContainText("This customer's packages cover EUR");
  await expect(phase).toContainText('Nothing was charged.');
  expect(account.activations).toHaveLength(1);
  expect(account.creditCents).toBe(credit);
});

test('a new eSIM for a new phone shows its own QR, which decodes to the new eSIM’s code', async ({ page, counter }) => {
  const sold = await sell(page, counter, 'europe 1 gb', { email: 'someone@example.com' });
  await lookUp(page, 'someone@example.com');
  await page.getByTestId('care-second-esim').click();
  await expect(page.getByTestId('care-picker')).toHaveAttribute('data-kind', 'second-esim');
  await page.getByTestId('catalogue-row').first().click();
  await expect(page.getByTestId('confirm-care')).toHaveAttribute('data-kind', 'second-esim');
  await page.getByTestId('activate-button').click();

  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  const second = counter.simulator.account.activations[1]!;
  expect(second.customerUid).toBe(sold.customerUid);
  expect(second.iccid).not.toBe(sold.iccid);
  await expect(page.getByTestId('handoff-iccid')).toHaveText(second.iccid);
  const code = counter.simulator.account.esim(second.iccid)!.activationCode;
  expect(code).not.toBe(counter.simulator.account.esim(sold.iccid)!.activationCode);
  expect(decodeWithJsQr(await saveScreen(page, 'care-second-esim'))).toBe(code);
  // Followed live like a first sale.
  await page.keyboard.press('s');
  await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'INSTALLED', { timeout: 5_000 });
});

test('a refund needs the manager PIN, refunds an unused package with a slip, and shows Gigastore’s refusal verbatim', async ({
  page,
  counter,
}) => {
  await counter.console.setManagerPin({ next: '2468' });
  await counter.console.lockManager();
  const unused = await sell(page, counter, 'austria 3 gb');
  const used = await sell(page, counter, 'austria 500 mb');
  useData(counter.simulator.account, used.activatedItemUid, 100);

  await lookUp(page, unused.iccid);
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

  // Unlocked now: no PIN asked. A used package is refused in Gigastore's own words.
  await lookUp(page, used.iccid);
  await page.getByTestId('care-refund').click();
  await expect(dialog.getByTestId('care-refund-pin')).toHaveCount(0);
  await dialog.getByTestId('care-refund-reason').fill('Changed plans');
  await dialog.getByTestId('care-refund-reason').press('Enter');
  await expect(outcome).toHaveAttribute('data-outcome', 'refused');
  await expect(outcome).toHaveText('The package has been used and can no longer be refunded.');
  await expect(dialog.getByTestId('care-refund-slip')).toHaveCount(0);
  await page.keyboard.press('Escape'); // closes the dialog only
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('care-search')).toBeVisible();
});

test('an ON_DEMAND worldwide package is started later from Customer care', async ({ page, counter }) => {
  await page.getByTestId('catalogue-search').fill('worldwide 1 gb');
  await page.getByTestId('catalogue-row').first().click();
  const mode = page.getByTestId('activation-mode');
  await expect(mode).toHaveAttribute('data-value', 'NOW'); // Gigastore's advice for worldwide
  await expect(page.getByTestId('activation-mode-NOW')).toBeChecked();
  await page.getByTestId('activation-mode-ON_DEMAND').check();
  await expect(page.getByTestId('activation-mode-hint')).toContainText('started on request');
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  const [activation] = counter.simulator.account.activations;
  expect(counter.journal.get(activation!.metatag)?.activationMode).toBe('ON_DEMAND');
  await page.getByTestId('new-sale').click();

  await lookUp(page, activation!.iccid);
  const pkg = page.getByTestId('care-package');
  await expect(pkg).toHaveAttribute('data-mode', 'ON_DEMAND');
  await expect(pkg.getByTestId('care-package-activated')).toHaveText('Not started yet');
  await pkg.getByTestId('care-start-package').click();
  await expect(pkg.getByTestId('care-start-package')).toHaveCount(0);
  await expect(pkg.getByTestId('care-package-activated')).not.toHaveText('Not started yet');
  await expect(pkg.getByTestId('care-package-activated')).toHaveText(/\d{4}/); // a date, in the UI language
  expect(counter.journal.get(activation!.metatag)?.startedOnDemandAt).toEqual(expect.any(String));
});

test('a single-country package is activated on first use by default, never on demand, as the journal records', async ({
  page,
  counter,
}) => {
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activation-mode')).toHaveAttribute('data-value', 'FIRST_USE');
  await expect(page.getByTestId('activation-mode-FIRST_USE')).toBeChecked();
  await expect(page.getByTestId('activation-mode-FIRST_USE')).toHaveAccessibleName('On first use (recommended)');
  await expect(page.getByTestId('activation-mode-NOW')).not.toBeChecked();
  await expect(page.getByTestId('activation-mode-ON_DEMAND')).toHaveCount(0);
  await expect(page.getByTestId('activation-mode-hint')).toContainText('first uses data');
  // The choice adds nothing to the keyboard path: Activate has the focus, Enter sells.
  await expect(page.getByTestId('activate-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  expect(counter.journal.all()).toHaveLength(1);
  expect(counter.journal.all()[0]?.activationMode).toBe('FIRST_USE');

  // A regional package offers ON_DEMAND, and what is chosen is what is recorded.
  await page.keyboard.press('n');
  await page.keyboard.type('europe 1 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activation-mode-ON_DEMAND')).toBeVisible();
  await page.getByTestId('activation-mode-NOW').check();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  const europe = counter.journal.get(counter.simulator.account.activations[1]!.metatag);
  expect(europe?.activationMode).toBe('NOW');
});

test('the care screen with a customer, and the refund dialog asking for the PIN, have no serious axe violation', async ({
  page,
  counter,
}) => {
  await counter.console.setManagerPin({ next: '2468' });
  await counter.console.lockManager();
  const sold = await sell(page, counter, 'europe 1 gb', { email: 'someone@example.com' });
  await lookUp(page, sold.iccid);
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
