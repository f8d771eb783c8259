// The CLI's configuration: environment variables first, then the settings file in the data folder, then
// defaults. Each bad value is one sentence naming the variable, said before anything is read or written.
// The organisation's policy (the same file the app reads: ESIM_COUNTER_POLICY or the machine's usual
// place) lies over all of them: a variable that contradicts a managed value is refused, not obeyed.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CounterIdSchema, LIVE_BASE_URL, SettingsSchema, type Settings } from '../../shared/settings';
import type { ClientCredentials } from '../core/gigastore/client';
import { defaultDataDir } from '../core/data-dir';
import { openKeyValueFile } from '../core/key-value-file';
import { loadPolicy, managedSettings, type PolicyState } from '../core/policy/policy-file';
import { createSettingsStore, openSettingsFile, type KeyValueFile } from '../core/settings';
import { isLoopbackHost } from './gigastore-target';
import { quoted } from './input';
import { UsageError } from './usage';

export interface CliEnvironment {
  baseUrl: string;
  credentials: ClientCredentials | undefined;
  dataDir: string;
  storeIp: string;
  counterId: string;
  settings: Settings;
  /** The organisation's policy; a refused one lets only the commands that reach no Gigastore run. */
  policy: PolicyState;
  notices: string[];
}

export function readEnvironment(env: NodeJS.ProcessEnv): CliEnvironment {
  const dataDir = dataDirOf(env);
  const notices: string[] = [];
  const policy = loadPolicy(env);
  if (policy.status === 'refused') notices.push(policy.problem);
  const settings = settingsIn(dataDir, notices, policy);
  const managed = managedSettings(policy);

  // Checked (https, or http to loopback) where a command first needs Gigastore: see client() in commands.ts.
  const baseUrl = env.GIGASTORE_BASE_URL || managed.liveBaseUrl || LIVE_BASE_URL;
  // The simulator (or a support relay) on this machine stays allowed; another live address does not.
  if (managed.liveBaseUrl && baseUrl !== managed.liveBaseUrl && !loopback(baseUrl)) {
    throw contradicts('GIGASTORE_BASE_URL', baseUrl, 'liveBaseUrl', managed.liveBaseUrl);
  }

  const counterId = env.ESIM_COUNTER_COUNTER_ID || settings.counterId;
  if (!CounterIdSchema.safeParse(counterId).success) {
    throw new UsageError(`ESIM_COUNTER_COUNTER_ID ${quoted(counterId)} must be 1 to 16 letters, digits or "-".`);
  }
  if (managed.counterId !== undefined && counterId !== managed.counterId) {
    throw contradicts('ESIM_COUNTER_COUNTER_ID', counterId, 'counterId', managed.counterId);
  }
  const storeIp = env.ESIM_COUNTER_STORE_IP ?? settings.storeIp;
  if (storeIp && !SettingsSchema.shape.storeIp.safeParse(storeIp).success) {
    throw new UsageError(`ESIM_COUNTER_STORE_IP ${quoted(storeIp)} is not an IP address.`);
  }
  if (managed.storeIp !== undefined && storeIp !== managed.storeIp) {
    throw contradicts('ESIM_COUNTER_STORE_IP', storeIp, 'storeIp', managed.storeIp);
  }
  const { GIGASTORE_CLIENT_ID: clientId, GIGASTORE_CLIENT_SECRET: clientSecret } = env;
  return {
    baseUrl,
    credentials: clientId && clientSecret ? { clientId, clientSecret } : undefined,
    dataDir,
    storeIp,
    counterId,
    settings,
    policy,
    notices,
  };
}

const contradicts = (variable: string, value: string, setting: string, managed: string) =>
  new UsageError(
    `${variable} ${quoted(value)} contradicts the organisation's policy, which sets ${setting} to ${quoted(managed)}; unset it.`,
  );

function loopback(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false; // not an address at all: client() says so in its own sentence
  }
}

/** The data folder: a relative one would put a second journal wherever the command happens to run. */
function dataDirOf(env: NodeJS.ProcessEnv): string {
  const named = env.ESIM_COUNTER_DATA_DIR;
  if (named && (!isAbsolute(named) || /\p{Cc}/u.test(named) || named.length > 1000)) {
    throw new UsageError(`ESIM_COUNTER_DATA_DIR ${quoted(named)} must be the full path of a folder.`);
  }
  return defaultDataDir(env);
}

/** The settings as the app reads them: the file's (when there is one) under the policy's. */
function settingsIn(dataDir: string, notices: string[], policy: PolicyState): Settings {
  const path = join(dataDir, 'settings.json');
  const file: KeyValueFile = existsSync(path)
    ? openSettingsFile(() => openKeyValueFile(dataDir, 'settings'), path, notices)
    : { store: {}, path: '(no settings file)' };
  const store = createSettingsStore(file, () => undefined, policy);
  notices.push(...store.problems);
  return store.read();
}
