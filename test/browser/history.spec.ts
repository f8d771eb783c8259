// History, uncertain sales and offline selling in Chromium, against the real core, journal and simulator:
// sales found by ICCID and refreshed from Gigastore, a QR shown again (decoded off the screen), the CSV
// export, a sale whose answer was lost (resolved by reconciliation, or proven not charged and sent again
// under the same sale id), selling paused while Gigastore is unreachable, and no double Activate.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodeWithJsQr } from '../support/qr';
import { expect, saveScreen, test } from './harness';

async function sell(page: Page, row = 0): Promise<void> {
  await page.getByTestId('catalogue-row').nth(row).click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
}

async function newSale(page: Page): Promise<void> {
  await page.getByTestId('new-sale').click();
  await expect(page.getByTestId('catalogue-search')).toBeFocused();
}

/** Today as the store's wall clock has it, the way a date input writes it. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('history lists sales newest first, finds one by ICCID and refreshes its eSIM state from Gigastore', async ({
  page,
  counter,
}) => {
  await sell(page, 0);
  await newSale(page);
  await sell(page, 1);
  await newSale(page);
  const [first, second] = counter.simulator.account.activations;

  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-from')).toHaveValue(today());
  await expect(page.getByTestId('history-to')).toHaveValue(today());
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-sale-id', second!.metatag);
  await expect(rows.nth(1)).toHaveAttribute('data-sale-id', first!.metatag);
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'completed');
  await expect(rows.nth(0).getByTestId('sale-status')).toHaveText('Completed');
  await expect(rows.nth(0).getByTestId('demo-tag')).toBeVisible();
  await expect(rows.nth(1).getByTestId('row-iccid')).toHaveText(first!.iccid);

  await page.getByTestId('history-search').fill(first!.iccid);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-sale-id', first!.metatag);

  // Keyboard: arrow down from the search box onto the row, Enter opens the details.
  await page.getByTestId('history-search').press('ArrowDown');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('Enter');
  const details = page.getByTestId('sale-details');
  await expect(details.getByTestId('sale-detail-id')).toHaveText(first!.metatag);
  await expect(details.getByTestId('sale-detail-iccid')).toHaveText(first!.iccid);
  await expect(details.getByTestId('sale-detail-completed-via')).toHaveText("Gigastore's answer");
  await expect(details.getByTestId('timeline-entry')).toHaveCount(1);
  await expect(details.getByTestId('timeline-entry').first()).toHaveAttribute('data-state', 'RELEASED');
  await expect(details.getByTestId('show-sale')).toBeVisible();

  // The customer installs it while the sale is no longer on screen: only a refresh can know.
  counter.simulator.scan(first!.iccid, 'INSTALLED', 0);
  await expect.poll(() => counter.simulator.account.esim(first!.iccid)?.state).toBe('INSTALLED');
  await expect(details.getByTestId('sale-esim-state')).toHaveAttribute('data-state', 'RELEASED');
  await details.getByTestId('refresh-sale').click();
  await expect(details.getByTestId('sale-esim-state')).toHaveAttribute('data-state', 'INSTALLED');
  await expect(details.getByTestId('timeline-entry')).toHaveCount(2);
  await expect(details.getByTestId('timeline-entry').nth(1)).toHaveAttribute('data-state', 'INSTALLED');
  // Installed: its code is used up, so there is no showing it again.
  await expect(details.getByTestId('show-sale')).toHaveCount(0);
  await expect(rows.first().getByTestId('row-esim-state')).toHaveAttribute('data-state', 'INSTALLED');
  await saveScreen(page, 'history');

  // Escape closes the details (focus back on the row), then the screen.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue-search')).toBeVisible();
});

test('a QR shown again from History decodes to the same activation code, with the one-install warning', async ({
  page,
  counter,
}) => {
  await sell(page);
  await expect(page.getByTestId('reshow-warning')).toHaveCount(0);
  await newSale(page);
  const [activation] = counter.simulator.account.activations;

  // H opens History where no box takes the letter (focus on the page, not in the search box).
  await page.getByTestId('catalogue-search').blur();
  await page.keyboard.press('h');
  await page.getByTestId('history-row').first().click();
  const details = page.getByTestId('sale-details');
  await expect(details.getByTestId('reshow-warning')).toContainText('only to the same customer');
  await details.getByTestId('show-sale').click();

  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await expect(page.getByTestId('reshow-warning')).toContainText('An activation code works for one installation');
  await expect(page.getByTestId('handoff-iccid')).toHaveText(activation!.iccid);
  const screen = await saveScreen(page, 'reshown');
  expect(decodeWithJsQr(screen)).toBe(counter.simulator.account.esim(activation!.iccid)!.activationCode);
  expect(counter.simulator.account.activations).toHaveLength(1);

  // Followed live again: the customer's scan reaches the screen.
  await page.getByTestId('simulate-scan-installed').click();
  await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'INSTALLED', { timeout: 5_000 });
  await newSale(page);
  await sell(page);
  await expect(page.getByTestId('reshow-warning')).toHaveCount(0);
});

test('the CSV export for today holds one line per sale and no activation code', async ({ page, counter }) => {
  await sell(page, 0);
  await newSale(page);
  await sell(page, 2);
  await newSale(page);
  const activations = counter.simulator.account.activations;

  await page.getByTestId('open-history').click();
  await expect(page.getByTestId('history-row')).toHaveCount(2);
  await page.getByTestId('export-csv').click();
  const result = page.getByTestId('export-result');
  await expect(result).toContainText(`esim-sales-${today()}.csv`);
  const path = (await result.getAttribute('title'))!;

  const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^sale_id,/);
  expect(lines).toHaveLength(1 + activations.length);
  for (const activation of activations) {
    expect(lines.filter((line) => line.startsWith(`${activation.metatag},`))).toHaveLength(1);
    const code = counter.simulator.account.esim(activation.iccid)!.activationCode;
    const matchingId = code.split('$')[2]!;
    expect(lines.join('\n')).not.toContain(code);
    expect(lines.join('\n')).not.toContain(matchingId);
  }
});

test('a sale whose answer was lost is checked, then handed over by itself once Gigastore shows it', async ({
  page,
  counter,
}) => {
  // Gigastore makes the sale but never answers; its sales list is slow, so the check takes a moment.
  counter.simulator.faults.add({ path: '/register', action: 'hang', commit: true });
  counter.simulator.faults.add({ path: '/activated-items', action: 'delay', delayMs: 1_000 });
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();

  const phase = page.getByTestId('handoff-phase');
  await expect(phase).toHaveAttribute('data-phase', 'verifying', { timeout: 5_000 });
  await expect(phase).toContainText('Do not sell it again');
  await expect(page.getByTestId('phase-detail')).toContainText('did not answer');
  await expect(page.getByTestId('check-now')).toBeVisible();
  await expect(page.getByTestId('leave-verifying')).toHaveAccessibleDescription(/stays in History as being checked/);
  await expect(page.getByTestId('unresolved-badge')).toHaveText('1 sale being checked');
  await saveScreen(page, 'verifying');

  await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 5_000 });
  await expect(page.getByTestId('unresolved-badge')).toHaveCount(0);
  expect(counter.simulator.account.activations).toHaveLength(1);
  expect(counter.simulator.requestCount('/register')).toBe(1);
  const [sale] = counter.journal.all();
  expect(sale).toMatchObject({ status: 'completed', completedVia: 'reconciliation', attempts: 1 });
});

test('a sale proven not charged is tried again under the same sale id and charged once', async ({ page, counter }) => {
  counter.simulator.faults.add({ path: '/register', action: 'hang' });
  counter.simulator.faults.add({ path: '/activated-items', action: 'delay', delayMs: 800 });
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();

  const phase = page.getByTestId('handoff-phase');
  await expect(phase).toHaveAttribute('data-phase', 'verifying', { timeout: 5_000 });
  const saleId = counter.journal.all()[0]!.saleId;
  await expect(phase).toHaveAttribute('data-phase', 'not-charged', { timeout: 5_000 });
  await expect(phase).toContainText('Nothing was charged.');
  expect(counter.simulator.account.activations).toHaveLength(0);

  const retry = page.getByTestId('retry-sale');
  await expect(retry).toHaveAttribute('aria-disabled', 'false'); // online again after the time-out
  await retry.click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();

  expect(counter.simulator.account.activations).toHaveLength(1);
  expect(counter.simulator.account.activations[0]!.metatag).toBe(saleId);
  const registers = counter.simulator.requests.filter((request) => request.path.includes('/register'));
  expect(registers.map((request) => (request.body as { metatag: string }).metatag)).toEqual([saleId, saleId]);
  expect(counter.journal.all()).toHaveLength(1);
  expect(counter.journal.get(saleId)).toMatchObject({ status: 'completed', attempts: 2 });
});

test('while Gigastore is unreachable selling is paused on every screen, and resumes by itself', async ({
  page,
  counter,
}) => {
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  counter.simulator.faults.add({ action: 'reset', times: 1000 });
  await page.reload();
  const banner = page.getByTestId('offline-banner');
  await expect(banner).toContainText('Gigastore cannot be reached: selling is paused. The console keeps checking.');
  await expect(banner).toContainText('The connection to Gigastore broke');
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  await saveScreen(page, 'offline');

  counter.simulator.faults.clear();
  await expect(banner).toHaveCount(0, { timeout: 5_000 });
  // The catalogue that failed to load while offline comes back without a click.
  await page.getByTestId('catalogue-row').first().click();
  const activate = page.getByTestId('activate-button');
  await expect(activate).toBeFocused();

  // Gigastore goes away again while the clerk is on Confirm; the console's next call notices.
  counter.simulator.faults.add({ action: 'reset', times: 1000 });
  await counter.console.listCatalogue().catch(() => undefined);
  await expect(banner).toBeVisible();
  await expect(activate).toHaveAttribute('aria-disabled', 'true');
  await expect(activate).toHaveAccessibleDescription(/Selling is paused/);
  await expect(activate).toBeFocused(); // still focusable: the clerk's Enter lands here and is explained
  await page.keyboard.press('Enter');
  await activate.click({ force: true }); // force: Playwright will not click what says it is disabled; a mouse will
  await expect(page.getByTestId('confirm-error')).toHaveCount(0); // the UI did not even ask the core
  expect(counter.simulator.requestCount('/register')).toBe(0);

  counter.simulator.faults.clear();
  await expect(banner).toHaveCount(0, { timeout: 5_000 });
  await expect(activate).toHaveAttribute('aria-disabled', 'false');
  await activate.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  expect(counter.simulator.requestCount('/register')).toBe(1);
});

test('a double click and a double Enter on Activate each sell once', async ({ page, counter }) => {
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').dblclick();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.waitForTimeout(300); // room for a second request to arrive, were one sent
  expect(counter.simulator.requestCount('/register')).toBe(1);
  await newSale(page);

  await page.getByTestId('catalogue-row').first().click();
  await expect(page.getByTestId('activate-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.waitForTimeout(300);
  expect(counter.simulator.requestCount('/register')).toBe(2);
  expect(counter.simulator.account.activations).toHaveLength(2);
  expect(counter.journal.all()).toHaveLength(2);
});

test('a sale left while being checked waits in History, and is checked there on demand', async ({ page, counter }) => {
  counter.simulator.faults.add({ path: '/register', action: 'hang', commit: true });
  // Gigastore's sales list refuses to answer: the sale stays uncertain until it does.
  counter.simulator.faults.add({ path: '/activated-items', action: 'status', status: 400, times: 1000 });
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'verifying', { timeout: 5_000 });

  await page.getByTestId('leave-verifying').click();
  await expect(page.getByTestId('catalogue-search')).toBeVisible();
  const badge = page.getByTestId('unresolved-badge');
  await expect(badge).toHaveText('1 sale being checked');
  await badge.click();

  await expect(page.getByTestId('history-unresolved-only')).toBeChecked();
  const row = page.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'verifying');
  await expect(row.getByTestId('sale-status')).toHaveText('Checking');
  await row.click();
  const details = page.getByTestId('sale-details');
  await expect(details.getByTestId('unresolved-note')).toContainText('Do not sell this package');
  await expect(details.getByTestId('show-sale')).toHaveCount(0);
  await expect(details.getByTestId('sale-error').first()).toContainText('did not answer');

  // Checking now asks Gigastore at once: here it refuses, and the sentence says so.
  await details.getByTestId('reconcile-sale').click();
  await expect(details.getByTestId('sale-action-error')).toContainText('400');

  // Gigastore answers again: the background check resolves the sale, and the open screen follows it. The
  // list showed only sales being checked, so the row leaves it; the details stay open.
  counter.simulator.faults.clear();
  await expect(details.getByTestId('sale-status')).toHaveAttribute('data-status', 'completed', { timeout: 5_000 });
  await expect(details.getByTestId('sale-detail-completed-via')).toHaveText('Check with Gigastore');
  await expect(details.getByTestId('show-sale')).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(badge).toHaveCount(0);
  await page.getByTestId('history-unresolved-only').uncheck();
  await expect(row).toHaveAttribute('data-status', 'completed');
  expect(counter.simulator.account.activations).toHaveLength(1);
});

test('notices are shown until dismissed, and stay dismissed when the overview comes again', async ({
  page,
  counter,
}) => {
  counter.journal.problems.push('The journal’s last record was cut off; it was kept aside for support.');
  await page.reload();
  const notices = page.getByTestId('notices');
  await expect(notices.getByTestId('notice')).toHaveText(/last record was cut off/);
  await notices.getByTestId('notice-dismiss').click();
  await expect(notices).toHaveCount(0);

  await counter.console.updateSettings({ storeName: 'Graz Main Station' });
  await expect(page.getByTestId('store-name')).toHaveText('Graz Main Station');
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('the training control in demo Settings stages a lost answer that the console then resolves', async ({
  page,
  counter,
}) => {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('demo-training').locator('summary').click();
  await page.getByTestId('stage-lost-answer').click();
  await page.keyboard.press('Escape');
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 10_000 });
  expect(counter.simulator.account.activations).toHaveLength(1);
  expect(counter.journal.all()[0]).toMatchObject({ status: 'completed', completedVia: 'reconciliation' });
});
