// An app update in the counter window, decided by the real update scheduler with the updater's Electron
// side stood in: found while a clerk is on shift, it waits ("installs at the end of the shift"), is not
// installed while the shift ends with a sale still on screen, and installs once the clerk leaves the sale.
import type { UpdaterPort } from '../../src/main/core/updates/update-scheduler';
import { expect, saveScreen, test } from './harness';

let releaseCheck: (version: string) => void = () => undefined;
const installs: string[] = [];
const standIn: UpdaterPort = {
  check: () => new Promise((resolve) => (releaseCheck = resolve)),
  download: async () => undefined,
  install: () => void installs.push(new Date().toISOString()),
};

test.use({ updater: standIn });

test('an update found on shift waits for the end of the shift and for the sale on screen to be left', async ({
  page,
  counter,
}) => {
  await counter.console.updateSettings({ clerks: ['Ana'], autoPrint: 'off' });
  await page.getByTestId('shift-clerk').first().click();
  await expect(page.getByTestId('header-clerk')).toHaveText('On shift: Ana');

  releaseCheck('1.4.0');
  const notice = page.getByTestId('update-notice');
  await expect(notice).toHaveText('Update ready (1.4.0), installs at the end of the shift');
  await saveScreen(page, 'header-update-ready');

  await page.getByTestId('catalogue-search').fill('austria 3 gb');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.getByTestId('end-shift').click();
  await expect(page.getByTestId('header-clerk')).toHaveCount(0);
  // The scheduler looks again every 50 ms here: a sale is on screen each time.
  await page.waitForTimeout(500);
  expect(installs).toEqual([]);
  await expect(notice).toHaveAttribute('data-state', 'ready');

  await page.getByTestId('new-sale').click();
  await expect(notice).toHaveAttribute('data-state', 'installing');
  await expect(notice).toHaveText('Installing update 1.4.0…');
  expect(installs).toHaveLength(1);
});
