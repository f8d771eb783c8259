// What the close-of-day tests stage: a sale made at this counter, and a package Gigastore holds under a
// sale id this journal never wrote (sold elsewhere, or by a journal that was lost), so that a day differs.
import type { Page } from '@playwright/test';
import { expect, type Counter } from './harness';

/** Sells the first package in the list and leaves the handoff. */
export async function sellFirstPackage(page: Page): Promise<void> {
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
  await page.getByTestId('new-sale').click();
}

/** A package sold under `metatag`, put into Gigastore's sales list through the simulator's control route. */
export async function soldElsewhere(counter: Counter, metatag: string): Promise<void> {
  const response = await fetch(`${counter.simulator.baseUrl}/_simulator/activated-items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ metatag }),
  });
  expect(response.ok).toBe(true);
}
