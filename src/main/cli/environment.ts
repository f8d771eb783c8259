// The CLI's configuration: environment variables first, then the settings file in the data folder, then
// defaults. Each bad value is one sentence naming the variable.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CounterIdSchema, LIVE_BASE_URL, SettingsSchema, type Settings } from '../../shared/settings';
import type { ClientCredentials } from '../core/gigastore/client';
import { defaultDataDir } from '../core/data-dir';
import { openKeyValueFile } from '../core/key-value-file';
import { createSettingsStore, openSettingsFile } from '../core/settings';
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
  const dataDir = defaultDataDir(env);
  const notices: string[] = [];
  const settings = existsSync(join(dataDir, 'settings.json')) ? settingsIn(dataDir, notices) : SettingsSchema.parse({});

  const baseUrl = env.GIGASTORE_BASE_URL || LIVE_BASE_URL;
  if (!/^https?:\/\/[^/]+/.test(baseUrl))
    throw new UsageError(`GIGASTORE_BASE_URL "${baseUrl}" is not an http(s) address.`);

  const counterId = env.ESIM_COUNTER_COUNTER_ID || settings.counterId;
  if (!CounterIdSchema.safeParse(counterId).success) {
    throw new UsageError(`ESIM_COUNTER_COUNTER_ID "${counterId}" must be 1 to 16 letters, digits or "-".`);
  }
  const storeIp = env.ESIM_COUNTER_STORE_IP ?? settings.storeIp;
  if (storeIp && !SettingsSchema.shape.storeIp.safeParse(storeIp).success) {
    throw new UsageError(`ESIM_COUNTER_STORE_IP "${storeIp}" is not an IP address.`);
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

function settingsIn(dataDir: string, notices: string[]): Settings {
  const file = openSettingsFile(() => openKeyValueFile(dataDir, 'settings'), join(dataDir, 'settings.json'), notices);
  const store = createSettingsStore(file, () => undefined);
  notices.push(...store.problems);
  return store.read();
}
