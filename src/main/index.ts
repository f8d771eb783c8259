// Electron entry (glue only): lifecycle, the counter window, and wiring the plain-Node core to IPC.
// Everything that decides anything lives in ./core and is tested without Electron.
import { app, type BrowserWindow, dialog, ipcMain, safeStorage, screen, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONSOLE_EVENTS, eventChannel } from '../shared/channels';
import { CounterConsole } from './core/console';
import { defaultDataDir } from './core/data-dir';
import { isAllowedExternalUrl } from './core/external-links';
import { fileLogger } from './core/log/node-log';
import { Redactor } from './core/log/redactor';
import { AuditTrail } from './core/journal/audit-trail';
import { SalesJournal } from './core/journal/sales-journal';
import { makeDataDirPrivate } from './core/private-files';
import { pinStoreIn } from './core/pin-record';
import { overviewExtrasOf, withOverviewExtras } from './core/overview-extras';
import { loadPolicy, updateFeedOf } from './core/policy/policy-file';
import { backupBesideIt, createSettingsStore, openSettingsFile } from './core/settings';
import { counterBusy } from './core/updates/counter-busy';
import { followShifts } from './core/updates/follow-shifts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './glue/app-protocol';
import { bindConsole, originOf, trustedPages } from './glue/bridge';
import { openDataFile } from './glue/data-files';
import { CustomerWindow } from './glue/customer-window';
import { hardenAllWebContents } from './glue/hardening';
import { electronReceiptPrinter } from './glue/receipt-printer';
import { startAppUpdates } from './glue/updater';
import { openSafeStorageVault } from './glue/vault';
import { bringToFront, createCounterWindow } from './glue/windows';
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
/** The counter window, once it exists: a second start of the app brings it to the front. */
let frontWindow: BrowserWindow | undefined;

async function main(): Promise<void> {
  // Before any window exists, so every web contents gets the refusals (and, packaged, the lockdown).
  hardenAllWebContents(isOurs, { lockedDown: app.isPackaged });
  serveRenderer(join(__dirname, '../renderer'));
  const dataDir = defaultDataDir();
  // 0700, its files 0600 (POSIX), including whatever an older version left readable by others.
  makeDataDirPrivate(dataDir);
  const notices: string[] = [];
  const settingsFile = openSettingsFile(
    () => openDataFile(dataDir, 'settings'),
    join(dataDir, 'settings.json'),
    notices,
  );
  const vaultFile = openDataFile(dataDir, 'vault');
  // The organisation's policy over the settings file; a refused one keeps the counter in demo, read-only.
  const policy = loadPolicy();
  if (policy.status === 'refused') log.warn('policy', { problem: policy.problem });
  const settings = createSettingsStore(settingsFile, backupBesideIt, policy);
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
  frontWindow = counterWindow;
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

  // Updates only from the policy's feed, installed only between sales (core/updates/update-scheduler.ts).
  const updates = startAppUpdates(policy.status === 'applied' ? updateFeedOf(policy.policy) : undefined, {
    busy: counterBusy(counter, journal),
    worksInShifts: () => settings.read().clerks.length > 0,
    onChange: () => void bound.refresh(),
    log,
  });
  // What the window is told beyond the console's own overview: the policy and a waiting update.
  const bound = withOverviewExtras(counter, () => overviewExtrasOf(policy, updates));
  if (updates) followShifts(bound.api, updates);

  const rendererBase = devRendererUrl ? (originOf(devRendererUrl) as string) : APP_ORIGIN;
  bindConsole(ipcMain, bound.api, trustedPages([`${rendererBase}/index.html`]));

  for (const event of CONSOLE_EVENTS) {
    bound.api.on(event, (payload) => {
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

  // The CLI may sell or reconcile beside the app: its records reach the screens within a second (one fstat
  // of the journal when nothing changed).
  const followOtherWriters = setInterval(() => {
    try {
      journal.catchUp();
    } catch (error) {
      log.warn('journal catch-up failed', { error });
    }
  }, 1_000);

  app.on('before-quit', () => {
    clearInterval(followOtherWriters);
    updates?.stop();
    void counter.close();
    journal.close();
    audit.close();
  });
}

// One app per user: a second one would be a second counter window and a second writer of the same journal
// (the CLI beside the app is safe: see journal-file.ts). A second start quits at once, before it opens
// anything, and the first one comes to the front instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => bringToFront(frontWindow));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(main)
    .catch((error: unknown) => {
      log.error('startup failed', { error });
      app.exit(1);
    });
}
