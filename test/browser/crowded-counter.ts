// The fullest the counter's header gets, staged through the real core and simulator: a 40-character store
// name, the longest counter id, a clerk on shift, a sale Gigastore charged twice, a sale being checked,
// background checks with Gigastore failing, and (switched on per screen) Gigastore out of reach with the
// offline banner. Nothing here changes the console's state directly: it only sees Gigastore's HTTP API (and
// counts the catalogue reads the counter window makes, without changing them).
import type { Page } from '@playwright/test';
import type { RegisterRequest } from '../../src/shared/gigastore';
import { expect, type Counter } from './harness';
import { settled } from './layout-fit';

/** Exactly 40 characters, the longest a store name gets at a counter in practice. */
export const LONG_STORE_NAME = 'Mobilfunkwelt Wien Westbahnhof Mariahilf';
export const LONG_COUNTER_ID = 'WIEN-HBF-OST-K07'; // 16: the longest a counter id may be
export const CLERK = 'Anna-Lena Kowalczyk-Brandt';
export const CUSTOMER_EMAIL = 'anna.musterfrau@example.com';

interface CatalogueLoads {
  started: number;
  finished: number;
}
const catalogueLoads = new WeakMap<Counter['console'], CatalogueLoads>();

/**
 * Counts the counter window's catalogue reads. Leaving a handoff and Gigastore coming back each load it
 * afresh; a read still on its way when Gigastore goes away again fails and puts an error in the list's place.
 */
function countCatalogueLoads(counter: Counter): void {
  const loads = { started: 0, finished: 0 };
  const list = counter.console.listCatalogue;
  counter.console.listCatalogue = async () => {
    loads.started += 1;
    try {
      return await list();
    } finally {
      loads.finished += 1;
    }
  };
  catalogueLoads.set(counter.console, loads);
}

/** How many catalogue reads the counter window has begun so far. */
export function catalogueLoadsSoFar(counter: Counter): number {
  return catalogueLoads.get(counter.console)!.started;
}

/** Waits for a catalogue read begun after `started` to be answered, with none left on its way, and drawn. */
export async function catalogueLoadedSince(page: Page, counter: Counter, started: number): Promise<void> {
  const loads = catalogueLoads.get(counter.console)!;
  await expect.poll(() => loads.started > started && loads.finished === loads.started).toBe(true);
  await settled(page);
}

/** Gigastore's sales list answers 503 from now on: the sale being checked stays so, and every check fails. */
function failEveryCheck(counter: Counter): void {
  counter.simulator.faults.add({ path: '/activated-items', action: 'status', status: 503, times: 1_000_000 });
}

/**
 * Sells two packages so the header carries every badge at once: the first is charged while its answer is
 * lost, found by the check and then charged a second time under its metatag (a double charge); the second
 * is sent and never answered while the sales list keeps failing (being checked, checks failing). Ends on
 * the second sale's handoff, verifying.
 */
export async function crowdTheCounter(page: Page, counter: Counter): Promise<void> {
  countCatalogueLoads(counter);
  await counter.console.updateSettings({
    autoPrint: 'off', // receipts have their own tests
    storeName: LONG_STORE_NAME,
    counterId: LONG_COUNTER_ID,
    clerks: [CLERK, 'Jonas'],
  });
  await counter.console.startShift(CLERK);
  await expect(page.getByTestId('header-clerk')).toContainText(CLERK);

  counter.simulator.faults.add({ path: '/register', action: 'reset', commit: true });
  await page.getByTestId('catalogue-search').fill('europe 1 gb');
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('customer-email').fill(CUSTOMER_EMAIL);
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 10_000 });
  const sent = counter.simulator.requests.find((request) => request.path.includes('/register'));
  counter.simulator.account.register(sent!.body as RegisterRequest, new Date());
  await expect(page.getByTestId('double-charge-badge')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('new-sale').click();

  failEveryCheck(counter);
  counter.simulator.faults.add({ path: '/register', action: 'hang' });
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'verifying', { timeout: 10_000 });
  await expect(page.getByTestId('unresolved-badge')).toBeVisible();
  await expect(page.getByTestId('checks-failing')).toBeVisible({ timeout: 10_000 });
}

/** Every request to Gigastore breaks: the offline banner, and the checks keep failing. */
export async function goOffline(page: Page, counter: Counter): Promise<void> {
  counter.simulator.faults.clear();
  counter.simulator.faults.add({ action: 'reset', times: 1_000_000 });
  await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('checks-failing')).toBeVisible();
}

/**
 * Gigastore answers again, all but its sales list: selling works, the sale being checked stays so. Back
 * online, the counter window loads the catalogue afresh: that read is waited for.
 */
export async function goOnline(page: Page, counter: Counter): Promise<void> {
  const loads = catalogueLoadsSoFar(counter);
  counter.simulator.faults.clear();
  failEveryCheck(counter);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0, { timeout: 10_000 });
  await catalogueLoadedSince(page, counter, loads);
}
