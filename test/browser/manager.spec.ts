// The manager PIN in Settings, against the real core: once set, the settings are read-only and main refuses
// every guarded change until the PIN is entered; a wrong PIN says so; live mode needs the PIN first, then
// credentials, which can be tested (against a Gigastore on loopback, behind TLS) without being stored. A
// forgotten or broken PIN is reset only by erasing the credentials, after a confirm step.
import type { Page } from '@playwright/test';
import { httpsFront } from '../support/tls';
import { expect, test } from './harness';

async function setPin(page: Page, pin: string, repeat = pin): Promise<void> {
  await page.getByTestId('manager-new-pin').fill(pin);
  await page.getByTestId('manager-new-pin-repeat').fill(repeat);
  await page.getByTestId('manager-set-pin').click();
}

async function unlock(page: Page, pin: string): Promise<void> {
  await page.getByTestId('manager-pin').fill(pin);
  await page.getByTestId('manager-pin').press('Enter');
}

test('with a PIN set and locked, settings are read-only and cannot be saved until the right PIN is entered', async ({
  page,
  counter,
}) => {
  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('manager-section');
  await expect(section).toHaveAttribute('data-state', 'no-pin');
  await expect(page.getByTestId('manager-pin')).toHaveCount(0);

  await setPin(page, '4826', '4862');
  await expect(page.getByTestId('manager-set-pin-error')).toHaveText('The two new PINs are not the same.');
  await setPin(page, '4826');
  await expect(section).toHaveAttribute('data-state', 'unlocked');
  expect((await counter.console.getOverview()).manager).toEqual({ pinSet: true, unlocked: true });

  await page.getByTestId('manager-lock').click();
  await expect(section).toHaveAttribute('data-state', 'locked');
  expect((await counter.console.getOverview()).manager).toEqual({ pinSet: true, unlocked: false });
  const pin = page.getByTestId('manager-pin');
  await expect(pin).toBeFocused();
  await expect(pin).toHaveAttribute('type', 'password');
  await expect(pin).toHaveAttribute('inputmode', 'numeric');

  // Read-only: every guarded field and button is disabled, the mode switch and the credentials too.
  const guarded = page.getByTestId('settings-guarded');
  await expect(guarded).toHaveAccessibleDescription(/A manager enters the PIN/);
  for (const testId of [
    'settings-storeName',
    'settings-liveBaseUrl',
    'settings-save',
    'settings-receipts-save',
    'settings-customer-display',
    'settings-mode-switch',
    'settings-client-id',
    'settings-credentials-save',
    'settings-credentials-test',
  ]) {
    await expect(page.getByTestId(testId), testId).toBeDisabled();
  }
  // Not even a forced click saves, and main itself refuses the change.
  await page.getByTestId('settings-save').click({ force: true });
  await expect(page.getByTestId('settings-error')).toHaveCount(0);
  await expect(counter.console.updateSettings({ storeName: 'Sneaky' })).rejects.toThrow(
    'A manager must enter the PIN to change the settings.',
  );

  await unlock(page, '1111');
  await expect(page.getByTestId('manager-pin-error')).toHaveText('That PIN is not right.');
  await expect(pin).toHaveValue('');
  await expect(section).toHaveAttribute('data-state', 'locked');
  await expect(page.getByTestId('settings-storeName')).toBeDisabled();

  await unlock(page, '4826');
  await expect(section).toHaveAttribute('data-state', 'unlocked');
  await expect(page.getByTestId('manager-lock')).toBeFocused();
  await page.getByTestId('settings-storeName').fill('Graz Hauptbahnhof');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Store settings saved.')).toBeVisible();
  expect(counter.console.customerView().storeName).toBe('Graz Hauptbahnhof');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('store-name')).toHaveText('Graz Hauptbahnhof');
});

