// Electron entry (glue only): lifecycle, the counter window, and wiring the plain-Node core to IPC.
// Everything that decides anything lives in ./core and is tested without Electron.
import { app, type BrowserWindow, ipcMain, safeStorage } from 'electron';
import { join } from 'node:path';
import { CONSOLE_EVENTS, eventChannel } from '../shared/channels';
import { createCounterConsole, type CounterConsole } from './core/console';
import { defaultDataDir } from './core/data-dir';
import { fileLogger } from './core/log/node-log';
import { Redactor } from './core/log/redactor';
import { AuditTrail } from './core/journal/audit-trail';
import { SalesJournal } from './core/journal/sales-journal';
import { makeDataDirPrivate } from './core/private-files';
import { pinStoreIn } from './core/pin-record';
import { overviewExtrasOf } from './core/console/overview';
import { loadPolicy, updateFeedOf } from './core/policy/policy-file';
import { backupBesideIt, createSettingsStore, openSettingsFile, type SettingsStore } from './core/settings';
import { counterBusy } from './core/updates/counter-busy';
import { followShifts } from './core/updates/follow-shifts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './glue/app-protocol';
import { bindConsole, originOf, trustedPages } from './glue/bridge';
import { consolePorts } from './glue/console-ports';
import { openDataFile } from './glue/data-files';
import { CustomerWindow } from './glue/customer-window';
import { hardenAllWebContents } from './glue/hardening';
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

/** The data folder's stores (settings, the vault, the sales journal, the audit trail) and start-up notices. */
async function openStores(dataDir: string) {
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
  const vault = await openSafeStorageVault(
    {
      get: (key) => vaultFile.get(key),
      set: (key, value) => vaultFile.set(key, value),
      delete: (key) => vaultFile.delete(key),
    },
    safeStorage,
    process.platform,
    (secret) => redactor.addSecret(secret),
  );
  if (vault.problem) notices.push(vault.problem);
  return {
    policy,
    settings: createSettingsStore(settingsFile, backupBesideIt, policy),
    vault,
    pins: pinStoreIn(vaultFile),
    journal: SalesJournal.open(dataDir),
    audit: AuditTrail.open(dataDir),
    startupNotices: notices,
  };
}

/** The console's stream of changes, as the counter window receives it: one channel per event. */
function forwardToCounterWindow(counter: CounterConsole, counterWindow: BrowserWindow): void {
  for (const event of CONSOLE_EVENTS) {
    counter.on(event, (payload) => {
      if (!counterWindow.isDestroyed()) counterWindow.webContents.send(eventChannel(event), payload);
    });
  }
}

/** The customer display: its window on the display chosen, fed the customer's view from the same stream. */
function openCustomerDisplay(counter: CounterConsole, settings: SettingsStore, rendererBase: string): void {
  const customerWindow = new CustomerWindow({
    preload: join(__dirname, '../preload/customer.js'),
    url: `${rendererBase}/customer.html`,
    setting: () => settings.read().customerDisplay,
    view: () => counter.customerView(),
  });
  counter.on('customerView', (view) => customerWindow.show(view));
  // A changed display setting moves (or closes) the customer window at once.
  counter.on('overview', () => customerWindow.place());
  customerWindow.place();
}

async function main(): Promise<void> {
  // Before any window exists, so every web contents gets the refusals (and, packaged, the lockdown).
  hardenAllWebContents(isOurs, { lockedDown: app.isPackaged });
  serveRenderer(join(__dirname, '../renderer'));
  const stores = await openStores(defaultDataDir());
  const { policy, settings, journal, audit } = stores;
  const counterWindow = createCounterWindow(join(__dirname, '../preload/index.js'));
  frontWindow = counterWindow;
  // Updates only from the policy's feed, installed only between sales (core/updates/update-scheduler.ts);
  // started once the console exists, which they ask whether a sale is in progress.
  let updates: ReturnType<typeof startAppUpdates> = undefined;
  const counter = createCounterConsole({
    ...stores,
    startDemo: () => startDemoWorld(),
    log,
    secret: (value) => redactor.addSecret(value),
    // What the window is told beyond the console's own overview: the policy and a waiting update.
    overviewExtras: () => overviewExtrasOf(policy, updates),
    ...consolePorts(counterWindow),
  });
  updates = startAppUpdates(policy.status === 'applied' ? updateFeedOf(policy.policy) : undefined, {
    busy: counterBusy(counter, journal),
    worksInShifts: () => settings.read().clerks.length > 0,
    onChange: () => counter.announceOverview(),
    log,
  });
  if (updates) followShifts(counter, updates);

  const rendererBase = devRendererUrl ? (originOf(devRendererUrl) as string) : APP_ORIGIN;
  bindConsole(ipcMain, counter, trustedPages([`${rendererBase}/index.html`]));
  forwardToCounterWindow(counter, counterWindow);
  counterWindow.once('ready-to-show', () => counterWindow.show());
  // The renderer's console (warnings and errors) lands in the same redacted log.
  counterWindow.webContents.on('console-message', (event) => {
    if (event.level === 'warning' || event.level === 'error')
      log.warn('renderer', { message: event.message, source: event.sourceId });
  });
  await counterWindow.loadURL(`${rendererBase}/index.html`);
  counter.start();
  openCustomerDisplay(counter, settings, rendererBase);

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
