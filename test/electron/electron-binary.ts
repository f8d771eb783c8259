// Where the Electron binary is, found without requiring `electron` (which would try to download it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(): { path?: string; reason: string } {
  if (process.env.ELECTRON_PATH) {
    return existsSync(process.env.ELECTRON_PATH)
      ? { path: process.env.ELECTRON_PATH, reason: 'ELECTRON_PATH' }
      : { reason: `ELECTRON_PATH points at ${process.env.ELECTRON_PATH}, which does not exist` };
  }
  const packageDir = join(__dirname, '../../node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason:
        'the Electron binary is not installed (node_modules/electron has no path.txt; it cannot be downloaded on this machine)',
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary, reason: 'node_modules/electron' } : { reason: `${binary} is missing` };
}

/**
 * Why the Electron suite cannot run here, or undefined when it can. Where ESIM_COUNTER_REQUIRE_ELECTRON is set
 * (CI on GitHub's runners, which can download Electron), a missing binary fails the run instead of skipping.
 */
export function electronSkipReason(): string | undefined {
  const binary = findElectronBinary();
  if (binary.path) return undefined;
  if (process.env.ESIM_COUNTER_REQUIRE_ELECTRON) {
    throw new Error(`The Electron suite is required here (ESIM_COUNTER_REQUIRE_ELECTRON) but ${binary.reason}.`);
  }
  return `Electron suite skipped: ${binary.reason}.`;
}
