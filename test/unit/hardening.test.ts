// The app-wide refusals of Electron's security checklist, exercised through the handlers they install:
// electron is replaced by a recorder (no binary here) and each handler is called as Electron would.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
const installed: { permissionRequest?: PermissionHandler; permissionCheck?: () => boolean } = {};
const app = new EventEmitter();

vi.mock('electron', () => {
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: PermissionHandler) => (installed.permissionRequest = handler),
      setPermissionCheckHandler: (handler: () => boolean) => (installed.permissionCheck = handler),
    },
  };
  return { app, session, default: { app, session } };
});

const { hardenAllWebContents } = await import('../../src/main/glue/hardening');
const { originOf } = await import('../../src/main/glue/bridge');

/** A web contents as Electron creates it, with the refusals the app puts on it. */
function newContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    },
  });
  app.emit('web-contents-created', {}, contents);
  return contents;
}

/** Emits `event` with `url` and says whether the app cancelled it. */
function cancels(contents: EventEmitter, event: string, url?: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, url);
  return preventDefault.mock.calls.length > 0;
}

// As the app does: its own pages are those of its app:// origin.
hardenAllWebContents((url) => originOf(url) === 'app://counter');

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
