// Binds the ConsoleApi object to ipcMain.handle: one channel per method. Every call is refused unless it
// comes from the top frame of a trusted page, and its arguments pass the contract's schema; the answer
// is always an envelope, because Electron reduces an error thrown across IPC to its bare message.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ConsoleApi, Result } from '../../shared/api';
import { CONSOLE_METHODS, invokeChannel } from '../../shared/channels';
import { dispatchConsoleCall } from '../core/dispatch';

type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/**
 * `scheme://host` of a URL. URL.origin is "null" for schemes Node does not know (such as app://),
 * which would make every app:// page look alike, so the origin is built from its parts.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Trusted: the top frame of the counter page itself (origin and path). The customer display is served
 * from the same origin but is not the counter page, so even a compromised customer window is refused.
 */
export function trustedPages(pages: readonly string[]): SenderCheck {
  return ({ senderFrame }) => {
    if (!senderFrame || senderFrame.parent !== null) return false;
    const origin = originOf(senderFrame.url);
    if (origin === undefined) return false;
    const path = new URL(senderFrame.url).pathname;
    return pages.includes(`${origin}${path === '/' ? '/index.html' : path}`);
  };
}

export function bindConsole(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  api: ConsoleApi,
  isTrusted: SenderCheck,
): () => void {
  for (const method of CONSOLE_METHODS) {
    ipcMain.handle(invokeChannel(method), async (event, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'ipc.untrusted-sender', message: 'This page may not use the console.' } };
      }
      return dispatchConsoleCall(api, method, args);
    });
  }
  return () => CONSOLE_METHODS.forEach((method) => ipcMain.removeHandler(invokeChannel(method)));
}
