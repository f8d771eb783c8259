// A sale Gigastore charged twice, made on purpose through the real core and simulator: the first charge's
// answer is lost and the charge stays out of Gigastore's sales list until the console has given the sale up;
// the clerk sends it again (this simulator charges a metatag again: it ignores the idempotency key) and the
// first charge then appears. The header and History say so; a manager refunds the duplicate (never the
// customer's package) with one action behind the PIN; the alert goes and no second refund is offered.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { packagesOf, sellGivenUp } from './charge-support';
import { expect, saveScreen, test, type Counter } from './harness';
import { rawKeysOn } from './i18n-keys';

// Each sale here waits out the reconciliation window twice (1 s each) before it is given up, and a busy
// machine stretches every step: a minute per test, not the default 30 s.
test.describe.configure({ timeout: 60_000 });

// Watched sales are looked at every 0.3 s instead of every minute, so the second charge is found at once.
test.use({ watchEveryMs: 300 });

/** A sale charged twice: the customer's package (sold second, handed over) and the duplicate (sold first). */
async function chargeTwice(page: Page, counter: Counter) {
  const hidden = await sellGivenUp(page, counter.simulator);
  const saleId = counter.journal.all()[0]!.saleId;
  await page.getByTestId('retry-sale').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  hidden.restore();
  const packages = packagesOf(counter.simulator, saleId);
  expect(packages).toHaveLength(2);
  const customers = counter.journal.get(saleId)!.activatedItemUid!;
  const duplicate = hidden.uid!;
  expect(duplicate).not.toBe(customers);
  return { saleId, duplicate, customers };
}

