// The CLI's configuration: environment variables first, then the settings file in the data folder, then
// defaults. Each bad value is one sentence naming the variable, said before anything is read or written.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CounterIdSchema, LIVE_BASE_URL, SettingsSchema, type Settings } from '../../shared/settings';
import type { ClientCredentials } from '../core/gigastore/client';
import { defaultDataDir } from '../core/data-dir';
import { openKeyValueFile } from '../core/key-value-file';
import { createSettingsStore, openSettingsFile } from '../core/settings';
import { quoted } from './input';
import { UsageError } from './usage';

export interface CliEnvironment {
  baseUrl: string;
  credentials: ClientCredentials | undefined;
  dataDir: string;
  storeIp: string;
  counterId: string;
  settings: Settings;
  notices: string[];
}

export function readEnvironment(env: NodeJS.ProcessEnv): CliEnvironment {
  const dataDir = dataDirOf(env);
  const notices: string[] = [];
  const settings = existsSync(join(dataDir, 'settings.json')) ? settingsIn(dataDir, notices) : SettingsSchema.parse({});

  // Checked (https, or http to loopback) where a command first needs Gigastore: see client() in commands.ts.
  const baseUrl = env.GIGASTORE_BASE_URL || LIVE_BASE_URL;

  const counterId = env.ESIM_COUNTER_COUNTER_ID || settings.counterId;
  if (!CounterIdSchema.safeParse(counterId).success) {
    throw new UsageError(`ESIM_COUNTER_COUNTER_ID ${quoted(counterId)} must be 1 to 16 letters, digits or "-".`);
  }
  const storeIp = env.ESIM_COUNTER_STORE_IP ?? settings.storeIp;
  if (storeIp && !SettingsSchema.shape.storeIp.safeParse(storeIp).success) {
    throw new UsageError(`ESIM_COUNTER_STORE_IP ${quoted(storeIp)} is not an IP address.`);
  }
  const { GIGASTORE_CLIENT_ID: clientId, GIGASTORE_CLIENT_SECRET: clientSecret } = env;
  return {
    baseUrl,
    credentials: clientId && clientSecret ? { clientId, clientSecret } : undefined,
    dataDir,
    storeIp,
    counterId,
    settings,
    notices,
  };
}

/** The data folder: a relative one would put a second journal wherever the command happens to run. */
function dataDirOf(env: NodeJS.ProcessEnv): string {
  const named = env.ESIM_COUNTER_DATA_DIR;
  if (named && (!isAbsolute(named) || /\p{Cc}/u.test(named) || named.length > 1000)) {
    throw new UsageError(`ESIM_COUNTER_DATA_DIR ${quoted(named)} must be the full path of a folder.`);
  }
  return defaultDataDir(env);
}

function settingsIn(dataDir: string, notices: string[]): Settings {
  const file = openSettingsFile(() => openKeyValueFile(dataDir, 'settings'), join(dataDir, 'settings.json'), notices);
  const store = createSettingsStore(file, () => undefined);
  notices.push(...store.problems);
  return store.read();
}
