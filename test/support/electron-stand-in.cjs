// A stand-in for the `electron` module, loaded with `node -r`, so the BUILT main bundle can be started in
// plain Node: it records what main registers (schemes, IPC channels, windows, the URL it loads) and
// prints one line "STAND-IN-REPORT <json>" once the window has loaded, or when main quits.
// STAND_IN_INSTANCE=second: another instance holds the single-instance lock.
// STAND_IN_INSTANCE=first-then-second: once the window has loaded, a second start is announced
// ('second-instance') before the report, and the window is minimised at that moment.
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const report = {
  order: [],
  schemes: [],
  channels: [],
  windows: [],
  loaded: [],
  windowCalls: [],
  sandboxEnabled: false,
};
const instance = process.env.STAND_IN_INSTANCE ?? 'first';
const sendReport = () => process.stdout.write(`STAND-IN-REPORT ${JSON.stringify(report)}\n`);
const userData = mkdtempSync(join(tmpdir(), 'esim-counter-stand-in-'));

const appEvents = new EventEmitter();
const app = Object.assign(appEvents, {
  on: (event, listener) => {
    report.order.push(`app.on:${event}`);
    return EventEmitter.prototype.on.call(appEvents, event, listener);
  },
  isPackaged: true,
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
    });
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
  focus() {
    report.windowCalls.push('focus');
  }
  async loadURL(url) {
    report.loaded.push(url);
    if (instance === 'first-then-second') appEvents.emit('second-instance', {}, ['esim-counter'], process.cwd());
    sendReport();
  }
}

const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: async (text) => Buffer.from(text).reverse(),
  decryptStringAsync: async (buffer) => ({ result: Buffer.from(buffer).reverse().toString(), shouldReEncrypt: false }),
};

const electron = {
  app,
  BrowserWindow,
  safeStorage,
  ipcMain: { handle: (channel) => report.channels.push(channel), removeHandler: () => undefined, on: () => undefined },
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
    getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }],
    getPrimaryDisplay: () => ({ id: 1 }),
  }),
  powerSaveBlocker: { start: () => 1, stop: () => undefined },
};
electron.default = electron;

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? __filename : resolve.call(this, request, ...rest);
};
module.exports = electron;
