// Customer care in Chromium, against the real core, journal and simulator: a customer found by ICCID and by
// the start of their email (listed masked) and opened, the QR again and the support path; a top-up offered only in their coverage set
// (another set refused by Gigastore, nothing charged, also when the set is not known); a second eSIM whose
// QR decodes off the screen.
import { decodeWithJsQr } from '../support/qr';
import { lookUp, lookUpAndOpen, openCustomer, receiptsOff, sell } from './care-support';
import { expect, saveScreen, test } from './harness';

receiptsOff();

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
  const match = page.getByTestId('care-match');
  await expect(match).toHaveCount(1);
  await expect(match).toHaveAttribute('data-customer-uid', sold.customerUid);
  await expect(match.getByTestId('care-match-email')).toHaveText('s***@example.com');
  await expect(match.getByTestId('care-match-iccid')).toHaveText(sold.iccid); // typed in full by the clerk
  await expect(match.getByTestId('care-match-coverage')).toHaveText('Region EUR');
  const customer = page.getByTestId('care-customer');
  await expect(customer).toHaveCount(0); // nothing more until the clerk opens them
  await openCustomer(page, sold.customerUid);
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
  await expect(customer).toHaveCount(0);
  await expect(match).toHaveCount(1);
  await expect(match).toHaveAttribute('data-customer-uid', sold.customerUid);
  await expect(match.getByTestId('care-match-iccid')).toHaveText(`…${sold.iccid.slice(-4)}`);
  await lookUp(page, 'nobody@example.com');
  await expect(page.getByTestId('care-count')).toHaveText('No customer found. Check the ICCID or the email address.');
  await expect(match).toHaveCount(0);
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

  await lookUpAndOpen(page, waiting.iccid);
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

  await lookUpAndOpen(page, failed.iccid);
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

  await lookUpAndOpen(page, sold.iccid);
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
  // Escape goes back to the packages as they were searched; Enter picks the same one again.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue-search')).toHaveValue('5 gb');
  await page.keyboard.press('Enter');
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

  // History names each sale's kind; the customer opens in Customer care with both packages.
  await page.keyboard.press('n');
  await page.getByTestId('open-history').click();
  const historyRows = page.getByTestId('history-row');
  await expect(historyRows.nth(0).getByTestId('row-kind')).toHaveText('Top-up');
  await expect(historyRows.nth(1).getByTestId('row-kind')).toHaveText('First sale');
  await historyRows.nth(1).click();
  await expect(page.getByTestId('sale-detail-kind')).toHaveText('First sale');
  await historyRows.nth(0).click();
  await expect(page.getByTestId('sale-detail-kind')).toHaveText('Top-up');
  // The top-up has no eSIM of its own: its customer is looked up by the eSIM it went onto.
  await page.getByTestId('history-lookup').click();
  await expect(page.getByTestId('care-search')).toHaveValue(sold.iccid);
  await expect(page.getByTestId('care-match').getByTestId('care-match-packages')).toHaveText('2 packages');
  await openCustomer(page, sold.customerUid);
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
  await expect(page.getByTestId('care-match-coverage')).toHaveText('Not known');
  await openCustomer(page, elsewhere.customer.uid);
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
  await lookUpAndOpen(page, 'someone@example.com', sold.customerUid);
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
