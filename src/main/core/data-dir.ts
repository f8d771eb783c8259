// Where the journal and settings live when ESIM_COUNTER_DATA_DIR does not say: the same per-user folder
// for the app and the CLI, so both see the same sales.
import { homedir } from 'node:os';
import { join } from 'node:path';

const FOLDER = 'esim-counter';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.ESIM_COUNTER_DATA_DIR) return env.ESIM_COUNTER_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', FOLDER);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), FOLDER);
}
