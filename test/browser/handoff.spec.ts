// The whole counter handoff in Chromium, against the real core and simulator: pick, confirm, activate,
// read the QR off the screen with two real decoders, simulate the customer's scan, see INSTALLED.
import { decodeWithJsQr, decodeWithZbar } from '../support/qr';
import { expect, saveScreen, test } from './harness';

test('a keyboard-only sale puts a QR on screen that decodes to the simulator’s activation code', async ({
  page,
  counter,
}) => {
  const search = page.getByTestId('catalogue-search');
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  await expect(search).toBeFocused();
  await saveScreen(page, 'catalogue');

  // Three actions: type, Enter (pick), Enter (activate).
  await page.keyboard.type('austria 3 gb');
  await expect(page.getByTestId('catalogue-row').first()).toContainText('Austria');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activate-button')).toBeFocused();
  await saveScreen(page, 'confirm');
  await page.keyboard.press('Enter');

  const qr = page.getByTestId('handoff-qr');
  await expect(qr).toBeVisible();
  await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'RELEASED');
  const [activation] = counter.simulator.account.activations;
  expect(counter.simulator.account.activations).toHaveLength(1);
  const expected = counter.simulator.account.esim(activation!.iccid)!.activationCode;

  const screen = await saveScreen(page, 'handoff');
  expect(decodeWithJsQr(screen)).toBe(expected);
  expect(await decodeWithZbar(screen)).toBe(expected);
  const [, smdp, matchingId] = expected.split('$');
  await expect(page.getByTestId('manual-smdp-address')).toHaveText(smdp!);
  await expect(page.getByTestId('manual-matching-id')).toHaveText(matchingId!);
  await expect(page.getByTestId('handoff-iccid')).toHaveText(activation!.iccid);

  // The QR fills most of the window's height.
  const box = (await qr.boundingBox())!;
  expect(box.height).toBeGreaterThan(768 * 0.6);

  await page.getByTestId('simulate-scan-installed').click();
  await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'INSTALLED', { timeout: 5_000 });
  await expect(page.getByTestId('state-guidance')).toContainText('data roaming');
  await saveScreen(page, 'installed');

  await page.getByTestId('new-sale').click();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
});

test('an eSIM that fails to install asks for support with the ICCID', async ({ page, counter }) => {
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.getByTestId('simulate-scan-error').click();
  await expect(page.getByTestId('state-badge')).toHaveAttribute('data-state', 'ERROR', { timeout: 5_000 });
  await expect(page.getByTestId('state-guidance')).toContainText('ICCID');
  expect(counter.simulator.account.activations).toHaveLength(1);
});

test('a refused sale says why and that nothing was charged', async ({ page, counter }) => {
  counter.simulator.account.creditCents = 0;
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'failed');
  await expect(page.getByTestId('handoff-phase')).toContainText('The reseller account has 0.00 USD of credit');
  await saveScreen(page, 'refused');
  expect(counter.simulator.account.activations).toHaveLength(0);
});

test('the settings screen opens, saves a store name and shows it in the header', async ({ page }) => {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-storeName').fill('Vienna Airport · Terminal 3');
  await page.getByTestId('settings-save').click();
  await saveScreen(page, 'settings');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('store-name')).toHaveText('Vienna Airport · Terminal 3');
});
