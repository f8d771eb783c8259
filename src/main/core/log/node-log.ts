// A redacted file log: electron-log's node build, one instance per file. main uses it too: electron-log's
// main build would register its own IPC channels for renderer logging, which no sender check guards; the
// renderer's console is forwarded to this log by main instead. The log and its folder are for this user
// only (private-files.ts): electron-log creates the file with the mode given here, and its rotated copy
// (main.old.log) keeps it.
import nodeLog from 'electron-log/node';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateDir, keepPathPrivate, PRIVATE_FILE_MODE } from '../private-files';
import { redactedLogger, type ElectronLogLike, type Logger } from './logger';
import type { Redactor } from './redactor';

let instances = 0;

export function fileLogger(path: string, redactor: Redactor, consoleLevel: 'warn' | false = false): Logger {
  const log = nodeLog.create({ logId: `esim-counter-${++instances}` });
  // The folder is made (private) when the first line is written, so a process that logs nothing (a second
  // start of the app, which quits at once) leaves nothing behind.
  let prepared = false;
  log.transports.file.resolvePathFn = () => {
    if (!prepared) {
      ensurePrivateDir(dirname(path));
      if (existsSync(path)) keepPathPrivate(path);
      prepared = true;
    }
    return path;
  };
  log.transports.file.writeOptions = { flag: 'a', mode: PRIVATE_FILE_MODE, encoding: 'utf8' };
  log.transports.console.level = consoleLevel;
  return redactedLogger(log as unknown as ElectronLogLike, redactor);
}
