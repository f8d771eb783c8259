// A CounterConsole on real files in a data folder, wired as src/main/index.ts wires the app: settings.json
// and vault.json (conf: electron-store's engine, the same format), the credentials sealed by the vault
// (a keychain stand-in), the manager PIN and its wrong tries under vault.json's "managerPin", the audit
// trail. Opening it again on the same folder is a restart; editing the files between is "by hand".
import type { PolicyState } from '../../src/main/core/policy/policy-file';
import Conf from 'conf';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCounterConsole, type ConsoleOptions } from '../../src/main/core/console';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { pinStoreIn } from '../../src/main/core/pin-record';
import { createSettingsStore } from '../../src/main/core/settings';
import { openSafeStorageVault } from '../../src/main/glue/vault';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import type { keychain } from './keychain';

const opened: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()));
});

export type Keychain = ReturnType<typeof keychain>;

export async function openCounterFiles(
  dataDir: string,
  options: { keys: Keychain; console?: Partial<ConsoleOptions>; policy?: PolicyState },
) {
  const settingsFile = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'settings',
    projectName: 'esim-counter',
    clearInvalidConfig: false,
  });
  const vaultFile = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'vault',
    projectName: 'esim-counter',
  });
  const vault = await openSafeStorageVault(
    {
      get: (key) => vaultFile.get(key),
      set: (key, value) => vaultFile.set(key, value),
      delete: (key) => vaultFile.delete(key),
    },
    options.keys,
    'linux',
  );
  /** The simulator demo mode started, if it did. */
  let demo: Awaited<ReturnType<typeof startDemoWorld>> | undefined;
  const journal = SalesJournal.open(dataDir);
  const audit = AuditTrail.open(dataDir);
  const counter = createCounterConsole({
    settings: createSettingsStore(settingsFile, () => undefined, options.policy),
    vault,
    pins: pinStoreIn(vaultFile),
    journal,
    audit,
    startDemo: async () => {
      demo = await startDemoWorld({ scanDelayMs: 30 });
      return demo;
    },
    reconcileEveryMs: 100,
    watchEveryMs: 100,
    probeEveryMs: 100,
    clientTuning: { timeoutMs: 2_000, connectTimeoutMs: 1_000, retry: { limit: 1, baseDelayMs: 10, maxDelayMs: 200 } },
    pollIntervalMs: () => 25,
    ...options.console,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await counter.close();
    journal.close();
    audit.close();
  };
  opened.push(close);
  return { counter, vault, vaultFile, settingsFile, audit, close, demo: () => demo };
}

/** Edits a JSON file in the data folder as a person with a text editor would. */
export function editJson(dataDir: string, name: string, edit: (json: Record<string, unknown>) => void): void {
  const path = join(dataDir, name);
  const json = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}) as Record<string, unknown>;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}