test('the PIN can be changed with the current one; five wrong tries lock it out, saying for how long', async ({
  page,
}) => {
  await page.getByTestId('open-settings').click();
  await setPin(page, '1357');
  await page.getByText('Change the PIN').click();
  await page.getByTestId('manager-current-pin').fill('0000');
  await page.getByTestId('manager-new-pin').fill('97531');
  await page.getByTestId('manager-new-pin-repeat').fill('97531');
  await page.getByTestId('manager-change-pin').click();
  await expect(page.getByTestId('manager-set-pin-error')).toHaveText('That PIN is not right.');
  await page.getByTestId('manager-current-pin').fill('1357');
  await page.getByTestId('manager-change-pin').click();
  await expect(page.getByTestId('manager-pin-saved')).toHaveText('PIN changed.');

  await page.getByTestId('manager-lock').click();
  await unlock(page, '1357'); // the old PIN no longer opens it
  await expect(page.getByTestId('manager-pin-error')).toHaveText('That PIN is not right.');
  await unlock(page, '12'); // not a PIN at all: said here, and no try is used up
  await expect(page.getByTestId('manager-pin-error')).toHaveText('A PIN is 4 to 12 digits.');
  for (let attempt = 2; attempt <= 4; attempt++) {
    await unlock(page, `000${attempt}`);
    await expect(page.getByTestId('manager-pin')).toHaveValue('');
  }
  await unlock(page, '0005');
  await expect(page.getByTestId('manager-pin-error')).toHaveText(
    'That PIN is not right. Too many wrong PINs: the PIN is locked for 1 minute.',
  );
  await unlock(page, '97531'); // even the right PIN waits out the lock-out
  await expect(page.getByTestId('manager-pin-error')).toHaveText(
    /^Too many wrong PINs: the PIN is locked for 1 minute; try again in (1 minute|\d+ seconds)\.$/,
  );
  await expect(page.getByTestId('manager-section')).toHaveAttribute('data-state', 'locked');
});

test('switching to live needs a manager PIN, then credentials, which can be tested without being stored', async ({
  page,
  counter,
}) => {
  await page.getByTestId('open-settings').click();
  const switchMode = page.getByTestId('settings-mode-switch');
  await expect(page.getByTestId('mode-needs-pin')).toHaveText('Live mode needs a manager PIN first. Set a manager PIN');
  await expect(switchMode).toHaveAccessibleDescription('Live mode needs a manager PIN first. Set a manager PIN');
  await switchMode.click();
  await expect(page.getByTestId('settings-mode-error')).toContainText(
    'Set a manager PIN before switching to live mode',
  );
  await page.getByTestId('mode-set-pin-link').click();
  await expect(page.getByTestId('manager-new-pin')).toBeFocused();
  await setPin(page, '2580');
  await expect(page.getByTestId('mode-needs-pin')).toHaveCount(0);

  await switchMode.click();
  await expect(page.getByTestId('settings-mode-error')).toHaveText(
    'Enter the Gigastore client id and secret before switching to live mode.',
  );

  // The live Gigastore, for this test, is the simulator on loopback behind TLS (its client is demo / demo).
  const live = await httpsFront(counter.simulator.baseUrl);
  const address = page.getByTestId('settings-liveBaseUrl-current');
  await expect(address).toHaveText('In use: https://api.giga.store (the default address).');
  await expect(address).toHaveAttribute('data-default', 'true');
  for (const plain of ['http://api.giga.store', counter.simulator.baseUrl]) {
    await page.getByTestId('settings-liveBaseUrl').fill(plain);
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-error')).toContainText('must start with https://');
  }
  await page.getByTestId('settings-liveBaseUrl').fill(live.baseUrl);
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Store settings saved.')).toBeVisible();
  await expect(page.getByText(`against ${live.baseUrl}`)).toBeVisible();
  await expect(address).toHaveText(
    `In use: ${live.baseUrl}. This is not the default address (https://api.giga.store).`,
  );
  await expect(address).toHaveAttribute('data-default', 'false');

  const result = page.getByTestId('credentials-test-result');
  await page.getByTestId('settings-client-id').fill('demo');
  await page.getByTestId('settings-client-secret').fill('wrong');
  await page.getByTestId('settings-credentials-test').click();
  await expect(result).toHaveAttribute('data-outcome', 'failed');
  await expect(result).toContainText("Gigastore refused the store's API credentials");
  await page.getByTestId('settings-client-secret').fill('demo');
  await page.getByTestId('settings-credentials-test').click();
  const packages = counter.simulator.account.inventory.length;
  // The test names the API version Gigastore gives (GET /gigastore/version; the simulator says "simulator").
  await expect(result).toHaveText(`Connected: ${packages} packages Gigastore API version simulator`);
  await expect(result).toHaveAttribute('data-outcome', 'connected');
  expect((await counter.console.getOverview()).credentials.configured).toBe(false); // tested, not stored
  await expect(page.getByTestId('credentials-status')).toHaveAttribute('data-configured', 'false');

  await page.getByTestId('settings-credentials-save').click();
  await expect(page.getByTestId('credentials-status')).toHaveAttribute('data-configured', 'true');
  await expect(page.getByTestId('settings-client-secret')).toHaveValue('');
  const enteredFor = page.getByTestId('credentials-entered-for');
  await expect(enteredFor).toHaveText(`They were entered for ${live.baseUrl} and are sent there only.`);
  await expect(enteredFor).toHaveAttribute('data-matches', 'true');

  // Locked, neither the screen nor main switches.
  await page.getByTestId('manager-lock').click();
  await expect(switchMode).toBeDisabled();
  await expect(counter.console.setMode('live')).rejects.toThrow(
    'A manager must enter the PIN to switch between demo and live.',
  );
  await unlock(page, '2580');
  await switchMode.click();
  await expect(page.getByTestId('settings-mode-current')).toHaveAttribute('data-mode', 'live');
  await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'live');
  expect((await counter.console.getOverview()).mode).toBe('live');

  // Another address: the screen says plainly that nothing is sent there until the secret is entered again.
  await page.getByTestId('settings-liveBaseUrl').fill('https://other.example');
  await page.getByTestId('settings-save').click();
  await expect(enteredFor).toHaveText(
    `They were entered for ${live.baseUrl}, not for the live address https://other.example: nothing is sent until the secret is entered again.`,
  );
  await expect(enteredFor).toHaveAttribute('data-matches', 'false');
  await live.close();
});

