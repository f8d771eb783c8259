// Clerk shifts in Chromium, against the real core, journal and audit trail: with a list of clerks, selling
// waits for a name; the clerk on shift is in the header, on the sale, and in History's activity (and its
// CSV); the list is edited in Settings, behind the manager PIN like every other setting.
import { readFileSync } from 'node:fs';
import { expect, saveScreen, test } from './harness';

test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' }); // receipts have their own tests
});

test('with clerks set, the shift picker comes first; Mira’s sale carries her name into History’s activity and its CSV', async ({
  page,
  counter,
}) => {
  await counter.console.updateSettings({ clerks: ['Mira', 'Jonas'] });
  const picker = page.getByTestId('shift-picker');
  await expect(picker).toBeVisible();
  await expect(page.getByTestId('catalogue-search')).toHaveCount(0);
  await expect(page.getByTestId('open-care')).toHaveCount(0);
  const clerks = picker.getByTestId('shift-clerk');
  await expect(clerks).toHaveCount(2);
  await expect(clerks.nth(0)).toHaveAttribute('data-clerk', 'Mira');
  await expect(clerks.nth(1)).toHaveAttribute('data-clerk', 'Jonas');
  await expect(clerks.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(clerks.nth(1)).toBeFocused();
  await page.keyboard.press('1'); // the digit on Mira's button picks her
  await expect(page.getByTestId('header-clerk')).toHaveText('On shift: Mira');
  expect((await counter.console.getOverview()).shift).toEqual({ clerk: 'Mira' });

  await page.getByTestId('catalogue-search').fill('austria 3 gb');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  const [activation] = counter.simulator.account.activations;
  const saleId = activation!.metatag;
  expect(counter.journal.get(saleId)?.clerk).toBe('Mira');
  await page.getByTestId('new-sale').click();

  await page.getByTestId('open-history').click();
  await page.getByTestId('history-tab-activity').click();
  await expect(page.getByTestId('history-tab-activity')).toHaveAttribute('aria-pressed', 'true');
  const activity = page.getByTestId('history-activity');
  const sale = activity.locator(`[data-testid="activity-entry"][data-sale-id="${saleId}"]`);
  await expect(sale).toHaveAttribute('data-action', 'first');
  await expect(sale.getByTestId('activity-clerk')).toHaveText('Mira');
  await expect(sale).toContainText('Sale');
  await expect(activity.locator('[data-action="shift-start"]')).toContainText('Mira');
  await expect(activity.locator('[data-action="settings"]')).toHaveCount(2); // auto-print off, then the clerks
  await saveScreen(page, 'history-activity');

  await page.getByTestId('export-activity-csv').click();
  const result = page.getByTestId('export-activity-result');
  await expect(result).toContainText('esim-activity-');
  const path = (await result.getAttribute('title'))!;
  const csv = readFileSync(path, 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe('at,action,clerk,sale_id,detail');
  expect(csv).toMatch(new RegExp(`,first,Mira,${saleId},`));
  expect(csv).toMatch(/,shift-start,/);

  // End of the shift: selling waits for a name again.
  await page.keyboard.press('Escape');
  await page.getByTestId('end-shift').click();
  await expect(page.getByTestId('shift-picker')).toBeVisible();
  expect((await counter.console.getOverview()).shift).toEqual({});
});

test('the clerks are edited in Settings (added, renamed, removed, no duplicates), and only with the PIN once set', async ({
  page,
  counter,
}) => {
  await page.getByTestId('open-settings').click();
  const form = page.getByTestId('settings-clerks');
  await expect(form.getByTestId('settings-clerks-empty')).toBeVisible();
  const names = form.getByTestId('settings-clerk-name');
  await form.getByTestId('settings-clerk-add').click();
  await expect(names).toBeFocused();
  await page.keyboard.type('Mira');
  await form.getByTestId('settings-clerk-add').click();
  await expect(names.nth(1)).toBeFocused();
  await page.keyboard.type('mira');
  await form.getByTestId('settings-clerks-save').click();
  await expect(form.getByTestId('settings-clerks-error')).toHaveText('Each name can be on the list only once.');
  expect((await counter.console.getOverview()).settings.clerks).toEqual([]);

  await names.nth(1).fill('Jonas');
  await form.getByTestId('settings-clerk-add').click();
  await expect(names.nth(2)).toBeFocused();
  await page.keyboard.type('Eve');
  await form.getByRole('button', { name: 'Remove Mira' }).click();
  await expect(names).toHaveCount(2);
  await form.getByTestId('settings-clerks-save').click();
  await expect(form.getByTestId('settings-clerks-saved')).toHaveText('Clerks saved.');
  expect((await counter.console.getOverview()).settings.clerks).toEqual(['Jonas', 'Eve']);

  // Closing Settings meets the shift picker with the saved names.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shift-clerk')).toHaveText(['1Jonas', '2Eve']);
  await page.getByTestId('shift-clerk').nth(1).click();
  await expect(page.getByTestId('header-clerk')).toContainText('Eve');

  // With a PIN set and locked, the list is read-only, as every guarded setting.
  await counter.console.setManagerPin({ next: '2468' });
  await counter.console.lockManager();
  await page.getByTestId('open-settings').click();
  await expect(form.getByTestId('settings-clerk-add')).toBeDisabled();
  await expect(names.first()).toBeDisabled();
  await expect(form.getByTestId('settings-clerks-save')).toBeDisabled();
});
