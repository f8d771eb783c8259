// A redacted file log: electron-log's node build, one instance per file. main uses it too: electron-log's
// main build would register its own IPC channels for renderer logging, which no sender check guards; the
// renderer's console is forwarded to this log by main instead.
import nodeLog from 'electron-log/node';
import { redactedLogger, type ElectronLogLike, type Logger } from './logger';
import type { Redactor } from './redactor';

let instances = 0;

export function fileLogger(path: string, redactor: Redactor, consoleLevel: 'warn' | false = false): Logger {
  const log = nodeLog.create({ logId: `esim-counter-${++instances}` });
  log.transports.file.resolvePathFn = () => path;
  log.transports.console.level = consoleLevel;
  return redactedLogger(log as unknown as ElectronLogLike, redactor);
}
