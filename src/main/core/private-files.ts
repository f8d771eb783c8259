// The data folder holds the sales journal, the audit trail, the settings, the encrypted vault and the logs:
// on a shared counter PC none of it is for another account to read. On POSIX the folder is 0700 and every
// file 0600, created so (open modes, not a chmod afterwards, so there is no moment it is readable) and
// tightened when an older version left them looser. On Windows the data folder is under the user's own
// profile (%APPDATA%), whose ACLs already keep other users out, and POSIX modes mean nothing there (chmod
// only toggles the read-only flag), so nothing is changed.
import { chmodSync, existsSync, fchmodSync, fstatSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIR_MODE = 0o700;

/** Any permission for the group or for others. */
const SHARED_BITS = 0o077;
/** What is left when they are taken off: the owner's own bits (an executable stays executable for them). */
const ownerOnly = (mode: number) => mode & 0o700;

const posix = (platform: NodeJS.Platform) => platform !== 'win32';

/** Creates the folder (and any missing parent) 0700, or takes group and other permissions off one that exists. */
export function ensurePrivateDir(path: string, platform: NodeJS.Platform = process.platform): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  // stat, not lstat: a data folder that is a link to a folder elsewhere makes that folder private.
  const { mode } = statSync(path);
  if (posix(platform) && (mode & SHARED_BITS) !== 0) chmodSync(path, ownerOnly(mode));
}

/** Takes group and other permissions off an open file (one an older version created 0644). */
export function keepFilePrivate(fd: number, platform: NodeJS.Platform = process.platform): void {
  const { mode } = fstatSync(fd);
  if (posix(platform) && (mode & SHARED_BITS) !== 0) fchmodSync(fd, ownerOnly(mode));
}

/** Takes group and other permissions off a file by its path (copies and files renamed aside). */
export function keepPathPrivate(path: string, platform: NodeJS.Platform = process.platform): void {
  const { mode } = lstatSync(path);
  if (posix(platform) && (mode & SHARED_BITS) !== 0) chmodSync(path, ownerOnly(mode));
}

/** The data folder's sub-folders that hold our files (electron-log writes into logs/). */
const OWN_FOLDERS = ['logs'];

/**
 * The data folder made private as a whole, at start-up: the folder, the files in it (ours, and any kept
 * aside by earlier versions) and the logs folder with its files. Only group and other permissions are taken
 * off, and only there: ESIM_COUNTER_DATA_DIR may point anywhere, so nothing deeper is walked. Links are left
 * alone: chmod would change whatever they point at.
 */
export function makeDataDirPrivate(dataDir: string, platform: NodeJS.Platform = process.platform): void {
  ensurePrivateDir(dataDir, platform);
  if (!posix(platform)) return;
  const folders = [dataDir, ...OWN_FOLDERS.map((name) => join(dataDir, name)).filter((path) => existsSync(path))];
  for (const folder of folders) {
    ensurePrivateDir(folder, platform);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile()) keepPathPrivate(join(folder, entry.name), platform);
    }
  }
}
