// The data folder's two JSON files, settings.json and vault.json, opened the same way by the app and the
// CLI: with `conf` (the engine under electron-store, which runs in plain Node). main uses conf directly
// rather than electron-store, whose constructor in the main process registers an `ipcMain.on` listener
// ('electron-store-get-data') that answers any renderer without a sender check; the app needs none of what
// that listener is for. Both files are written 0600 (private-files.ts).
import Conf from 'conf';
import { existsSync } from 'node:fs';
import { keepPathPrivate, PRIVATE_FILE_MODE } from './private-files';

export type KeyValueFileName = 'settings' | 'vault';

export function openKeyValueFile(dataDir: string, name: KeyValueFileName): Conf<Record<string, unknown>> {
  const file = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: name,
    projectName: 'esim-counter',
    // A file that is not valid JSON is kept and reported (settings.ts), never silently emptied.
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
  });
  // conf applies the mode when it writes; a file an older version left 0644 is tightened on opening.
  if (existsSync(file.path)) keepPathPrivate(file.path);
  return file;
}
