// Binds the ConsoleApi object to ipcMain.handle: one channel per method. Every call is refused unless it
// comes from the top frame of a trusted page, and its arguments pass the contract's schema; the answer
// is always an envelope, because Electron reduces an error thrown across IPC to its bare message.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { consoleArgs, type ConsoleApi, type Result } from '../../shared/api';
import { CONSOLE_METHODS, invokeChannel } from '../../shared/channels';
import { settle } from '../core/errors';

export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/** Trusted: the top frame of a page whose origin is one of ours. */
export function trustedOrigins(origins: readonly string[]): SenderCheck {
  return ({ senderFrame }) => {
    if (!senderFrame || senderFrame.parent !== null) return false;
    try {
      return origins.includes(new URL(senderFrame.url).origin);
    } catch {
      return false;
    }
  };
}

export function bindConsole(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, api: ConsoleApi, isTrusted: SenderCheck): () => void {
  for (const method of CONSOLE_METHODS) {
    ipcMain.handle(invokeChannel(method), async (event, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'ipc.untrusted-sender', message: 'This page may not use the console.' } };
      }
      const parsed = consoleArgs[method].safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.slice(1).join('.') || 'the request';
        return { ok: false, error: { code: 'ipc.invalid-arguments', message: `${where}: ${issue?.message ?? 'invalid'}` } };
      }
      return settle(() => (api[method] as (...values: unknown[]) => Promise<unknown>)(...parsed.data));
    });
  }
  return () => CONSOLE_METHODS.forEach((method) => ipcMain.removeHandler(invokeChannel(method)));
}
