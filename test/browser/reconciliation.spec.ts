// What reconciliation learns after the fact, as the clerk sees it, against the real core and simulator: a
// sale given up on screen that Gigastore charged late (its QR handed over after all, said once, and shown
// again from History), background checks with Gigastore that keep failing (counted in the header, with the
// last sentence, until one succeeds), and a sale whose journal record is damaged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCatalogueItem } from '../../src/shared/catalogue';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { newSaleId } from '../../src/main/core/sale-id';
import { demoCatalogue } from '../../src/main/simulator/catalogue';
import { decodeWithJsQr } from '../support/qr';
import { sellGivenUp } from './charge-support';
import { expect, saveScreen, test } from './harness';

// Each sale here waits out the reconciliation window twice (1 s each) before it is given up, and a busy
// machine stretches every step: a minute per test, not the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.describe('with watched sales looked at every 0.3 s', () => {
  test.use({ watchEveryMs: 300 });

  test('a sale given up on screen that Gigastore charged late shows its QR, says so once, and History tells it', async ({
    page,
    counter,
  }) => {
    const hidden = await sellGivenUp(page, counter.simulator);
    await expect(page.getByTestId('handoff-phase')).toContainText('Nothing was charged.');
    const saleId = counter.journal.all()[0]!.saleId;

    // The charge lands late: the watch finds it, the QR comes on screen, and the clerk is told once.
    hidden.restore();
    await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 5_000 });
    await expect(page.getByTestId('late-charge-note')).toHaveText(
      'It went through after all: Gigastore charged this sale late. Hand the eSIM over as usual.',
    );
    const [activation] = counter.simulator.account.activations;
    await expect(page.getByTestId('handoff-iccid')).toHaveText(activation!.iccid);
    const code = counter.simulator.account.esim(activation!.iccid)!.activationCode;
    expect(decodeWithJsQr(await saveScreen(page, 'late-charge-handoff'))).toBe(code);
    expect(counter.journal.get(saleId)).toMatchObject({ status: 'completed', completedVia: 'late', attempts: 1 });
    expect(counter.simulator.requestCount('/register')).toBe(1);

    await page.getByTestId('new-sale').click();
    await page.getByTestId('open-history').click();
    const row = page.locator(`[data-testid="history-row"][data-sale-id="${saleId}"]`);
    await expect(row).toHaveAttribute('data-status', 'completed');
    await row.click();
    const details = page.getByTestId('sale-details');
    await expect(details.getByTestId('sale-detail-completed-via')).toHaveText(
      'Found at Gigastore after it was given up (a late charge)',
    );
    await expect(details.getByTestId('sale-late-note')).toContainText('went through after all');
    await saveScreen(page, 'late-charge-history');

    // Its QR again, like any completed sale whose eSIM is not installed; the late-charge sentence is not repeated.
    await details.getByTestId('show-sale').click();
    await expect(page.getByTestId('handoff-qr')).toBeVisible();
    await expect(page.getByTestId('reshow-warning')).toBeVisible();
    await expect(page.getByTestId('late-charge-note')).toHaveCount(0);
    expect(decodeWithJsQr(await saveScreen(page, 'late-charge-reshown'))).toBe(code);
  });

  test('failing background checks with Gigastore are counted in the header with the last sentence, and clear once one succeeds', async ({
    page,
    counter,
  }) => {
    // A sale whose answer was lost, found by the check: it went through, and stays watched for a day.
    counter.simulator.faults.add({ path: '/register', action: 'reset', commit: true });
    await page.getByTestId('catalogue-row').first().click();
    await page.getByTestId('activate-button').click();
    await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 5_000 });
    const failing = page.getByTestId('checks-failing');
    await expect(failing).toHaveCount(0);

    // Then Gigastore's sales list answers 503 over and over: every look at the watched sale fails.
    counter.simulator.faults.add({ path: '/activated-items', action: 'status', status: 503, times: 10_000 });
    await expect(failing).toHaveText(/^Checks with Gigastore failing \(\d+\)$/, { timeout: 10_000 });
    await expect
      .poll(async () => Number(await failing.getAttribute('data-count')), { timeout: 10_000 })
      .toBeGreaterThan(1);
    const { message } = (await counter.console.getOverview()).reconcileFailures;
    expect(message).toBeTruthy();
    await expect(failing).toHaveAttribute('title', /^The last check said: /);
    await expect(failing).toHaveAccessibleDescription(/^The last check said: /);
    await saveScreen(page, 'checks-failing');

    // The list answers again: the next look succeeds (and finds nothing new), and the count clears.
    counter.simulator.faults.clear();
    await expect(failing).toHaveCount(0, { timeout: 5_000 });
    expect((await counter.console.getOverview()).reconcileFailures.count).toBe(0);
    await expect(page.getByTestId('handoff-qr')).toBeVisible();
  });
});

test.describe('a journal with a damaged record in the middle', () => {
  const saleId = newSaleId('C1');
  test.use({
    // An earlier run sold this package; the record that said it went through was damaged on the disk since.
    seedDataDir: async ({}, use) =>
      use((dataDir: string) => {
        const item = toCatalogueItem(demoCatalogue()[0]!);
        const journal = SalesJournal.open(dataDir);
        const at = new Date().toISOString();
        journal.record({
          type: 'begun',
          saleId,
          at,
          counterId: 'C1',
          mode: 'live',
          gigastore: 'https://api.giga.store/',
          item,
          price: item.retailPrice,
          customerCountry: 'AT',
          userIp: '203.0.113.7',
        });
        journal.record({ type: 'completed', saleId, at, via: 'response', customerUid: 'c', activatedItemUid: 'i' });
        journal.record({ type: 'state', saleId, at, state: 'INSTALLED' });
        journal.close();
        const path = join(dataDir, 'sales.journal');
        const lines = readFileSync(path, 'utf8').split('\n');
        lines[1] = lines[1]!.replace('"response"', '"respXnse"');
        writeFileSync(path, lines.join('\n'));
      }),
  });

  test('shows its sale as "Damaged record: check with Gigastore" in the list and the details', async ({ page }) => {
    await page.getByTestId('open-history').click();
    const row = page.locator(`[data-testid="history-row"][data-sale-id="${saleId}"]`);
    await expect(row).toHaveAttribute('data-damaged', 'true');
    await expect(row.getByTestId('sale-status')).toHaveText('Damaged record: check with Gigastore');
    await row.click();
    const details = page.getByTestId('sale-details');
    await expect(details.getByTestId('sale-status')).toHaveText('Damaged record: check with Gigastore');
    await expect(details.getByTestId('sale-damaged')).toContainText('Check the sale in the Gigastore portal');
    await saveScreen(page, 'damaged-sale');
  });
});
