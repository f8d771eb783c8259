// The app-wide refusals of Electron's security checklist, exercised through the handlers they install:
// electron is replaced by a recorder (no binary here) and each handler is called as Electron would.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
const installed: { permissionRequest?: PermissionHandler; permissionCheck?: () => boolean; menu?: unknown } = {};
const app = Object.assign(new EventEmitter(), { name: 'eSIM Counter' });

vi.mock('electron', () => {
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: PermissionHandler) => (installed.permissionRequest = handler),
      setPermissionCheckHandler: (handler: () => boolean) => (installed.permissionCheck = handler),
    },
  };
  const Menu = {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: { template: unknown }) => (installed.menu = menu.template),
  };
  return { app, session, Menu, default: { app, session, Menu } };
});

const { hardenAllWebContents } = await import('../../src/main/glue/hardening');
const { originOf } = await import('../../src/main/glue/bridge');

/** A web contents as Electron creates it, with the refusals the app puts on it. */
function newContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    devToolsClosed: 0,
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    },
    closeDevTools() {
      this.devToolsClosed++;
    },
  });
  app.emit('web-contents-created', {}, contents);
  return contents;
}

/** Emits `event` with `detail` (a URL, a key press) and says whether the app cancelled it. */
function cancels(contents: EventEmitter, event: string, detail?: unknown): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, detail);
  return preventDefault.mock.calls.length > 0;
}

/** As the app does: its own pages are those of its app:// origin; `lockedDown` when packaged. */
function harden(lockedDown: boolean): void {
  app.removeAllListeners('web-contents-created');
  installed.menu = undefined;
  hardenAllWebContents((url) => originOf(url) === 'app://counter', { lockedDown });
}
harden(true);

describe('every web contents the app creates', () => {
  it('cannot navigate or be redirected away from the app’s own pages', () => {
    const contents = newContents();
    expect(cancels(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(cancels(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(cancels(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(cancels(contents, 'will-navigate', 'app://counter/index.html')).toBe(false);
  });

  it('opens no new window and attaches no webview', () => {
    const contents = newContents();
    expect(contents.openHandler?.({ url: 'https://dent.giga.store/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://counter/index.html' })).toEqual({ action: 'deny' });
    expect(cancels(contents, 'will-attach-webview')).toBe(true);
  });

  it('is granted no permission, asked or checked', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      installed.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(installed.permissionCheck?.()).toBe(false);
  });
});

describe('a packaged build at the keyboard', () => {
  const devtools = { key: 'I', code: 'KeyI', control: true, shift: true };
  const reload = { key: 'r', code: 'KeyR', control: true };

  it('has our own menu, and the developer tools and reload keys do nothing in any web contents', () => {
    harden(true);
    expect(installed.menu).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Edit' })]));
    const contents = newContents();
    for (const press of [devtools, reload, { key: 'F12' }, { key: 'F5' }])
      expect(cancels(contents, 'before-input-event', press), JSON.stringify(press)).toBe(true);
    expect(cancels(contents, 'before-input-event', { key: 'c', code: 'KeyC', control: true })).toBe(false);
    expect(cancels(contents, 'before-input-event', { key: 'Enter' })).toBe(false);
  });

  it('closes developer tools that open all the same', () => {
    harden(true);
    const contents = newContents();
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(1);
  });

  it('in development keeps Electron’s menu, the keys and the developer tools', () => {
    harden(false);
    expect(installed.menu).toBeUndefined();
    const contents = newContents();
    expect(cancels(contents, 'before-input-event', devtools)).toBe(false);
    expect(cancels(contents, 'before-input-event', reload)).toBe(false);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(0);
    harden(true);
  });
});
