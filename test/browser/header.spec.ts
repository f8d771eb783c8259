// The header keeps only words that never need cutting: the connection is one word ("Offline"), the help
// and settings controls are icons. What it no longer spells out is said whole elsewhere: to screen readers
// through the controls' names and the word's description, and on screen by a banner under the bar.
import { expect, test } from './harness';

test('icons in the header are named for screen readers, in English and German', async ({ page }) => {
  const header = page.locator('header');
  await expect(header.getByRole('button', { name: 'Help (F1)', exact: true })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Settings', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'DE – Deutsch', exact: true }).click();
  await expect(header.getByRole('button', { name: 'Hilfe (F1)', exact: true })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Einstellungen', exact: true })).toBeVisible();
});

test('offline, the header says one word and the banner and the word’s description carry what failed', async ({
  page,
  counter,
}) => {
  counter.simulator.faults.add({ action: 'reset', times: 1_000_000 });
  await page.reload(); // the catalogue's read finds Gigastore gone
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveAttribute('data-state', 'offline', { timeout: 10_000 });
  await expect(status).toHaveText('Offline');
  // While offline the console asks Gigastore again every few seconds, and each failure may word itself
  // anew: the screen is compared with the console's message of the same moment.
  const said = async () => {
    const { message } = (await counter.console.getOverview()).connection;
    const description = await status.getAttribute('aria-description');
    const banner = (await page.getByTestId('offline-banner').textContent()) ?? '';
    return {
      message: Boolean(message?.trim()),
      description: description === `Offline: ${message}`,
      banner: banner.includes(message ?? '(none)'),
    };
  };
  await expect.poll(said).toEqual({ message: true, description: true, banner: true });
  await expect(status).toHaveAccessibleDescription(/^Offline: \S/);
});

test('when the counter’s state cannot be read, the header says Offline and a banner says why, whole', async ({
  page,
  counter,
}) => {
  // As if main failed to answer: the core's own sentence for a failure it did not foresee.
  counter.console.getOverview = async () => {
    throw new Error('the settings file is locked');
  };
  await page.reload();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  await expect(page.getByTestId('overview-error')).toHaveText(
    'The state of the counter could not be read: Something went wrong inside the console; the details are in its log.',
  );
});