test('a forgotten PIN is reset only by erasing the credentials, after a confirm step', async ({ page, counter }) => {
  await counter.console.setManagerPin({ next: '2580' });
  await counter.console.setCredentials({ clientId: 'store-client-42', clientSecret: 'forgotten-with-the-pin' });
  await counter.console.lockManager();
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('manager-section')).toHaveAttribute('data-state', 'locked');
  await expect(page.getByTestId('credentials-status')).toHaveAttribute('data-configured', 'true');

  await page.getByTestId('manager-forgot-pin').click();
  await expect(page.getByTestId('manager-reset')).toContainText(
    'Resetting removes the manager PIN, erases the stored Gigastore credentials and switches to demo mode.',
  );
  await expect(page.getByTestId('manager-reset-confirm')).toBeFocused();
  await page.getByTestId('manager-reset-cancel').click(); // changed their mind: nothing happened
  expect((await counter.console.getOverview()).credentials.configured).toBe(true);

  await page.getByTestId('manager-forgot-pin').click();
  await page.getByTestId('manager-reset-confirm').click();
  await expect(page.getByTestId('manager-section')).toHaveAttribute('data-state', 'no-pin');
  await expect(page.getByTestId('manager-reset-done')).toHaveText(
    'The PIN was reset and the Gigastore credentials were erased. Set a new PIN.',
  );
  await expect(page.getByTestId('credentials-status')).toHaveAttribute('data-configured', 'false');
  expect((await counter.console.getOverview()).credentials).toEqual({ configured: false });
});

test('a PIN record damaged outside the console locks every setting and offers only the reset', async ({
  page,
  counter,
}) => {
  await counter.console.setManagerPin({ next: '2580' });
  const stored = counter.pins.read() as { record: Record<string, unknown>; tries: unknown };
  counter.pins.write({ ...stored, record: { ...stored.record, cost: 'cheap' } } as never);
  await counter.console.lockManager(); // any change makes main send the overview again
  await page.getByTestId('open-settings').click();

  await expect(page.getByTestId('manager-section')).toHaveAttribute('data-state', 'broken');
  await expect(page.getByTestId('manager-problem')).toHaveText(
    'The manager PIN record cannot be read (it was changed outside the console), so every manager action is locked; reset the PIN in Settings (this erases the stored Gigastore credentials).',
  );
  await expect(page.getByTestId('manager-pin')).toHaveCount(0);
  await expect(page.getByTestId('settings-guarded')).toHaveAccessibleDescription(/cannot be read/);
  await expect(page.getByTestId('settings-storeName')).toBeDisabled();
  await page.getByTestId('manager-forgot-pin').click();
  await page.getByTestId('manager-reset-confirm').click();
  await expect(page.getByTestId('manager-section')).toHaveAttribute('data-state', 'no-pin');
  await expect(page.getByTestId('settings-storeName')).toBeEnabled();
});
