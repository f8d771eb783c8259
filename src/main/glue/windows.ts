// Every window the app opens, created here and only here, with Electron's security checklist written out
// in each: context isolation and the sandbox on, Node off (stated in each window's own literal, where a
// reviewer and Electronegativity both read it), plus the common refusals in HARDENED. Developer tools
// exist only in development: a packaged build has none in any window (see core/lockdown.ts for why).
import { app, BrowserWindow, type WebPreferences } from 'electron';

const HARDENED = {
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  // A middle click must not open a link in a new window.
  disableBlinkFeatures: 'Auxclick',
} satisfies WebPreferences;

/** Developer tools in development (electron-vite dev or preview) only. */
const developerTools = () => !app.isPackaged;

export function createCounterWindow(preload: string): BrowserWindow {
  return new BrowserWindow({
    width: 1366,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#ffffff',
    title: 'eSIM Counter',
    autoHideMenuBar: true,
    webPreferences: {
      ...HARDENED,
      devTools: developerTools(),
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
}

/** What a second start of the app does: this counter window, restored if minimised, shown and focused. */
export function bringToFront(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** The customer display: frameless, full screen, never focused, its own receive-only preload. */
export function createCustomerWindow(
  preload: string,
  bounds: { x: number; y: number; width: number; height: number },
): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    show: false,
    frame: false,
    fullscreen: true,
    focusable: false,
    skipTaskbar: true,
    backgroundColor: '#ffffff',
    title: 'eSIM Counter: customer display',
    webPreferences: {
      ...HARDENED,
      devTools: developerTools(),
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
}

/**
 * The hidden window receipts are printed from: no preload at all. Script stays on only so that main can
 * measure the receipt's height; the receipt document itself carries no script and its CSP forbids any.
 */
export function createReceiptWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 800,
    height: 1200,
    webPreferences: {
      ...HARDENED,
      devTools: developerTools(),
      javascript: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
}
