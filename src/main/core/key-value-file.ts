// The data folder's two JSON files, settings.json and vault.json, as the CLI opens them: with `conf`, the
// engine under electron-store (which the app uses over the same files: glue/data-files.ts), in plain Node.
// Both files are written 0600 (private-files.ts).
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
