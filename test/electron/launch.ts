// Starts the built app in the real Electron runtime for one test: its own data folder and user-data
// folder, demo mode (no credentials, the embedded simulator), optionally as a packaged build would run.
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary';

export interface LaunchedCounter {
  app: ElectronApplication;
  window: Page;
  dataDir: string;
}

export async function launchCounter(options: { packaged?: boolean } = {}): Promise<LaunchedCounter> {
  const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-electron-'));
  const app = await electron.launch({
    executablePath: findElectronBinary().path!,
    args: [join(__dirname, 'entry.cjs')],
    env: {
      ...process.env,
      ESIM_COUNTER_DATA_DIR: dataDir,
      ESIM_COUNTER_TEST_USER_DATA: join(dataDir, 'user-data'),
      ESIM_COUNTER_TEST_PACKAGED: options.packaged ? '1' : '0',
    },
  });
  const window = await app.firstWindow();
  await window.getByTestId('catalogue-row').first().waitFor();
  return { app, window, dataDir };
}

/** The preload the counter window runs, as main loads it. */
export const COUNTER_PRELOAD = join(__dirname, '../../out/preload/index.js');
