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
