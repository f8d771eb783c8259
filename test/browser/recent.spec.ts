// Recently sold packages first: with an empty search the catalogue starts with what this counter sold last,
// tagged; a search keeps its relevance order; the keyboard path is unchanged.
import { ROWS_SHOWN } from '../../src/renderer/src/screens/catalogue/searchCatalogue';
import { expect, test } from './harness';

test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' }); // receipts are not under test here
});

test('a package just sold comes first in the empty-search catalogue, with the recent tag', async ({
  page,
  counter,
}) => {
  const rows = page.getByTestId('catalogue-row');
  await expect(rows.first()).toBeVisible();
  const firstBefore = await rows.first().getAttribute('data-item-id');
  await expect(page.getByTestId('recent-tag')).toHaveCount(0);

  // Sell X, a package that is not the first row, by keyboard.
  await page.keyboard.type('austria 3 gb');
  const sold = (await rows.first().getAttribute('data-item-id'))!;
  expect(sold).not.toBe(firstBefore);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.keyboard.press('n');

  await expect(page.getByTestId('catalogue-search')).toHaveValue('');
  await expect(rows.first()).toHaveAttribute('data-item-id', sold);
  await expect(rows.first().getByTestId('recent-tag')).toHaveText('Recent');
  await expect(page.getByTestId('recent-tag')).toHaveCount(1);
  await expect(rows.nth(1)).toHaveAttribute('data-item-id', firstBefore!); // the rest keep their order
  // Every package is still there: the first rows drawn, the count naming them all.
  await expect(rows).toHaveCount(Math.min(ROWS_SHOWN, counter.simulator.account.inventory.length));
  await expect(page.getByTestId('catalogue-count')).toContainText(String(counter.simulator.account.inventory.length));

  // A second sale (the former first row): now it leads, X second, both tagged.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.keyboard.press('n');
  await expect(rows.first()).toHaveAttribute('data-item-id', firstBefore!);
  await expect(rows.nth(1)).toHaveAttribute('data-item-id', sold);
  await expect(page.getByTestId('recent-tag')).toHaveCount(2);

  // With a search, relevance decides: the exact country code first, recent or not.
  await page.keyboard.type('at');
  await expect(rows.first()).toContainText('Austria');
  await page.keyboard.press('Escape');
  await expect(rows.first()).toHaveAttribute('data-item-id', firstBefore!);
});

test('a refused sale does not count as sold', async ({ page, counter }) => {
  const rows = page.getByTestId('catalogue-row');
  await expect(rows.first()).toBeVisible();
  const firstBefore = await rows.first().getAttribute('data-item-id');
  counter.simulator.account.creditCents = 0;
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'failed');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue-search')).toHaveValue('austria 3 gb'); // the same customer's search
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue-search')).toHaveValue('');
  await expect(rows.first()).toHaveAttribute('data-item-id', firstBefore!);
  await expect(page.getByTestId('recent-tag')).toHaveCount(0);
});
