// Electron entry (glue only): lifecycle, the counter window, and wiring the plain-Node core to IPC.
// Everything that decides anything lives in ./core and is tested without Electron.
import { app, BrowserWindow, ipcMain, safeStorage } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { CONSOLE_EVENTS, eventChannel } from '../shared/channels';
import { CounterConsole } from './core/console';
import { backupBesideIt, createSettingsStore, openSettingsFile } from './core/settings';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './glue/app-protocol';
import { bindConsole, originOf, trustedOrigins } from './glue/bridge';
import { hardenAllWebContents } from './glue/hardening';
import { openSafeStorageVault } from './glue/vault';
import { counterWindowOptions } from './glue/window-options';
import { startDemoWorld } from './simulator/demo-world';

registerAppScheme();
app.enableSandbox();

/** electron-vite dev serves the renderer over http; never trusted in a packaged app. */
const devRendererUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origins = [APP_ORIGIN, ...(devRendererUrl ? [originOf(devRendererUrl) ?? ''] : [])];
const isOurs = (url: string) => origins.includes(originOf(url) ?? '');

async function main(): Promise<void> {
  const dataDir = process.env.ESIM_COUNTER_DATA_DIR || app.getPath('userData');
  const notices: string[] = [];
  const settingsFile = openSettingsFile(
    () => new ElectronStore<Record<string, unknown>>({ name: 'settings', cwd: dataDir, clearInvalidConfig: false }),
    join(dataDir, 'settings.json'),
    notices,
  );
  const vaultFile = new ElectronStore<Record<string, unknown>>({ name: 'vault', cwd: dataDir });
  const settings = createSettingsStore(settingsFile, backupBesideIt);
  const vault = await openSafeStorageVault(
    { get: (key) => vaultFile.get(key), set: (key, value) => vaultFile.set(key, value) },
    safeStorage,
    process.platform,
  );
  if (vault.problem) notices.push(vault.problem);
  const counter = new CounterConsole({ settings, vault, startDemo: () => startDemoWorld(), startupNotices: notices });

  serveRenderer(join(__dirname, '../renderer'));
  hardenAllWebContents(isOurs);
  bindConsole(ipcMain, counter, trustedOrigins(origins));

  const window = new BrowserWindow(counterWindowOptions(join(__dirname, '../preload/index.js')));
  for (const event of CONSOLE_EVENTS) {
    counter.on(event, (payload) => {
      if (!window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
    });
  }
  window.once('ready-to-show', () => window.show());
  await window.loadURL(devRendererUrl ?? `${APP_ORIGIN}/index.html`);

  app.on('before-quit', () => void counter.close());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(main)
    .catch((error: unknown) => {
      console.error('eSIM Counter could not start:', error instanceof Error ? error.message : error);
      app.exit(1);
    });
}
