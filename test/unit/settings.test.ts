import Conf from 'conf';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsPatchSchema, SettingsSchema } from '../../src/shared/settings';
import { backupBesideIt, createSettingsStore, openSettingsFile } from '../../src/main/core/settings';
import { tempDir } from '../support/console';

const open = (dir: string, notices: string[] = []) =>
  openSettingsFile(
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: 'settings',
        projectName: 'esim-counter',
        clearInvalidConfig: false,
      }),
    join(dir, 'settings.json'),
    notices,
  );

describe('the settings file', () => {
  it('a patch changes only the fields it names', () => {
    const dir = tempDir();
    const store = createSettingsStore(open(dir), backupBesideIt);
    store.update({ storeName: 'Kiosk Nord', autoPrint: 'off', copies: 2 });
    store.update(SettingsPatchSchema.parse({ clerks: ['Mira'] }));
    expect(store.read()).toMatchObject({ storeName: 'Kiosk Nord', autoPrint: 'off', copies: 2, clerks: ['Mira'] });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      storeName: 'Kiosk Nord',
      copies: 2,
    });
  });

  it('replaces an invalid value by its default with one sentence, and keeps the file as it was until the next change', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ storeName: 'Kiosk', storeIp: '999.1.1.1', copies: 40 }));
    const store = createSettingsStore(open(dir), backupBesideIt);
    expect(store.read()).toMatchObject({ storeName: 'Kiosk', storeIp: '', copies: 1 });
    expect(store.problems).toHaveLength(2);
    expect(store.problems[0]).toMatch(
      /^The settings file has an invalid storeIp \(.*\); the default is used until it is changed in Settings\.$/,
    );
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).storeIp).toBe('999.1.1.1');
    store.update({ supportLine: '+43 1 234' });
    const kept = readdirSync(dir).find((name) => name.startsWith('settings.invalid-'));
    expect(JSON.parse(readFileSync(join(dir, kept!), 'utf8')).storeIp).toBe('999.1.1.1');
  });

  it('keeps a file that is not even JSON aside, says where, and starts from the defaults', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{ "storeName": "Kiosk", ');
    const notices: string[] = [];
    const store = createSettingsStore(open(dir, notices), backupBesideIt);
    expect(store.read().storeName).toBe('eSIM Counter demo store');
    expect(notices[0]).toMatch(
      /^The settings file could not be read, so the defaults are used; the old file was kept as .*settings\.unreadable-\d+\.json\.$/,
    );
    const kept = readdirSync(dir).find((name) => name.startsWith('settings.unreadable-'));
    expect(readFileSync(join(dir, kept!), 'utf8')).toBe('{ "storeName": "Kiosk", ');
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
  });
});

describe('the reconciliation window', () => {
  const sentence =
    'In live mode the reconciliation window is at least 30 seconds: a charge can reach the sales list that late.';

  it('may be 1 s for demo sales, and no less than 30 s in live mode (the schema says why)', () => {
    expect(SettingsSchema.safeParse({ mode: 'demo', reconciliationWindowMs: 1000 }).success).toBe(true);
    expect(SettingsSchema.safeParse({ mode: 'live', reconciliationWindowMs: 30_000 }).success).toBe(true);
    const refused = SettingsSchema.safeParse({ mode: 'live', reconciliationWindowMs: 29_999 });
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ path: ['reconciliationWindowMs'], message: sentence }),
    ]);
  });

  it('cannot be saved under 30 s in live mode: one sentence, and the file keeps its value', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ mode: 'live', reconciliationWindowMs: 60_000 }));
    const store = createSettingsStore(open(dir), backupBesideIt);
    expect(() => store.update({ reconciliationWindowMs: 5_000 })).toThrow(sentence);
    expect(store.read().reconciliationWindowMs).toBe(60_000);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).reconciliationWindowMs).toBe(60_000);
    expect(store.update({ reconciliationWindowMs: 30_000 }).reconciliationWindowMs).toBe(30_000);
  });

  it('is lifted to 30 s when a demo store with a 1 s window goes live, and stays as set going back', () => {
    const store = createSettingsStore(open(tempDir()), backupBesideIt);
    store.update({ reconciliationWindowMs: 1000 });
    expect(store.setMode('live')).toMatchObject({ mode: 'live', reconciliationWindowMs: 30_000 });
    expect(store.setMode('demo')).toMatchObject({ mode: 'demo', reconciliationWindowMs: 30_000 });
  });

  it('edited by hand under 30 s in a live settings file, falls back to the default with a sentence', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ mode: 'live', reconciliationWindowMs: 1000 }));
    const store = createSettingsStore(open(dir), backupBesideIt);
    expect(store.read()).toMatchObject({ mode: 'live', reconciliationWindowMs: 120_000 });
    expect(store.problems).toEqual([
      `The settings file has an invalid reconciliationWindowMs (${sentence}); the default is used until it is changed in Settings.`,
    ]);
  });
});
