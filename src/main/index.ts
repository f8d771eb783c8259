// Electron entry (glue only): lifecycle, the counter window, and wiring the plain-Node core to IPC.
// Everything that decides anything lives in ./core and is tested without Electron.
import { app, dialog, ipcMain, safeStorage, screen, shell } from 'electron';
import ElectronStore from 'electron-store';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONSOLE_EVENTS, eventChannel } from '../shared/channels';
import { CounterConsole } from './core/console';
import { defaultDataDir } from './core/data-dir';
import { isAllowedExternalUrl } from './core/external-links';
import { fileLogger } from './core/log/node-log';
import { Redactor } from './core/log/redactor';
import { AuditTrail } from './core/journal/audit-trail';
import { SalesJournal } from './core/journal/sales-journal';
import { pinStoreIn } from './core/pin-record';
import { backupBesideIt, createSettingsStore, openSettingsFile } from './core/settings';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './glue/app-protocol';
import { bindConsole, originOf, trustedPages } from './glue/bridge';
import { CustomerWindow } from './glue/customer-window';
import { hardenAllWebContents } from './glue/hardening';
import { electronReceiptPrinter } from './glue/receipt-printer';
import { openSafeStorageVault } from './glue/vault';
import { createCounterWindow } from './glue/windows';
import { startDemoWorld } from './simulator/demo-world';

registerAppScheme();
app.enableSandbox();

// One redactor for every line main writes or forwards from a renderer; secrets are added as they are known.
const redactor = new Redactor();
const log = fileLogger(join(defaultDataDir(), 'logs', 'main.log'), redactor, 'warn');

/** electron-vite dev serves the renderer over http; never trusted in a packaged app. */
const devRendererUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origins = [APP_ORIGIN, ...(devRendererUrl ? [originOf(devRendererUrl) ?? ''] : [])];
const isOurs = (url: string) => origins.includes(originOf(url) ?? '');

async function main(): Promise<void> {
  // Before any window exists, so every web contents gets the refusals.
  hardenAllWebContents(isOurs);
  serveRenderer(join(__dirname, '../renderer'));
  const dataDir = defaultDataDir();
  await mkdir(dataDir, { recursive: true });
  const notices: string[] = [];
  const settingsFile = openSettingsFile(
    () => new ElectronStore<Record<string, unknown>>({ name: 'settings', cwd: dataDir, clearInvalidConfig: false }),
    join(dataDir, 'settings.json'),
    notices,
  );
  const vaultFile = new ElectronStore<Record<string, unknown>>({ name: 'vault', cwd: dataDir });
  const settings = createSettingsStore(settingsFile, backupBesideIt);
  const vault = await openSafeStorageVault(
    {
      get: (key) => vaultFile.get(key),
      set: (key, value) => vaultFile.set(key, value),
      delete: (key) => vaultFile.delete(key),
    },
    safeStorage,
    process.platform,
  );
  if (vault.problem) notices.push(vault.problem);
  redactor.addSecret(vault.read()?.clientSecret);
  const storeCredentials = vault.write.bind(vault);
  vault.write = async (credentials) => {
    redactor.addSecret(credentials.clientSecret);
    await storeCredentials(credentials);
  };
  const journal = SalesJournal.open(dataDir);
  const audit = AuditTrail.open(dataDir);
  const counterWindow = createCounterWindow(join(__dirname, '../preload/index.js'));
  const counter = new CounterConsole({
    settings,
    vault,
    journal,
    audit,
    startDemo: () => startDemoWorld(),
    startupNotices: notices,
    log,
    secret: (value) => redactor.addSecret(value),
    openExternal: (url) =>
      isAllowedExternalUrl(url) ? shell.openExternal(url) : Promise.reject(new Error('not allowed')),
    displays: () =>
      screen.getAllDisplays().map((display) => ({
        id: display.id,
        label: display.label || `${display.size.width}×${display.size.height}`,
        primary: display.id === screen.getPrimaryDisplay().id,
        width: display.size.width,
        height: display.size.height,
      })),
    pins: pinStoreIn(vaultFile),
    printer: electronReceiptPrinter(() => (counterWindow.isDestroyed() ? undefined : counterWindow)),
    saveFile: async (suggestedName, content) => {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
      const choice = await dialog.showSaveDialog(counterWindow, options);
      if (choice.canceled || !choice.filePath) return undefined;
      await writeFile(choice.filePath, content, 'utf8');
      return choice.filePath;
    },
  });

  const rendererBase = devRendererUrl ? (originOf(devRendererUrl) as string) : APP_ORIGIN;
  bindConsole(ipcMain, counter, trustedPages([`${rendererBase}/index.html`]));

  for (const event of CONSOLE_EVENTS) {
    counter.on(event, (payload) => {
      if (!counterWindow.isDestroyed()) counterWindow.webContents.send(eventChannel(event), payload);
    });
  }
  counterWindow.once('ready-to-show', () => counterWindow.show());
  // The renderer's console (warnings and errors) lands in the same redacted log.
  counterWindow.webContents.on('console-message', (event) => {
    if (event.level === 'warning' || event.level === 'error')
      log.warn('renderer', { message: event.message, source: event.sourceId });
  });
  await counterWindow.loadURL(`${rendererBase}/index.html`);
  counter.start();

  const customerWindow = new CustomerWindow({
    preload: join(__dirname, '../preload/customer.js'),
    url: `${rendererBase}/customer.html`,
    setting: () => settings.read().customerDisplay,
    view: () => counter.customerView(),
  });
  counter.onCustomerView((view) => customerWindow.show(view));
  // A changed display setting moves (or closes) the customer window at once.
  counter.on('overview', () => customerWindow.place());
  customerWindow.place();

  app.on('before-quit', () => {
    void counter.close();
    journal.close();
    audit.close();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(main)
    .catch((error: unknown) => {
      log.error('startup failed', { error });
      app.exit(1);
    });
}
