// The webPreferences of every window, in one place where a test can read them: Electron's security
// checklist says context isolation and the sandbox on, Node integration off, and no relaxations.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function counterWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#ffffff',
    title: 'eSIM Counter',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload),
  };
}

/** The customer display: frameless, full screen, never focused, its own receive-only preload. */
export function customerWindowOptions(
  preload: string,
  bounds: { x: number; y: number; width: number; height: number },
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    show: false,
    frame: false,
    fullscreen: true,
    focusable: false,
    skipTaskbar: true,
    backgroundColor: '#ffffff',
    title: 'eSIM Counter: customer display',
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * The hidden window receipts are printed from: no preload at all. Script stays on only so that main can
 * measure the receipt's height; the receipt document itself carries no script and its CSP forbids any.
 */
export function receiptWindowOptions(): BrowserWindowConstructorOptions {
  const { preload: _none, ...preferences } = secureWebPreferences('');
  return { show: false, width: 800, height: 1200, webPreferences: { ...preferences, javascript: true } };
}
