// On a shared counter PC the data folder is for this user only (POSIX): the folder 0700, the journal, the
// audit trail, settings, vault, logs and every file kept aside 0600, created so and tightened when an
// older version left them open. Real files, opened as main opens them, after a real sale and a log line.
// (Windows keeps the profile's ACLs instead: nothing here applies there.)
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCounterConsole } from '../../src/main/core/console';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { openKeyValueFile } from '../../src/main/core/key-value-file';
import { pinStoreIn } from '../../src/main/core/pin-record';
import { fileLogger } from '../../src/main/core/log/node-log';
import { Redactor } from '../../src/main/core/log/redactor';
import { makeDataDirPrivate } from '../../src/main/core/private-files';
import { backupBesideIt, createSettingsStore, openSettingsFile } from '../../src/main/core/settings';
import { memoryVault } from '../support/memory-vault';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import { cliEnv, runCli } from '../support/cli';
import { saleRequestFor, tempDir, until } from '../support/console';
import { startSimulator } from '../support/simulator';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** Every file and folder in the data folder and its logs folder, with its mode. */
function modesIn(dataDir: string): Record<string, string> {
  const modes: Record<string, string> = { '.': modeOf(dataDir) };
  for (const name of readdirSync(dataDir)) modes[name] = modeOf(join(dataDir, name));
  if (existsSync(join(dataDir, 'logs')))
    for (const name of readdirSync(join(dataDir, 'logs'))) modes[`logs/${name}`] = modeOf(join(dataDir, 'logs', name));
  return modes;
}

const onlyPrivate = (modes: Record<string, string>) =>
  Object.fromEntries(Object.keys(modes).map((name) => [name, name === '.' || name === 'logs' ? '700' : '600']));

/** The data folder opened as main opens it, a sale sold through the console, a setting, a PIN and a log line. */
async function sellOnce(dataDir: string): Promise<void> {
  makeDataDirPrivate(dataDir);
  const notices: string[] = [];
  const settingsFile = openSettingsFile(
    () => openKeyValueFile(dataDir, 'settings'),
    join(dataDir, 'settings.json'),
    notices,
  );
  const vaultFile = openKeyValueFile(dataDir, 'vault');
  const journal = SalesJournal.open(dataDir);
  const audit = AuditTrail.open(dataDir);
  const log = fileLogger(join(dataDir, 'logs', 'main.log'), new Redactor());
  const world = await startDemoWorld({ scanDelayMs: 20 });
  const counter = createCounterConsole({
    settings: createSettingsStore(settingsFile, backupBesideIt),
    vault: memoryVault(),
    journal,
    audit,
    log,
    startDemo: async () => world,
    pins: pinStoreIn(vaultFile),
    pollIntervalMs: () => 20,
  });
  try {
    await counter.updateSettings({ storeName: 'Kiosk Nord' });
    const { request } = await saleRequestFor(counter);
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('active');
    await counter.setManagerPin({ next: '2468' });
    log.warn('a line for the log');
    await until(() => existsSync(join(dataDir, 'logs', 'main.log')));
  } finally {
    await counter.close();
    journal.close();
    audit.close();
  }
}

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('after a sale, a setting, a PIN and a log line, holds only files its user can read, in a 0700 folder', async () => {
    // The umask here leaves new files 0644: the modes below are the code's doing, not the umask's.
    const probe = join(tempDir(), 'probe');
    writeFileSync(probe, '');
    expect(modeOf(probe)).toBe('644');

    const dataDir = join(tempDir(), 'esim-counter'); // a first start: the folder does not exist yet
    await sellOnce(dataDir);
    const modes = modesIn(dataDir);
    expect(Object.keys(modes)).toEqual(
      expect.arrayContaining(['settings.json', 'vault.json', 'sales.journal', 'audit.journal', 'logs/main.log']),
    );
    expect(modes).toEqual(onlyPrivate(modes));
  });

  it('tightens a folder an older version left 0755, with 0644 files and copies kept aside', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'logs'));
    const planted = {
      'settings.json': JSON.stringify({ storeName: 'Kiosk', copies: 40 }), // invalid: backed up when next saved
      'vault.json': '{}',
      'sales.journal': '0000 cut short by a crash', // kept aside when opened
      'audit.journal': '',
      'sales.journal.damaged-2026-01-01T00-00-00-000Z': 'from an older version',
      'logs/main.log': 'an old line\n',
      'logs/main.old.log': 'an older line\n',
    };
    for (const [name, content] of Object.entries(planted)) writeFileSync(join(dataDir, name), content);
    for (const path of [dataDir, join(dataDir, 'logs')]) chmodSync(path, 0o755);
    for (const name of Object.keys(planted)) chmodSync(join(dataDir, name), 0o644);

    await sellOnce(dataDir);
    const modes = modesIn(dataDir);
    expect(Object.keys(modes)).toEqual(expect.arrayContaining(Object.keys(planted)));
    expect(Object.keys(modes).filter((name) => name.startsWith('settings.invalid-'))).toHaveLength(1);
    expect(Object.keys(modes).filter((name) => name.startsWith('sales.journal.damaged-'))).toHaveLength(2);
    expect(modes).toEqual(onlyPrivate(modes));
  });

  it('each file keeps itself private when opened on its own (the CLI, with no start-up sweep)', async () => {
    const dataDir = join(tempDir(), 'new', 'esim-counter');
    const simulator = await startSimulator();
    const item = simulator.account.inventory[0]!;
    const sold = await runCli(
      ['sell', '--item', item.id, '--country', 'AT'],
      cliEnv(simulator.baseUrl, { ESIM_COUNTER_DATA_DIR: dataDir }),
    );
    expect(sold.code).toBe(0);
    expect(modesIn(dataDir)).toEqual({ '.': '700', 'sales.journal': '600' });

    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'sales.journal'), 0o644);
    writeFileSync(join(dataDir, 'settings.json'), '{}');
    chmodSync(join(dataDir, 'settings.json'), 0o644);
    const listed = await runCli(['journal'], cliEnv(simulator.baseUrl, { ESIM_COUNTER_DATA_DIR: dataDir }));
    expect(listed.code).toBe(0);
    expect(modesIn(dataDir)).toEqual({ '.': '700', 'sales.journal': '600', 'settings.json': '600' });

    // A settings file that is not JSON is renamed aside: the name changes, the mode must not stay 0644.
    writeFileSync(join(dataDir, 'settings.json'), '{ "storeName": ');
    chmodSync(join(dataDir, 'settings.json'), 0o644);
    expect((await runCli(['journal'], cliEnv(simulator.baseUrl, { ESIM_COUNTER_DATA_DIR: dataDir }))).code).toBe(0);
    const kept = Object.entries(modesIn(dataDir)).filter(([name]) => name.startsWith('settings.unreadable-'));
    expect(kept).toEqual([[expect.any(String), '600']]);
  });

  it('a copy of the settings kept before a rewrite is private even when the original was not', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), '{"copies": 40}');
    chmodSync(join(dataDir, 'settings.json'), 0o644);
    backupBesideIt(join(dataDir, 'settings.json'));
    const copies = Object.entries(modesIn(dataDir)).filter(([name]) => name.startsWith('settings.invalid-'));
    expect(copies).toEqual([[expect.any(String), '600']]);
  });
});
