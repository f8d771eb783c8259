// Staging the money faults of a real Gigastore on the simulator, in-process: a sale charged while its answer
// is lost, and that charge kept out of the sales list for a while (the list lags, or a charge lands late),
// so the console gives the sale up and may send it again. Nothing here touches the console: it only sees
// what Gigastore's HTTP API says.
import type { Page } from '@playwright/test';
import type { ActivatedItem } from '../../src/shared/gigastore';
import type { GigastoreSimulator } from '../../src/main/simulator/server';
import type { CustomerRecord } from '../../src/main/simulator/store';
import { expect } from './harness';

export interface HiddenCharge {
  /** The package Gigastore charged and keeps out of its lists; undefined until the charge happened. */
  readonly uid: string | undefined;
  /** The package appears in Gigastore's lists again, as sold when it was. */
  restore(): void;
}

/** The next register charges as usual, then Gigastore keeps that package out of every list until restored. */
export function hideNextCharge(simulator: GigastoreSimulator): HiddenCharge {
  const { account } = simulator;
  const register = account.register;
  let hidden: { customer: CustomerRecord; item: ActivatedItem } | undefined;
  account.register = (request, now) => {
    account.register = register;
    const answer = register.call(account, request, now);
    const customer = account.customers.get(answer.customer.uid) as CustomerRecord;
    hidden = { customer, item: customer.items.splice(0, 1)[0] as ActivatedItem };
    return answer;
  };
  return {
    get uid() {
      return hidden?.item.uid;
    },
    restore() {
      if (hidden && !hidden.customer.items.includes(hidden.item)) hidden.customer.items.unshift(hidden.item);
    },
  };
}

/**
 * Sells the first package while Gigastore charges it and the connection breaks before the answer, with that
 * charge hidden from the lists: the console checks, then (after its window and two reads) gives it up as
 * not charged, on screen.
 */
export async function sellGivenUp(page: Page, simulator: GigastoreSimulator): Promise<HiddenCharge> {
  const charge = hideNextCharge(simulator);
  simulator.faults.add({ path: '/register', action: 'reset', commit: true });
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-phase')).toHaveAttribute('data-phase', 'not-charged', { timeout: 10_000 });
  expect(charge.uid).toBeDefined();
  return charge;
}

/** The sale's packages at Gigastore (its metatag), in the order they were sold. */
export function packagesOf(simulator: GigastoreSimulator, saleId: string): ActivatedItem[] {
  return simulator.account.activatedItems(undefined, undefined).filter((item) => item.metatag === saleId);
}
