// A stand-in for the `electron` module, loaded with `node -r`, so the BUILT main bundle can be started in
// plain Node: it records what main registers (schemes, IPC channels and listeners, windows, the menu, the
// URLs it loads). Shortly after the first page has loaded (the customer display opens right after it: two
// displays are connected) it presses the developer-tools and reload shortcuts in every web contents, opens
// their developer tools as a stray call would, and prints one line "STAND-IN-REPORT <json>".
// STAND_IN_PACKAGED=0 stands in for a development build (app.isPackaged false); anything else, a packaged one.
// STAND_IN_INSTANCE=second: another instance holds the single-instance lock (main quits; the report says so).
// STAND_IN_INSTANCE=first-then-second: once the window has loaded, a second start is announced
// ('second-instance'), and the window is minimised at that moment.
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const report = {
  order: [],
  schemes: [],
  channels: [],
  listeners: [],
  windows: [],
  loaded: [],
  windowCalls: [],
  sandboxEnabled: false,
  menu: undefined,
  shortcuts: [],
  devToolsClosed: 0,
};
const instance = process.env.STAND_IN_INSTANCE ?? 'first';
const sendReport = () => process.stdout.write(`STAND-IN-REPORT ${JSON.stringify(report)}\n`);
const userData = mkdtempSync(join(tmpdir(), 'esim-counter-stand-in-'));
const allContents = [];

/** Presses every key that must be inert in a packaged build, and one that must never be. */
const PRESSES = [
  { key: 'F12' },
  { key: 'I', code: 'KeyI', control: true, shift: true },
  { key: 'J', code: 'KeyJ', control: true, shift: true },
  { key: 'C', code: 'KeyC', control: true, shift: true },
  { key: 'i', code: 'KeyI', meta: true, alt: true },
  { key: 'r', code: 'KeyR', control: true },
  { key: 'R', code: 'KeyR', control: true, shift: true },
  { key: 'r', code: 'KeyR', meta: true },
  { key: 'F5' },
  { key: 'c', code: 'KeyC', control: true }, // copy: must still work
];

function probeAndReport() {
  allContents.forEach((contents, index) => {
    for (const press of PRESSES) {
      let prevented = false;
      contents.emit('before-input-event', { preventDefault: () => (prevented = true) }, { type: 'keyDown', ...press });
      report.shortcuts.push({ contents: index, press, prevented });
    }
    contents.emit('devtools-opened');
  });
  sendReport();
}

const appEvents = new EventEmitter();
const app = Object.assign(appEvents, {
  on: (event, listener) => {
    report.order.push(`app.on:${event}`);
    return EventEmitter.prototype.on.call(appEvents, event, listener);
  },
  isPackaged: process.env.STAND_IN_PACKAGED !== '0',
  name: 'eSIM Counter',
  enableSandbox: () => (report.sandboxEnabled = true),
  requestSingleInstanceLock: () => {
    report.order.push('requestSingleInstanceLock');
    return instance !== 'second';
  },
  whenReady: () => {
    report.order.push('whenReady');
    return Promise.resolve();
  },
  getPath: () => userData,
  getName: () => 'esim-counter',
  getVersion: () => '0.0.0',
  getAppPath: () => process.cwd(),
  quit: () => {
    report.order.push('app.quit');
    sendReport();
    process.exit(0);
  },
  exit: (code) => process.exit(code),
});

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    report.order.push('new BrowserWindow');
    report.windows.push(options);
    this.webContents = Object.assign(new EventEmitter(), {
      send: () => undefined,
      setWindowOpenHandler: () => undefined,
      closeDevTools: () => report.devToolsClosed++,
    });
    allContents.push(this.webContents);
    // As Electron does: every new web contents is announced to the app.
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return instance === 'first-then-second';
  }
  restore() {
    report.windowCalls.push('restore');
  }
  show() {
    report.windowCalls.push('show');
  }
  showInactive() {}
  focus() {
    report.windowCalls.push('focus');
  }
  async loadURL(url) {
    report.loaded.push(url);
    if (report.loaded.length > 1) return;
    if (instance === 'first-then-second') appEvents.emit('second-instance', {}, ['esim-counter'], process.cwd());
    setTimeout(probeAndReport, 200);
  }
}

const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    report.order.push('setApplicationMenu');
    report.menu = menu ? menu.template : null;
  },
};

const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: async (text) => Buffer.from(text).reverse(),
  decryptStringAsync: async (buffer) => ({ result: Buffer.from(buffer).reverse().toString(), shouldReEncrypt: false }),
};

const displays = [
  { id: 1, label: 'Clerk', bounds: { x: 0, y: 0, width: 1366, height: 768 }, size: { width: 1366, height: 768 } },
  {
    id: 2,
    label: 'Customer',
    bounds: { x: 1366, y: 0, width: 1920, height: 1080 },
    size: { width: 1920, height: 1080 },
  },
];

const electron = {
  app,
  BrowserWindow,
  Menu,
  safeStorage,
  ipcMain: {
    handle: (channel) => report.channels.push(channel),
    removeHandler: () => undefined,
    // A listener (ipcMain.on) answers whoever sends on its channel: main should register none.
    on: (channel) => report.listeners.push(channel),
    once: (channel) => report.listeners.push(channel),
    removeAllListeners: (channel) => {
      report.listeners = report.listeners.filter((listened) => listened !== channel);
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => {
      report.order.push('registerSchemesAsPrivileged');
      report.schemes.push(...schemes);
    },
    handle: (scheme) => report.order.push(`handle:${scheme}`),
  },
  net: { fetch: async () => new Response('') },
  session: {
    defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined },
  },
  shell: { openExternal: async () => undefined },
  dialog: { showSaveDialog: async () => ({ canceled: true }) },
  screen: Object.assign(new EventEmitter(), {
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays[0],
  }),
  powerSaveBlocker: { start: () => 1, stop: () => undefined },
};
electron.default = electron;

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? __filename : resolve.call(this, request, ...rest);
};
module.exports = electron;
