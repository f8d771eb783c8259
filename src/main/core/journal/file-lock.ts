// A cross-process exclusive lock: a file beside the locked one, created with O_EXCL (so exactly one process
// can create it), holding the holder's pid and the time. The app and the CLI hold it only for the
// milliseconds of one append, so a waiter sleeps synchronously (appends are synchronous) and gives up after
// a few seconds.
//
// A lock whose holder is gone (its pid is not alive, or it was written before this boot) is taken over: it
// is renamed aside under a name only this process uses, and the file moved is checked to be the very one
// judged stale (same inode) before it is removed. Two takers cannot both win: only one rename can move a
// given file, and a taker that moved a live holder's fresh lock instead links it back at once. Every taker
// then competes for O_EXCL like anyone else. The one window left (a third process creating the lock in the
// microseconds between that move and the link back) is covered by the holder itself: stillHeld() is asked
// right before each write, and a holder whose lock file is no longer its own takes the lock again.
//
// Plain Node only (no TypeScript-only syntax), so a test's child processes can load this file as it is.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { uptime } from 'node:os';

/** Who holds a lock that could not be had in time. */
export class LockBusy extends Error {
  readonly holderPid: number | undefined;
  readonly waitedMs: number;
  constructor(path: string, holderPid: number | undefined, waitedMs: number) {
    super(`${path} stayed locked by process ${holderPid ?? '(unknown)'} for ${waitedMs} ms.`);
    this.name = 'LockBusy';
    this.holderPid = holderPid;
    this.waitedMs = waitedMs;
  }
}

interface FileLockOptions {
  /** How long acquire() waits for another holder before it gives up. */
  timeoutMs?: number;
}

/** A lock file that is empty this long after it was created: its creator died before writing its pid. */
const UNWRITTEN_STALE_MS = 5_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Sleeps without returning to the event loop: the caller is inside a synchronous append. */
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

export class FileLock {
  readonly path: string;
  private readonly timeoutMs: number;
  /** The inode of the lock file this object created, while it holds it. */
  private heldIno: number | undefined;

  constructor(path: string, options: FileLockOptions = {}) {
    this.path = path;
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  get held(): boolean {
    return this.heldIno !== undefined;
  }

  /** Takes the lock, waiting up to the time-out for a live holder; throws LockBusy after that. */
  acquire(): void {
    const started = Date.now();
    for (let pause = 1; ; pause = Math.min(pause * 2, 16)) {
      if (this.tryCreate()) return;
      const holder = this.inspect(this.path);
      // A holder that let go between our two looks: try again at once.
      if (!holder) continue;
      if (holder.stale) this.takeOver(holder.ino);
      const waited = Date.now() - started;
      if (waited >= this.timeoutMs) throw new LockBusy(this.path, holder.pid, waited);
      if (!holder.stale) sleepSync(pause);
    }
  }

  /** Whether the lock file is still the one this object created (see the header). */
  stillHeld(): boolean {
    return this.heldIno !== undefined && this.inspect(this.path)?.ino === this.heldIno;
  }

  /** Removes the lock file, only when it is still our own. */
  release(): void {
    if (this.stillHeld()) unlinkIfThere(this.path);
    this.heldIno = undefined;
  }

  private tryCreate(): boolean {
    let fd: number;
    try {
      fd = openSync(this.path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    } catch (error) {
      if (codeOf(error) === 'EEXIST') return false;
      throw error;
    }
    try {
      writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
      this.heldIno = fstatSync(fd).ino;
    } finally {
      closeSync(fd);
    }
    return true;
  }

  /** The lock file at `path`: its inode, pid, and whether its holder is gone; undefined when there is none. */
  private inspect(path: string): { ino: number; pid: number | undefined; stale: boolean } | undefined {
    let ino: number;
    let mtimeMs: number;
    let text: string;
    try {
      ({ ino, mtimeMs } = statSync(path));
      text = readFileSync(path, 'latin1');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return undefined;
      throw error;
    }
    const match = /^(\d+) (\S+)\n/.exec(text);
    if (!match) return { ino, pid: undefined, stale: Date.now() - mtimeMs > UNWRITTEN_STALE_MS };
    const pid = Number(match[1]);
    // A pid from before this boot may name an unrelated process now: such a lock is stale whatever the pid.
    const beforeBoot = Date.parse(match[2] ?? '') < Date.now() - uptime() * 1000 - 60_000;
    return { ino, pid, stale: beforeBoot || pid <= 0 || !isAlive(pid) };
  }

  private takeOver(staleIno: number): void {
    const aside = `${this.path}.stale-${process.pid}-${randomUUID()}`;
    try {
      renameSync(this.path, aside);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return; // another taker moved it first
      throw error;
    }
    const moved = this.inspect(aside);
    if (moved && moved.ino !== staleIno && !moved.stale) {
      // Another taker had cleared the stale lock and created its own: give it back untouched.
      try {
        linkSync(aside, this.path);
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw error;
      }
    }
    unlinkIfThere(aside);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's process.
    return codeOf(error) === 'EPERM';
  }
}

function unlinkIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;
