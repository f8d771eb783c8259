// The organisation's policy: a JSON file IT puts on a counter PC (where: main/core/policy/policy-path.ts)
// that fixes settings under their own names, plus where the app's updates come from. It is a part of
// the settings schema, strict: a key that is not a setting is an error, never ignored, because a typo in
// a managed value would otherwise leave that value in the clerk's hands without anyone noticing.
import { z } from 'zod';
import { LIVE_RECONCILIATION_WINDOW_MIN_MS, SettingsPatchSchema, type SettingsPatch } from './settings';

/** 127.0.0.0/8, ::1 and localhost: the only places an update feed may be plain http (a test server). */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The update feed (electron-updater's generic provider: a folder holding latest.yml and the installers). */
export const UpdateUrlSchema = z.url({ error: 'The update address is not a web address.' }).refine(
  (value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  },
  { error: 'The update address must start with https:// (what it serves is installed on the counter).' },
);

/** electron-updater reads `<channel>.yml` (latest.yml, beta.yml, …) from the feed. */
export const UpdateChannelSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'An update channel is a short lower-case name, for example latest or beta.');

export const PolicySchema = SettingsPatchSchema.extend({
  updateUrl: UpdateUrlSchema.optional(),
  updateChannel: UpdateChannelSchema.optional(),
})
  .strict()
  // Counters under a policy may go live; a window fixed below the live minimum would never be used there.
  .refine(
    (policy) =>
      policy.reconciliationWindowMs === undefined || policy.reconciliationWindowMs >= LIVE_RECONCILIATION_WINDOW_MIN_MS,
    {
      path: ['reconciliationWindowMs'],
      error: `A policy's reconciliation window is at least ${LIVE_RECONCILIATION_WINDOW_MIN_MS / 1000} seconds: its counters may sell live.`,
    },
  );
export type Policy = z.infer<typeof PolicySchema>;

/** A setting a policy can fix (every setting the Settings screen can change). */
export type ManagedSetting = keyof SettingsPatch;

/** The settings a policy fixes, without its update fields. */
export function managedSettingsOf(policy: Policy): SettingsPatch {
  const { updateUrl: _url, updateChannel: _channel, ...settings } = policy;
  return settings;
}

/** What the renderer is told about the policy, with the overview. */
export interface PolicyView {
  /** The settings the organisation fixed: shown as "set by your organisation" and not editable. */
  managed: ManagedSetting[];
  /**
   * Why the policy file was refused (its field and the reason, in one sentence). The console then runs in
   * demo mode with Settings read-only until IT corrects the file.
   */
  problem?: string;
}
