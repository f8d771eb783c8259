// settings.json and vault.json in the app: electron-store (the app's settings library) over the same files
// the CLI opens with conf (core/key-value-file.ts), written 0600. electron-store's constructor in the main
// process registers `ipcMain.on('electron-store-get-data')`, which answers any renderer's synchronous
// message with the user-data path and the app version, without the sender check every other channel has.
// No renderer here reads a store (the renderer gets settings through the ConsoleApi only), so the listener
// is removed as soon as the store exists; electron-store registers it only once per process.
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import { existsSync } from 'node:fs';
import type { KeyValueFileName } from '../core/key-value-file';
import { keepPathPrivate, PRIVATE_FILE_MODE } from '../core/private-files';

const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

export function openDataFile(dataDir: string, name: KeyValueFileName): ElectronStore<Record<string, unknown>> {
  const store = new ElectronStore<Record<string, unknown>>({
    name,
    cwd: dataDir,
    // A file that is not valid JSON is kept and reported (settings.ts), never silently emptied.
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
  });
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  // The mode applies when the store writes; a file an older version left 0644 is tightened on opening.
  if (existsSync(store.path)) keepPathPrivate(store.path);
  return store;
}
