// Settings read from and written to a key-value store (conf, in the app, the CLI and tests: see
// key-value-file.ts). A bad value in the file is reported in one sentence and replaced by its
// default in memory; the file itself is kept as it is until the next change, which first saves a copy.
// The organisation's policy (policy/policy-file.ts) lies over the file: its values are read in place of
// the file's and cannot be changed here; a refused policy keeps the counter in demo mode, read-only.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import {
  DEFAULT_SETTINGS,
  reconciliationWindowFor,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings';
import { ConsoleError } from './errors';
import { managedSettings, NO_POLICY, type PolicyState } from './policy/policy-file';
import { keepPathPrivate } from './private-files';

/** What a conf file offers (and a plain object in memory, in tests). */
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
  /** Set while the organisation's policy file is refused: why nothing here may change (and nothing go live). */
  readonly locked?: string;
}

export function createSettingsStore(
  file: KeyValueFile,
  backup: (path: string) => void,
  policy: PolicyState = NO_POLICY,
): SettingsStore {
  const problems: string[] = [];
  const managed = managedSettings(policy);
  /** The file's own settings: what is saved. The policy's values never reach the file. */
  let own = load(file.store, problems);
  let backedUp = problems.length === 0;
  const withPolicy = (settings: Settings): Settings =>
    policy.status === 'refused' ? { ...settings, mode: 'demo' } : SettingsSchema.parse({ ...settings, ...managed });
  let current = withPolicy(own);

  function save(next: Settings): Settings {
    if (!backedUp) {
      backup(file.path);
      backedUp = true;
    }
    file.store = { ...next };
    own = next;
    current = withPolicy(own);
    return current;
  }

  return {
    problems,
    ...(policy.status === 'refused' ? { locked: lockedByPolicy(policy.problem).message } : {}),
    read: () => current,
    update(patch) {
      const valid = SettingsPatchSchema.parse(patch);
      refuseManagedChange(valid, policy, managed);
      // What is left is the file's: a managed value (unchanged, or it was refused) never reaches it.
      const unmanaged = Object.fromEntries(Object.entries(valid).filter(([key]) => !(key in managed)));
      const next = SettingsSchema.safeParse({ ...own, ...unmanaged });
      if (!next.success) throw new ConsoleError('settings.invalid', next.error.issues[0]?.message ?? 'invalid');
      const merged = SettingsSchema.safeParse({ ...next.data, ...managed });
      if (!merged.success) throw new ConsoleError('settings.invalid', merged.error.issues[0]?.message ?? 'invalid');
      return save(next.data);
    },
    // Going live lifts a window set short for demo training to the live minimum (the Settings screen
    // shows the new value); the ledger never gives a live sale less in any case.
    setMode(mode) {
      if (policy.status === 'refused' && mode === 'live') throw lockedByPolicy(policy.problem);
      return save({ ...own, mode, reconciliationWindowMs: reconciliationWindowFor(mode, own.reconciliationWindowMs) });
    },
  };
}

/**
 * A managed setting keeps the policy's value: a patch naming it with another value is refused whole
 * (the same value is no change, so a form that sends its every field still saves the others).
 */
function refuseManagedChange(patch: SettingsPatch, policy: PolicyState, managed: SettingsPatch): void {
  if (policy.status === 'refused') throw lockedByPolicy(policy.problem);
  const changed = (Object.keys(patch) as Array<keyof SettingsPatch>).filter(
    (key) => key in managed && JSON.stringify(patch[key]) !== JSON.stringify(managed[key]),
  );
  if (changed.length === 0) return;
  const names = changed.join(', ');
  throw new ConsoleError(
    'settings.managed',
    `${names} ${changed.length === 1 ? 'is' : 'are'} set by your organisation's policy and cannot be changed here.`,
  );
}

const lockedByPolicy = (problem: string) =>
  new ConsoleError('settings.policy-refused', `Settings are locked. ${problem}`);

function load(raw: Record<string, unknown>, problems: string[]): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SettingsSchema.shape) as Array<keyof Settings>) {
    if (!(key in raw)) continue;
    const field = SettingsSchema.shape[key].safeParse(raw[key]);
    if (field.success) settings[key] = field.data;
    else problems.push(invalidField(key, field.error.issues[0]?.message));
  }
  // Fields valid each on their own may still disagree (a live mode with a demo-short window): the field
  // named by the rule falls back to its default.
  const whole = SettingsSchema.safeParse(settings);
  if (whole.success) return whole.data;
  for (const issue of whole.error.issues) {
    const key = issue.path[0] as keyof Settings;
    settings[key] = DEFAULT_SETTINGS[key];
    problems.push(invalidField(key, issue.message));
  }
  return SettingsSchema.parse(settings);
}

const invalidField = (key: string, why = 'invalid') =>
  `The settings file has an invalid ${key} (${why}); the default is used until it is changed in Settings.`;

/** Keeps the settings file as it was (next to it, timestamped, for this user only) before it is first rewritten. */
export function backupBesideIt(path: string): void {
  if (!existsSync(path)) return;
  const copy = path.replace(/(\.json)?$/, `.invalid-${Date.now()}.json`);
  copyFileSync(path, copy); // the copy takes the file's mode, which an older version may have left 0644
  keepPathPrivate(copy);
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
    keepPathPrivate(kept);
    notices.push(`The settings file could not be read, so the defaults are used; the old file was kept as ${kept}.`);
    return open();
  }
}
