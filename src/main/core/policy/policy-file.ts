// Reads the organisation's policy file. Three outcomes, and nothing in between: no policy, a policy that
// passed its schema whole, or a refused one with a sentence naming the field and the reason. A policy is
// never applied in part: a counter with half its managed values could sell live with the wrong store IP
// or counter id, so a refused policy keeps the console in demo mode with Settings read-only instead.
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { z } from 'zod';
import {
  managedSettingsOf,
  PolicySchema,
  type ManagedSetting,
  type Policy,
  type PolicyView,
} from '../../../shared/policy';
import type { SettingsPatch } from '../../../shared/settings';
import { POLICY_VARIABLE, policyLocation, type PolicyLocation } from './policy-path';

export type PolicyState =
  | { status: 'none' }
  | { status: 'applied'; path: string; policy: Policy }
  | { status: 'refused'; path: string; problem: string };

export const NO_POLICY: PolicyState = { status: 'none' };

const MAX_POLICY_BYTES = 256 * 1024;

export function readPolicy({ path, named }: PolicyLocation): PolicyState {
  const refused = (why: string): PolicyState => ({ status: 'refused', path, problem: refusal(path, why) });
  if (named && !isAbsolute(path)) return refused(`${POLICY_VARIABLE} must be the full path of the file`);
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_POLICY_BYTES) return refused(`it is larger than ${MAX_POLICY_BYTES / 1024} KB`);
    text = bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file at the machine's usual place: this counter is not managed. A file named on purpose must exist.
    if (code === 'ENOENT' && !named) return NO_POLICY;
    return refused(code === 'ENOENT' ? 'the file does not exist' : `it could not be read (${code ?? 'unknown error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad may save a byte order mark
  } catch (error) {
    return refused(`it is not JSON (${(error as Error).message})`);
  }
  const parsed = PolicySchema.safeParse(json);
  return parsed.success ? { status: 'applied', path, policy: parsed.data } : refused(describeIssues(parsed.error));
}

/** The policy at ESIM_COUNTER_POLICY, else at the machine's usual place. */
export const loadPolicy = (env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform) =>
  readPolicy(policyLocation(env, platform));

const refusal = (path: string, why: string) =>
  `The organisation's policy file ${path} was refused: ${why}. Until IT corrects it, this counter stays in demo mode and its settings cannot be changed.`;

/** Each issue as "field: reason"; a key the schema does not know is named as such. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') return issue.keys.map(unknownKey);
      if (issue.path.length === 0) return [`the file must hold one JSON object (${issue.message})`];
      return [`${issue.path.join('.')}: ${issue.message.replace(/\.$/, '')}`];
    })
    .join('; ');
}

function unknownKey(key: string): string {
  if (key === 'mode')
    return 'mode: a policy cannot set demo or live (a manager switches a counter to live in Settings)';
  return `${key}: not a setting a policy can fix`;
}

/** The settings a policy fixes now (none unless it was applied). */
export function managedSettings(state: PolicyState): SettingsPatch {
  return state.status === 'applied' ? managedSettingsOf(state.policy) : {};
}

/** What the renderer is told. */
export function policyView(state: PolicyState): PolicyView {
  if (state.status === 'refused') return { managed: [], problem: state.problem };
  return { managed: Object.keys(managedSettings(state)) as ManagedSetting[] };
}

/** Where updates come from: only a policy names a feed (no feed, no update checks at all). */
export function updateFeedOf(policy: Policy): { url: string; channel?: string } | undefined {
  if (!policy.updateUrl) return undefined;
  return { url: policy.updateUrl, ...(policy.updateChannel ? { channel: policy.updateChannel } : {}) };
}
