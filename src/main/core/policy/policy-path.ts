// Where a counter's policy file is. IT writes it once per machine, for every user of the PC, in the place
// each operating system keeps machine-wide settings of an app (only an administrator can write there):
//   Windows  %ProgramData%\eSIM Counter\policy.json  (C:\ProgramData\… unless the system moved it)
//   macOS    /Library/Application Support/eSIM Counter/policy.json
//            (not /Library/Managed Preferences: that folder holds the property lists of configuration
//            profiles, which a JSON file is not; a management tool can still drop this file in place)
//   Linux    /etc/esim-counter/policy.json
// ESIM_COUNTER_POLICY names another file (tests, the CLI on a support laptop, a staged roll-out).
import { posix, win32 } from 'node:path';

export const POLICY_VARIABLE = 'ESIM_COUNTER_POLICY';

export interface PolicyLocation {
  path: string;
  /** Named by ESIM_COUNTER_POLICY: then a missing file is an error, not "no policy". */
  named: boolean;
}

/** The machine-wide policy file of `platform`. */
export function machinePolicyPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') {
    return win32.join(env.ProgramData || env.ALLUSERSPROFILE || 'C:\\ProgramData', 'eSIM Counter', 'policy.json');
  }
  if (platform === 'darwin') return posix.join('/Library/Application Support/eSIM Counter/policy.json');
  return '/etc/esim-counter/policy.json';
}

export function policyLocation(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): PolicyLocation {
  const named = env[POLICY_VARIABLE];
  return named ? { path: named, named: true } : { path: machinePolicyPath(platform, env), named: false };
}
