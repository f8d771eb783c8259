// Settings read from and written to a key-value store (electron-store in the app, conf in the CLI and in
// tests: the same file format). A bad value in the file is reported in one sentence and replaced by its
// default in memory; the file itself is kept as it is until the next change, which first saves a copy.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import {
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings';

/** What Conf and ElectronStore both offer. */
export interface KeyValueFile {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface SettingsStore {
  read(): Settings;
  update(patch: SettingsPatch): Settings;
  setMode(mode: Settings['mode']): Settings;
  /** Sentences about values in the file that were not valid and were replaced by defaults. */
  readonly problems: readonly string[];
}

export function createSettingsStore(file: KeyValueFile, backup: (path: string) => void): SettingsStore {
  const problems: string[] = [];
  let current = load(file.store, problems);
  let backedUp = problems.length === 0;

  function save(next: Settings): Settings {
    if (!backedUp) {
      backup(file.path);
      backedUp = true;
    }
    file.store = { ...next };
    current = next;
    return current;
  }

  return {
    problems,
    read: () => current,
    update(patch) {
      const valid = SettingsPatchSchema.parse(patch);
      return save(SettingsSchema.parse({ ...current, ...valid }));
    },
    setMode: (mode) => save({ ...current, mode }),
  };
}

function load(raw: Record<string, unknown>, problems: string[]): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SettingsSchema.shape) as Array<keyof Settings>) {
    if (!(key in raw)) continue;
    const field = SettingsSchema.shape[key].safeParse(raw[key]);
    if (field.success) settings[key] = field.data;
    else {
      problems.push(
        `The settings file has an invalid ${key} (${field.error.issues[0]?.message ?? 'invalid'}); the default is used until it is changed in Settings.`,
      );
    }
  }
  return SettingsSchema.parse(settings);
}

/** Keeps the settings file as it was (next to it, timestamped) before it is first rewritten. */
export function backupBesideIt(path: string): void {
  if (existsSync(path)) copyFileSync(path, path.replace(/(\.json)?$/, `.invalid-${Date.now()}.json`));
}

/**
 * Opens the settings file through `open`; when the file is not even JSON, it is kept aside under a new
 * name (nothing is lost), a sentence says so, and a fresh file with the defaults is opened instead.
 */
export function openSettingsFile<T>(open: () => T, path: string, notices: string[]): T {
  try {
    return open();
  } catch (error) {
    if (!existsSync(path)) throw error;
    const kept = path.replace(/(\.json)?$/, `.unreadable-${Date.now()}.json`);
    renameSync(path, kept);
    notices.push(`The settings file could not be read, so the defaults are used; the old file was kept as ${kept}.`);
    return open();
  }
}
