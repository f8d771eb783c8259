// The Gigastore reads in Chromium, against the real core and the simulator behind the bridge: the customer's
// phone checked on the confirm screen (found, not in the list) with the customer display's line; an eSIM's
// connectivity in Customer care (never seen, then connected once the simulator installed it); the header
// offline while Gigastore stops answering its version, online again after. Screenshots in test-results/screens.
import { lookUpAndOpen, receiptsOff, sell } from './care-support';
import { expect, openCustomerDisplay, saveScreen, test } from './harness';

receiptsOff();
test.use({ onlineEveryMs: 300 });

test('the confirm screen checks the customer’s phone: found, then not in the list, shown to the customer too', async ({
  page,
  counter,
  rendererUrl,
}) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  await page.getByTestId('catalogue-search').fill('europe 1 gb');
  await page.getByTestId('catalogue-row').first().click();
  const check = page.getByTestId('device-check');
  await check.getByTestId('device-search').fill('iphone 11 pro');
  await check.getByTestId('device-search').press('Enter');
  await expect(check.getByTestId('device-result')).toHaveAttribute('data-outcome', 'found');
  await expect(check.getByTestId('device-result')).toContainText('Apple iPhone 11 Pro');
  await expect(check.getByTestId('device-carrier-lock')).toContainText('must not be carrier-locked');
  await expect(page.getByTestId('activate-button')).toBeVisible(); // Enter checked the phone, sold nothing
  expect(counter.simulator.account.activations).toHaveLength(0);
  await expect(display.getByTestId('customer-device')).toHaveText('Your phone is on the list of supported phones.');
  await saveScreen(page, 'device-check-found');

  await check.getByTestId('device-search').fill('Nokia 3310');
  await check.getByTestId('device-search').press('Enter');
  await expect(check.getByTestId('device-result')).toHaveAttribute('data-outcome', 'not-in-list');
  await expect(check.getByTestId('device-result')).toContainText("Not in Gigastore's list");
  await expect(display.getByTestId('customer-device')).toContainText('Your phone is not on our list.');
  await expect(display.getByTestId('customer-screen')).toContainText('must not be locked to a carrier');
  await saveScreen(page, 'device-check-not-in-list');
  await saveScreen(display, 'customer-device-not-in-list');
});

test('Customer care tells whether an eSIM is connected: never seen, then connected where it was seen', async ({
  page,
  counter,
}) => {
  const sold = await sell(page, counter, 'europe 1 gb');
  await lookUpAndOpen(page, sold.iccid, sold.customerUid);
  const connectivity = page.getByTestId('care-esim').getByTestId('care-connectivity');
  await connectivity.getByTestId('care-connectivity-check').click();
  const result = connectivity.getByTestId('care-connectivity-result');
  await expect(result).toHaveAttribute('data-situation', 'never-seen');
  await expect(result).toContainText('Never seen on a network yet.');
  await expect(connectivity.getByTestId('care-connectivity-steps')).toContainText(
    'Turn on data roaming for this line.',
  );
  await saveScreen(page, 'connectivity-never-seen');

  counter.simulator.scan(sold.iccid, 'INSTALLED', 0);
  await expect.poll(() => counter.simulator.account.esim(sold.iccid)?.state, { timeout: 5_000 }).toBe('INSTALLED');
  await connectivity.getByTestId('care-connectivity-check').click();
  await expect(result).toHaveAttribute('data-situation', 'connected');
  await expect(result).toContainText('On a network now.');
  await expect(result).toContainText('Last seen');
  await expect(result.getByTestId('care-connectivity-where')).toContainText(', network ');
  await saveScreen(page, 'connectivity-connected');
});

test('the header is offline while Gigastore does not answer its version, and online again when it does', async ({
  page,
  counter,
}) => {
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveAttribute('data-state', 'online', { timeout: 5_000 });
  counter.simulator.faults.add({ path: '/gigastore/version', action: 'reset', times: 10_000 });
  await expect(status).toHaveAttribute('data-state', 'offline', { timeout: 5_000 });
  await saveScreen(page, 'offline-version');
  counter.simulator.clearFaults();
  await expect(status).toHaveAttribute('data-state', 'online', { timeout: 5_000 });
});
