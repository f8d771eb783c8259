// The settings under a policy, with real files: the policy's values are read in place of the file's, are
// never written to it, and cannot be changed; a refused policy keeps the counter in demo and read-only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKeyValueFile } from '../../src/main/core/key-value-file';
import { approvedSettings } from '../../src/main/core/live-approval';
import { readPolicy } from '../../src/main/core/policy/policy-file';
import { createSettingsStore } from '../../src/main/core/settings';
import { tempDir } from '../support/console';

function counterFiles(policy: unknown, settings: Record<string, unknown> = {}) {
  const dir = tempDir('esim-counter-settings-policy-');
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
  writeFileSync(join(dir, 'policy.json'), typeof policy === 'string' ? policy : JSON.stringify(policy));
  const file = openKeyValueFile(dir, 'settings');
  const state = readPolicy({ path: join(dir, 'policy.json'), named: true });
  const store = createSettingsStore(file, () => undefined, state);
  const onDisk = () => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
  return { store, onDisk };
}

describe('settings under an applied policy', () => {
  it('reads the managed values over the file, keeps them out of it, and saves the rest', () => {
    const { store, onDisk } = counterFiles(
      { storeName: 'Airport Kiosk 7', paper: '58mm', clerks: ['Ana'] },
      { storeName: 'Old name', storeAddress: 'Gate A' },
    );
    expect(store.read()).toMatchObject({
      storeName: 'Airport Kiosk 7',
      paper: '58mm',
      clerks: ['Ana'],
      storeAddress: 'Gate A',
    });
    store.update({ storeAddress: 'Gate B', storeName: 'Airport Kiosk 7', clerks: ['Ana'] }); // unchanged managed values pass
    expect(store.read()).toMatchObject({ storeName: 'Airport Kiosk 7', storeAddress: 'Gate B' });
    expect(onDisk()).toMatchObject({ storeName: 'Old name', storeAddress: 'Gate B', paper: '80mm', clerks: [] });
  });

  it('refuses a patch that changes a managed value, whole, with one sentence', () => {
    const { store, onDisk } = counterFiles({ storeIp: '203.0.113.7', clerks: ['Ana'] });
    expect(() => store.update({ storeIp: '198.51.100.1', storeAddress: 'Gate C' })).toThrow(
      "storeIp is set by your organisation's policy and cannot be changed here.",
    );
    expect(() => store.update({ storeIp: '198.51.100.1', clerks: [] })).toThrow(
      "storeIp, clerks are set by your organisation's policy and cannot be changed here.",
    );
    expect(store.read().storeAddress).toBe('');
    expect(onDisk().storeAddress).toBeUndefined();
  });
});

describe('settings under a refused policy', () => {
  it('stay in demo mode whatever the file says, refuse every change and going live', () => {
    const { store } = counterFiles({ storeIp: 'nope' }, { mode: 'live', reconciliationWindowMs: 60_000 });
    expect(store.read().mode).toBe('demo');
    expect(() => store.update({ storeAddress: 'Gate D' })).toThrow(
      /^Settings are locked\. The organisation's policy file .* was refused: storeIp: /,
    );
    expect(() => store.setMode('live')).toThrow(/^Settings are locked\./);
    expect(store.setMode('demo').mode).toBe('demo');
  });

  it('a policy that is not JSON is refused the same way, and nothing of it applies', () => {
    const { store } = counterFiles('{"storeName": "Half a policy", ', { storeName: 'The store' });
    expect(store.read().storeName).toBe('The store');
    expect(() => store.update({ storeName: 'x' })).toThrow(/it is not JSON/);
  });
});

describe('the console’s view of the settings', () => {
  it('says why they are locked while the policy is refused, through the live-approval view too', () => {
    const { store } = counterFiles({ storeIp: 'nope' });
    expect(store.locked).toMatch(/^Settings are locked\. The organisation's policy file /);
    expect(approvedSettings(store, () => false).locked).toBe(store.locked);
    expect(counterFiles({ storeIp: '203.0.113.7' }).store.locked).toBeUndefined();
  });
});
