// Electron's security checklist as far as a window's options show it, for every window the app opens,
// read from the functions that create them (electron itself is replaced by a recorder: no binary here).
import { describe, expect, it, vi } from 'vitest';

const created: Array<Record<string, unknown> & { webPreferences: Record<string, unknown> }> = [];
vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: (typeof created)[number]) {
      created.push(options);
    }
  }
  return { BrowserWindow, default: { BrowserWindow } };
});

const { createCounterWindow, createCustomerWindow, createReceiptWindow } = await import('../../src/main/glue/windows');
createCounterWindow('/app/out/preload/index.js');
createCustomerWindow('/app/out/preload/customer.js', { x: 1920, y: 0, width: 1920, height: 1080 });
createReceiptWindow();
const [counter, customer, receipt] = created;
const windows = { counter: counter!, customer: customer!, receipt: receipt! };

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

  it('the customer display never takes focus from the clerk', () => {
    expect(windows.customer).toMatchObject({ focusable: false, fullscreen: true, skipTaskbar: true, frame: false });
  });
});
