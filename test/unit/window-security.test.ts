// Electron's security checklist as far as a window's options show it, for every window the app opens,
// read from the functions that create them (electron itself is replaced by a recorder: no binary here).
import { describe, expect, it, vi } from 'vitest';

const created: Array<Record<string, unknown> & { webPreferences: Record<string, unknown> }> = [];
const app = vi.hoisted(() => ({ isPackaged: true }));
vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: (typeof created)[number]) {
      created.push(options);
    }
  }
  return { app, BrowserWindow, default: { app, BrowserWindow } };
});

const { createCounterWindow, createCustomerWindow, createReceiptWindow } = await import('../../src/main/glue/windows');

/** Every window the app opens, made as a packaged build or a development build makes them. */
function openEveryWindow(packaged: boolean) {
  app.isPackaged = packaged;
  created.length = 0;
  createCounterWindow('/app/out/preload/index.js');
  createCustomerWindow('/app/out/preload/customer.js', { x: 1920, y: 0, width: 1920, height: 1080 });
  createReceiptWindow();
  const [counter, customer, receipt] = created;
  return { counter: counter!, customer: customer!, receipt: receipt! };
}
const windows = openEveryWindow(true);

describe('every window’s webPreferences', () => {
  it.each(Object.entries(windows))(
    '%s: context isolation and sandbox on, Node off, nothing relaxed',
    (_name, options) => {
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
      });
    },
  );

  it('each window has only its own preload: the counter’s, the customer display’s, none for receipts', () => {
    expect(windows.counter.webPreferences.preload).toMatch(/preload[/\\]index\.js$/);
    expect(windows.customer.webPreferences.preload).toMatch(/preload[/\\]customer\.js$/);
    expect(windows.receipt.webPreferences).not.toHaveProperty('preload');
  });

  it('packaged, no window has developer tools; in development every window has them', () => {
    expect(Object.values(windows).map((options) => options.webPreferences.devTools)).toEqual([false, false, false]);
    const development = openEveryWindow(false);
    expect(Object.values(development).map((options) => options.webPreferences.devTools)).toEqual([true, true, true]);
  });

  it('the customer display never takes focus from the clerk', () => {
    expect(windows.customer).toMatchObject({ focusable: false, fullscreen: true, skipTaskbar: true, frame: false });
  });
});
