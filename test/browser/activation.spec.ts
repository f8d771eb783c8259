// When a package's validity starts, chosen on the confirm screen: Gigastore's advice preselected (first use
// for a country or a region, now for worldwide), ON_DEMAND only where Gigastore allows it, the choice in the
// journal; and an ON_DEMAND package started later from Customer care.
import { lookUpAndOpen, receiptsOff } from './care-support';
import { expect, test } from './harness';

receiptsOff();

test('a single-country package is activated on first use by default, never on demand, as the journal records', async ({
  page,
  counter,
}) => {
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activation-mode')).toHaveAttribute('data-value', 'FIRST_USE');
  await expect(page.getByTestId('activation-mode-FIRST_USE')).toBeChecked();
  await expect(page.getByTestId('activation-mode-FIRST_USE')).toHaveAccessibleName('On first use (recommended)');
  await expect(page.getByTestId('activation-mode-NOW')).not.toBeChecked();
  await expect(page.getByTestId('activation-mode-ON_DEMAND')).toHaveCount(0);
  await expect(page.getByTestId('activation-mode-hint')).toContainText('first uses data');
  // The choice adds nothing to the keyboard path: Activate has the focus, Enter sells.
  await expect(page.getByTestId('activate-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  expect(counter.journal.all()).toHaveLength(1);
  expect(counter.journal.all()[0]?.activationMode).toBe('FIRST_USE');

  // A regional package offers ON_DEMAND, and what is chosen is what is recorded.
  await page.keyboard.press('n');
  // The next search is typed once the catalogue is back (keys pressed while the QR is still up are the QR
  // screen's, as they are a clerk's: P prints, S scans in demo).
  await expect(page.getByTestId('catalogue-search')).toBeFocused();
  await page.keyboard.type('europe 1 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activation-mode-ON_DEMAND')).toBeVisible();
  await page.getByTestId('activation-mode-NOW').check();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  const europe = counter.journal.get(counter.simulator.account.activations[1]!.metatag);
  expect(europe?.activationMode).toBe('NOW');
});

test('an ON_DEMAND worldwide package is started later from Customer care', async ({ page, counter }) => {
  await page.getByTestId('catalogue-search').fill('worldwide 1 gb');
  await page.getByTestId('catalogue-row').first().click();
  const mode = page.getByTestId('activation-mode');
  await expect(mode).toHaveAttribute('data-value', 'NOW'); // Gigastore's advice for worldwide
  await expect(page.getByTestId('activation-mode-NOW')).toBeChecked();
  await page.getByTestId('activation-mode-ON_DEMAND').check();
  await expect(page.getByTestId('activation-mode-hint')).toContainText('started on request');
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  const [activation] = counter.simulator.account.activations;
  expect(counter.journal.get(activation!.metatag)?.activationMode).toBe('ON_DEMAND');
  await page.getByTestId('new-sale').click();

  await lookUpAndOpen(page, activation!.iccid);
  const pkg = page.getByTestId('care-package');
  await expect(pkg).toHaveAttribute('data-mode', 'ON_DEMAND');
  await expect(pkg.getByTestId('care-package-activated')).toHaveText('Not started yet');
  await pkg.getByTestId('care-start-package').click();
  await expect(pkg.getByTestId('care-start-package')).toHaveCount(0);
  await expect(pkg.getByTestId('care-package-activated')).not.toHaveText('Not started yet');
  await expect(pkg.getByTestId('care-package-activated')).toHaveText(/\d{4}/); // a date, in the UI language
  expect(counter.journal.get(activation!.metatag)?.startedOnDemandAt).toEqual(expect.any(String));
});
