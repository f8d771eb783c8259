// The organisation's policy in the counter window, read from real files as ESIM_COUNTER_POLICY names them:
// managed settings are shown as set by the organisation and cannot be edited (main refuses them too),
// and a policy that fails its schema is said on screen, whole, with Settings read-only and demo mode kept.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Result } from '../../src/shared/api';
import type { Settings } from '../../src/shared/settings';
import { expect, saveScreen, test } from './harness';

const folder = mkdtempSync(join(tmpdir(), 'esim-counter-policy-'));
function policyFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** Calls the bridge as the page's own script could. */
const updateSettings = (page: Page, patch: Partial<Settings>) =>
  page.evaluate(
    (value) =>
      (
        window as unknown as { esimCounter: { updateSettings(p: unknown): Promise<Result<Settings>> } }
      ).esimCounter.updateSettings(value),
    patch,
  );

test.describe('a policy that fixes the store, its IP, the paper and the reconciliation window', () => {
  test.use({
    policyFile: policyFile(
      'managed.json',
      JSON.stringify({
        storeName: 'Airport Kiosk 7',
        storeIp: '203.0.113.7',
        paper: '58mm',
        reconciliationWindowMs: 60_000,
        updateUrl: 'https://updates.example.com/esim-counter',
      }),
    ),
  });

  test('shows each managed setting as set by the organisation, locked, and saves the others', async ({
    page,
    counter,
  }) => {
    await expect(page.getByTestId('store-name')).toHaveText('Airport Kiosk 7');
    await page.getByTestId('open-settings').click();
    for (const [field, input] of [
      ['storeName', 'settings-storeName'],
      ['storeIp', 'settings-storeIp'],
      ['paper', 'settings-paper'],
      ['reconciliationWindowMs', 'settings-reconciliationWindow'],
    ] as const) {
      await expect(page.getByTestId(input)).toBeDisabled();
      await expect(page.getByTestId(`managed-${field}`).getByTestId('managed-note')).toHaveText(
        'Set by your organisation',
      );
    }
    await expect(page.getByTestId('settings-storeName')).toHaveValue('Airport Kiosk 7');
    await expect(page.getByTestId('settings-storeIp')).toHaveValue('203.0.113.7');
    await expect(page.getByTestId('settings-reconciliationWindow')).toHaveValue('60');
    await expect(page.getByTestId('managed-storeAddress').getByTestId('managed-note')).toHaveCount(0);
    await saveScreen(page, 'settings-managed');

    // What the policy leaves to the store is still the store's to change.
    await page.getByTestId('settings-storeAddress').fill('Terminal 2, Gate B');
    await page.getByTestId('settings-save').click();
    await expect(page.getByText('Store settings saved.')).toBeVisible();
    const { settings } = await counter.console.getOverview();
    expect(settings.storeAddress).toBe('Terminal 2, Gate B');
    expect(settings.storeName).toBe('Airport Kiosk 7');

    // A page script that skips the locked box is refused by main, with one sentence.
    expect(await updateSettings(page, { storeName: 'My own kiosk' })).toEqual({
      ok: false,
      error: {
        code: 'settings.managed',
        message: "storeName is set by your organisation's policy and cannot be changed here.",
      },
    });
  });
});

test.describe('a policy that fails its schema', () => {
  test.use({
    policyFile: policyFile('broken.json', JSON.stringify({ storeIp: 'not-an-ip', printer: 'Star TSP100' })),
  });

  test('is said in a banner with each field and reason; Settings are read-only and the counter stays in demo', async ({
    page,
  }) => {
    const banner = page.getByTestId('policy-banner');
    await expect(banner).toContainText(
      'storeIp: The store IP must be an IPv4 or IPv6 address, for example 203.0.113.7; printer:',
    );
    await expect(banner).toContainText('printer: not a setting a policy can fix');
    await expect(banner).toContainText('this counter stays in demo mode');
    await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'demo');

    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('settings-guarded')).toHaveAttribute('data-locked', 'true');
    await expect(page.getByTestId('settings-storeAddress')).toBeDisabled();
    await expect(page.getByTestId('settings-policy-locked')).toBeVisible();
    await saveScreen(page, 'settings-policy-refused');

    const refused = await updateSettings(page, { storeAddress: 'Anywhere' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/^Settings are locked\. The organisation's policy file /);
  });
});

test.describe('a policy file that is not JSON', () => {
  test.use({ policyFile: policyFile('not-json.json', '{ "storeName": "Kiosk", }') });

  test('is refused whole, and the banner says it is not JSON', async ({ page }) => {
    await expect(page.getByTestId('policy-banner')).toContainText('was refused: it is not JSON (');
    await expect(page.getByTestId('store-name')).not.toHaveText('Kiosk');
  });
});