test('a sale charged twice is flagged in the header and History, and a manager refunds only the duplicate, once', async ({
  page,
  counter,
}) => {
  await counter.console.setManagerPin({ next: '2468' });
  await counter.console.lockManager();
  // A sale charged once, before: History's filter leaves it out.
  await page.getByTestId('catalogue-row').nth(1).click();
  await page.getByTestId('activate-button').click();
  await page.getByTestId('new-sale').click();
  const { saleId, duplicate, customers } = await chargeTwice(page, counter);

  const badge = page.getByTestId('double-charge-badge');
  await expect(badge).toHaveText('Charged twice: 1 sale', { timeout: 5_000 });
  await expect(page.getByRole('alert').filter({ has: badge })).toBeVisible();
  // The sale on screen says it too, with the refund at hand.
  await expect(page.getByTestId('double-charge-alert')).toContainText('Gigastore charged this sale twice');
  await saveScreen(page, 'double-charge-handoff');

  // The badge opens History on just the sales charged twice, whatever their day.
  await badge.click();
  await expect(page.getByTestId('history-double-charged-only')).toBeChecked();
  await expect(page.getByTestId('history-from')).toHaveValue('');
  const rows = page.getByTestId('history-row');
  await expect(page.getByTestId('history-count')).toHaveText('1 sale');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-sale-id', saleId);
  await expect(rows.first().getByTestId('double-charge-tag')).toHaveText('Charged twice');
  await rows.first().click();

  const details = page.getByTestId('sale-details');
  const entry = details.getByTestId('duplicate-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute('data-uid', duplicate);
  await expect(entry).toContainText(`Package ${duplicate}`);
  await expect(entry).toContainText('Not refunded');
  await expect(entry).toContainText('Found ');
  await expect(details.getByTestId('sale-duplicates-sentence')).toContainText('one more package under this sale');
  await expect(details.getByTestId('duplicate-refund-pin')).toBeVisible();
  expect(await seriousViolations(page), 'History with a double-charged sale open').toEqual([]);
  await saveScreen(page, 'double-charge-history');

  // Without the PIN main refuses in its own words; with it, one action refunds.
  await details.getByTestId('duplicate-refund-confirm').click();
  await expect(details.getByTestId('duplicate-refund-error')).toHaveText(
    'A manager must enter the PIN to refund a double charge.',
  );
  expect(counter.simulator.requestCount('/refund')).toBe(0);
  await details.getByTestId('duplicate-refund-pin').fill('2468');
  await details.getByTestId('duplicate-refund-confirm').click();

  const outcome = details.getByTestId('duplicate-refund-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'refunded');
  await expect(outcome).toBeFocused();
  // Gigastore refunded exactly the duplicate, once; the customer's package is untouched.
  const refunds = counter.simulator.requests.filter((request) => request.path.endsWith('/refund'));
  expect(refunds).toHaveLength(1);
  expect(refunds[0]!.path).toContain(duplicate);
  expect(counter.simulator.account.refunded.has(duplicate)).toBe(true);
  expect(counter.simulator.account.refunded.has(customers)).toBe(false);
  expect(counter.simulator.account.ledger.filter((movement) => movement.cents > 0)).toHaveLength(1);

  // The alert is gone; the row and the details say the double charge was refunded; no second refund offered.
  await expect(badge).toHaveCount(0);
  await expect(rows.first().getByTestId('double-charge-tag')).toHaveText('Duplicate refunded');
  await expect(entry).toHaveAttribute('data-refunded', 'true');
  await expect(details.getByTestId('sale-duplicates-sentence')).toHaveText(
    'The double charge was refunded: the customer paid once.',
  );
  await expect(details.getByTestId('duplicate-refund-confirm')).toHaveCount(0);
  const refund = details.getByTestId('sale-refunds').getByTestId('refund-entry');
  await expect(refund).toHaveCount(1);
  await expect(refund).toHaveAttribute('data-outcome', 'refunded');
  await expect(refund.getByTestId('refund-duplicate')).toHaveText(`Duplicate package ${duplicate}`);
  await saveScreen(page, 'double-charge-refunded');
  expect((await counter.console.getOverview()).doubleCharges).toEqual([]);
});

test('on the handoff, a sale found charged twice offers the refund there; Gigastore’s refusal is shown word for word', async ({
  page,
  counter,
}) => {
  // No PIN set (a first run in demo): nothing is guarded and no PIN is asked.
  const { saleId, duplicate } = await chargeTwice(page, counter);
  const alert = page.getByTestId('double-charge-alert');
  await expect(alert).toBeVisible({ timeout: 5_000 });
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await expect(page.getByTestId('duplicate-refund-pin')).toHaveCount(0);

  // Gigastore refuses this time (its monthly refund limit): its sentence, as it came, and the action stays.
  counter.simulator.care.monthlyRefundLimit = 0;
  await page.getByTestId('duplicate-refund-confirm').click();
  const outcome = page.getByTestId('duplicate-refund-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'refused');
  await expect(outcome).toHaveText('The monthly refund limit (0) has been reached.');
  expect(counter.journal.get(saleId)!.refunds).toMatchObject([{ outcome: 'refused', activatedItemUid: duplicate }]);
  await expect(page.getByTestId('double-charge-badge')).toBeVisible();
  await expect(alert).toBeVisible();

  counter.simulator.care.monthlyRefundLimit = 5;

  await page.getByTestId('duplicate-refund-confirm').click();
  await expect(outcome).toHaveAttribute('data-outcome', 'refunded');
  await expect(outcome).toHaveText('Refunded the duplicate charge: its price is back on the account.');
  await expect(alert).toHaveCount(0);
  await expect(page.getByTestId('duplicate-refund-confirm')).toHaveCount(0);
  await expect(page.getByTestId('double-charge-badge')).toHaveCount(0);
  expect(counter.simulator.account.refunded.has(duplicate)).toBe(true);
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
});

test('in German, the double charge in the header, History and the handoff shows no raw key', async ({
  page,
  counter,
}) => {
  const { saleId } = await chargeTwice(page, counter);
  await page.getByRole('button', { name: 'DE – Deutsch' }).click();
  await expect(page.getByTestId('double-charge-badge')).toHaveText('Doppelt berechnet: 1 Verkauf', {
    timeout: 5_000,
  });
  expect(await rawKeysOn(page), 'de handoff').toEqual([]);
  await page.getByTestId('double-charge-badge').click();
  await page.getByTestId('history-row').first().click();
  await expect(page.getByTestId('sale-duplicates')).toContainText('Doppelt berechnet');
  // The sale's error codes (reconcile.no-trace) are shown as they are, for support: they are not keys.
  const codes = counter.journal.get(saleId)!.errors.map((error) => error.code);
  expect(
    (await rawKeysOn(page)).filter((key) => !codes.includes(key)),
    'de history',
  ).toEqual([]);
  await saveScreen(page, 'de-double-charge-history');
});
