// The log the core writes to: one short event name and a few fields. main backs it with electron-log
// (file + console), the CLI and tests with electron-log's plain-Node build; every line passes the
// redactor first.
import type { Redactor } from './redactor';

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** What electron-log's main and node builds both offer. */
export interface ElectronLogLike {
  info(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  error(...params: unknown[]): void;
  hooks: Array<(message: { data: unknown[] }, transport?: unknown) => { data: unknown[] } | false>;
}

/** Adds the redaction hook to an electron-log instance (for every transport) and wraps it as a Logger. */
export function redactedLogger(log: ElectronLogLike, redactor: Redactor): Logger {
  log.hooks.push((message) => ({ ...message, data: message.data.map((item) => redactor.value(item)) }));
  const write = (level: 'info' | 'warn' | 'error') => (event: string, fields?: Record<string, unknown>) =>
    fields ? log[level](event, fields) : log[level](event);
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
