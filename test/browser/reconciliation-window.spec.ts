// How long a sale whose answer was lost is waited for, in Settings: down to 1 s in demo mode (training
// sees the whole story quickly), never under 30 s in live mode. The screen refuses a short live window with
// a sentence before anything is sent, and main refuses it too.
import { expect, test } from './harness';

test('the reconciliation window: 1 s allowed in demo, refused under 30 s in live with a sentence', async ({
  page,
  counter,
}) => {
  await page.getByTestId('open-settings').click();
  const field = page.getByTestId('settings-reconciliationWindow');
  const save = page.getByTestId('settings-reconciliation-save');
  const error = page.getByTestId('settings-reconciliation-error');
  await expect(field).toHaveValue('1'); // the harness's demo setting: 1000 ms

  await field.fill('0');
  await save.click();
  await expect(error).toHaveText('Enter a number of seconds from 1 to 3600, for example 120.');
  await field.fill('5');
  await save.click();
  await expect(page.getByText('Waiting time saved.')).toBeVisible();
  expect((await counter.console.getOverview()).settings.reconciliationWindowMs).toBe(5_000);

  // Live, as a manager would make it: a PIN, credentials, the switch. The 5 s window is lifted to 30 s.
  await counter.console.setManagerPin({ next: '2580' });
  await counter.console.setCredentials({ clientId: 'demo', clientSecret: 'demo' });
  await counter.console.setMode('live');
  await expect(page.getByTestId('settings-mode-current')).toHaveAttribute('data-mode', 'live');
  await expect(field).toHaveValue('30');
  await expect(field).toHaveAccessibleDescription(/At least 30 seconds in live mode\./);

  await field.fill('10');
  await save.click();
  await expect(error).toHaveText(
    "In live mode the window is at least 30 seconds: a charge can reach Gigastore's sales list that late, and a sale taken for not charged could be sold twice.",
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect((await counter.console.getOverview()).settings.reconciliationWindowMs).toBe(30_000); // nothing sent
  // Main refuses it too, should anything send it.
  await expect(counter.console.updateSettings({ reconciliationWindowMs: 10_000 })).rejects.toThrow(
    'In live mode the reconciliation window is at least 30 seconds: a charge can reach the sales list that late.',
  );

  await field.fill('45');
  await save.click();
  await expect(error).toHaveCount(0);
  await expect(page.getByText('Waiting time saved.')).toBeVisible();
  expect((await counter.console.getOverview()).settings.reconciliationWindowMs).toBe(45_000);
});
