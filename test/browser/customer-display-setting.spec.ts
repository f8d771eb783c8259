// The customer display setting: Automatic, Off, or one of the connected screens (from listDisplays, here the
// harness's two test displays), saved with the settings; a chosen screen that is unplugged still shows.
import { expect, test } from './harness';

test('the customer display setting lists the connected screens and saves the chosen one', async ({ page, counter }) => {
  await page.getByTestId('open-settings').click();
  const select = page.getByTestId('settings-customer-display');
  await expect(select).toHaveValue('auto');
  await expect(select).toHaveAccessibleName('Show the customer display on');
  await expect(select.locator('option')).toHaveText([
    'Automatic (a screen that is not the main one)',
    'Off',
    'Built-in display (1366 × 768, main screen)',
    'DELL P2419H (1920 × 1080)',
  ]);

  await select.selectOption({ label: 'DELL P2419H (1920 × 1080)' });
  await page.getByTestId('settings-customer-display-save').click();
  await expect(page.getByTestId('settings-customer-display-saved')).toHaveText('Customer display saved.');
  expect((await counter.console.getOverview()).settings.customerDisplay).toBe(202);

  await select.selectOption('off');
  await page.getByTestId('settings-customer-display-save').click();
  await expect(page.getByTestId('settings-customer-display-saved')).toBeVisible();
  expect((await counter.console.getOverview()).settings.customerDisplay).toBe('off');

  // A screen chosen earlier and unplugged since: still the choice, and said to be missing.
  await counter.console.updateSettings({ customerDisplay: 303 });
  await page.keyboard.press('Escape');
  await page.getByTestId('open-settings').click();
  await expect(select).toHaveValue('303');
  await expect(select.locator('option:checked')).toHaveText('Screen 303 (not connected)');
});
