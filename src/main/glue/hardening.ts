// App-wide refusals from Electron's security checklist: no navigation away from our pages, no new
// windows, no permission grants, no webviews. Applied to every web contents the app ever creates. A
// packaged build is also locked down at the keyboard (core/lockdown.ts says what and why): our own menu,
// and the developer tools and reload shortcuts swallowed before the page or Chromium sees them.
import { app, Menu, session, type WebContents } from 'electron';
import { applicationMenu, isDeveloperShortcut } from '../core/lockdown';

interface HardeningOptions {
  /** A packaged build: no developer tools, no reload. In development both stay available. */
  lockedDown: boolean;
}

export function hardenAllWebContents(isOurs: (url: string) => boolean, { lockedDown }: HardeningOptions): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Electron's default menu offers Reload, Force Reload, Toggle Developer Tools and zoom; ours none of them.
  if (lockedDown) Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu(process.platform, app.name)));
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOurs(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOurs(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    if (lockedDown) {
      contents.on('before-input-event', (event, input) => {
        if (isDeveloperShortcut(input)) event.preventDefault();
      });
      // Every window has devTools: false (windows.ts); should anything open them all the same, they close.
      contents.on('devtools-opened', () => contents.closeDevTools());
    }
  });
}
