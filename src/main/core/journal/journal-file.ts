// An append-only file of checksummed JSON lines, flushed to the disk (fdatasync) before append() returns
// (or, for an entry whose loss a power cut could only turn back into a question, right after):
// the write-ahead log under the sales journal and the audit trail. One line per entry (journal-line.ts:
// "<crc32 hex> <json>\n"). An append costs the same however long the file is.
//
// Several processes write one file (the app, and the CLI beside it): every append is made under a lock
// file beside the journal (file-lock.ts), and a writer first reads what the others appended since it last
// looked (readNew), so its view is whole when it decides what to write. Readers need no lock: they only
// ever take complete lines (up to a newline), and a writer's line becomes visible whole, newline last.
//
// Every line's checksum is verified as it is read (at open, and as others' lines arrive). The last line
// may be a write torn by a crash (no newline, or a checksum that does not match), or, seen without the
// lock, one still on its way: it is judged under the lock, where a torn one is copied aside byte for byte,
// reported in one sentence and cut off, so new entries follow the last good one. A damaged line before
// the last is handed to the reader (`damaged`) to report, and left in the file untouched. The file, any
// bytes kept aside and the folder are for this user only (see private-files.ts).
import { dirname } from 'node:path';
import {
  closeSync,
  fdatasync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { ConsoleError } from '../errors';
import { ensurePrivateDir, keepFilePrivate, PRIVATE_FILE_MODE } from '../private-files';
import { FileLock, LockBusy } from './file-lock';
import { checksumMatches, lineOf } from './journal-line';

/**
 * Where complete lines are in a buffer: line i spans [starts[i], ends[i]), newline excluded, in order.
 * Typed arrays rather than a small array per line: a journal of 100 000 sales has 300 000 lines, and the
 * garbage of 300 000 pairs was most of the time opening it took.
 */
interface LineTable {
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** A run of complete lines read from the file. */
export interface JournalLines {
  bytes: Buffer;
  lines: LineTable;
  /** The starts of the lines whose checksum fails. */
  damaged: Set<number>;
  /** Where bytes[0] is in the file (a problem sentence names the byte). */
  offset: number;
}

interface OpenedJournal extends JournalLines {
  file: JournalFile;
  /** Sentences about damaged bytes; the same array as file.problems, which later findings join. */
  problems: string[];
}

export interface JournalFileOptions {
  now?: () => Date;
  /** How long a writer waits for another process's append before giving up (default 5 s). */
  lockTimeoutMs?: number;
}

const NEWLINE = 0x0a;

/** Thrown inside locked() when the lock file was taken from under us; the work is done again. */
class LockLost extends Error {}

export class JournalFile {
  readonly problems: string[] = [];
  private fd: number | undefined;
  private readonly lock: FileLock;
  private readonly now: () => Date;
  /** Everything before this offset has been read by this process (or was written by it while caught up). */
  private knownSize = 0;
  /** The file's size while the lock is held, own appends included. */
  private lockedSize = 0;
  private holding = false;
  /** Appended with 'soon' and not flushed yet; and the flush on its way, if one is. */
  private unflushed = false;
  private flushing: Promise<void> | undefined;

  private constructor(
    fd: number,
    readonly path: string,
    options: JournalFileOptions,
  ) {
    this.fd = fd;
    this.now = options.now ?? (() => new Date());
    this.lock = new FileLock(`${path}.lock`, { timeoutMs: options.lockTimeoutMs ?? 5_000 });
  }

  static open(path: string, options: JournalFileOptions = {}): OpenedJournal {
    ensurePrivateDir(dirname(path));
    const fd = openSync(path, 'a+', PRIVATE_FILE_MODE);
    keepFilePrivate(fd);
    const file = new JournalFile(fd, path, options);
    let lines = file.take(0);
    // A suspicious tail (or lines that arrived meanwhile): the whole file again, judged under the lock.
    if (file.knownSize < file.size) lines = file.locked(() => file.take(0));
    return { file, ...lines, problems: file.problems };
  }

  /**
   * The complete lines other processes appended since this one last looked; undefined when there are
   * none. Needs no lock (see take() for the last line).
   */
  readNew(): JournalLines | undefined {
    const size = this.size;
    // Shorter than we knew: a torn tail was cut by another process.
    if (size < this.knownSize) this.knownSize = size;
    if (size === this.knownSize) return undefined;
    const taken = this.take(this.knownSize);
    return taken.lines.count ? taken : undefined;
  }

  /**
   * Runs `work` holding the cross-process lock (re-entrant). Anything a crashed writer left after the last
   * newline is cut first, so this process's line starts on a line of its own.
   */
  locked<T>(work: () => T): T {
    if (this.holding) return work();
    for (let attempt = 1; ; attempt++) {
      this.acquire();
      this.holding = true;
      try {
        this.cutUnfinishedLine();
        return work();
      } catch (error) {
        if (!(error instanceof LockLost) || attempt >= 3) throw error;
      } finally {
        this.holding = false;
        this.lock.release();
      }
    }
  }

  /**
   * Appends one entry (under the lock). By default it returns only once the entry is on the disk. With
   * 'soon' it returns once the entry is written, which a crash of this process cannot undo (the system
   * holds it), and flushSoon() puts it on the disk: only a power cut in between could lose it.
   */
  append(entry: object, flush: 'now' | 'soon' = 'now'): void {
    if (!this.holding) return this.locked(() => this.append(entry, flush));
    if (this.fd === undefined) throw new Error('The journal is closed.');
    if (!this.lock.stillHeld()) throw new LockLost();
    const line = lineOf(entry);
    const caughtUp = this.knownSize === this.lockedSize;
    for (let written = 0; written < line.length;) written += writeSync(this.fd, line, written, line.length - written);
    if (flush === 'now') fdatasyncSync(this.fd); // everything written before it too
    this.unflushed = flush === 'soon';
    this.lockedSize += line.length;
    // A writer that had read everything before its line need not read its own line back.
    if (caughtUp) this.knownSize = this.lockedSize;
  }

  get size(): number {
    return this.fd === undefined ? 0 : fstatSync(this.fd).size;
  }

  /**
   * Puts what was appended with 'soon' on the disk, off the event loop (one flush covers every write
   * before it). A flush that fails leaves it to the next one.
   */
  flushSoon(): Promise<void> {
    if (!this.unflushed || this.fd === undefined) return this.flushing ?? Promise.resolve();
    this.unflushed = false;
    const flushed = new Promise<void>((resolve) =>
      fdatasync(this.fd as number, (error) => {
        if (error) this.unflushed = true;
        if (this.flushing === flushed) this.flushing = undefined;
        resolve();
      }),
    );
    this.flushing = flushed;
    return flushed;
  }

  close(): void {
    if (this.fd !== undefined) {
      if (this.unflushed || this.flushing) fdatasyncSync(this.fd);
      closeSync(this.fd);
    }
    this.fd = undefined;
  }

  private acquire(): void {
    try {
      this.lock.acquire();
    } catch (error) {
      if (!(error instanceof LockBusy)) throw error;
      const holder = error.holderPid === undefined ? 'another eSIM Counter program' : `process ${error.holderPid}`;
      throw new ConsoleError(
        'journal.locked',
        `The journal in ${dirname(this.path)} stayed locked by ${holder} for ${Math.round(error.waitedMs / 100) / 10} s, so nothing was written; close the other eSIM Counter window or command and try again.`,
      );
    }
  }

  /** Reads the file from `offset` to its end and splits it into complete lines, each verified. */
  private readFrom(offset: number) {
    if (this.fd === undefined) throw new Error('The journal is closed.');
    const bytes = Buffer.allocUnsafe(Math.max(0, this.size - offset));
    for (let read = 0; read < bytes.length;) {
      const got = readSync(this.fd, bytes, read, bytes.length - read, offset + read);
      if (got === 0) break;
      read += got;
    }
    // About 350 bytes a line: a first guess, doubled when a journal's lines run shorter.
    let capacity = Math.max(16, Math.ceil(bytes.length / 256));
    let starts = new Uint32Array(capacity);
    let ends = new Uint32Array(capacity);
    let count = 0;
    const damaged = new Set<number>();
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      if (count === capacity) {
        capacity *= 2;
        starts = grown(starts, capacity);
        ends = grown(ends, capacity);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
      if (!checksumMatches(bytes, start, end)) damaged.add(start);
      start = end + 1;
    }
    const lines: LineTable = { count, starts, ends };
    return { bytes, lines, damaged, tornBytes: bytes.length - start };
  }

  /**
   * The verified complete lines from `offset` on; knownSize moves past them. A last line that fails its
   * checksum, and bytes after the last newline, may be a write torn by a crash, or (when we do not hold
   * the lock) one still on its way: holding the lock, they are kept aside and cut; otherwise they are left
   * for a writer, or the next open, to judge under the lock. Never is a line taken that may yet be cut.
   */
  private take(offset: number): JournalLines {
    const { bytes, lines, damaged, tornBytes } = this.readFrom(offset);
    let end = bytes.length - tornBytes;
    const last = lines.count - 1;
    if (last >= 0 && damaged.has(lines.starts[last] as number)) {
      end = lines.starts[last] as number;
      damaged.delete(end);
      lines.count--;
    }
    if (this.holding && end < bytes.length) this.cutAt(offset + end, bytes.subarray(end));
    this.knownSize = offset + end;
    return { bytes: bytes.subarray(0, end), lines, damaged, offset };
  }

  /** Under the lock, first: bytes after the last newline (a writer died mid-line holding the lock) are cut. */
  private cutUnfinishedLine(): void {
    this.lockedSize = this.size;
    if (this.lockedSize === 0 || this.fd === undefined) return;
    const lastByte = Buffer.alloc(1);
    readSync(this.fd, lastByte, 0, 1, this.lockedSize - 1);
    if (lastByte[0] === NEWLINE) return;
    const from = Math.min(this.knownSize, this.lockedSize);
    const { bytes, tornBytes } = this.readFrom(from);
    this.cutAt(from + bytes.length - tornBytes, bytes.subarray(bytes.length - tornBytes));
  }

  private cutAt(goodEnd: number, torn: Buffer): void {
    const kept = keepAside(this.path, torn, this.now());
    this.problems.push(
      `The journal's last record was cut off (probably by a power cut or crash while it was written); its ${torn.length} bytes were kept in ${kept}, and every earlier sale is intact.`,
    );
    ftruncateSync(this.fd as number, goodEnd);
    fdatasyncSync(this.fd as number);
    this.lockedSize = goodEnd;
  }
}

function grown(array: Uint32Array<ArrayBuffer>, capacity: number): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(capacity);
  larger.set(array);
  return larger;
}

function keepAside(path: string, bytes: Buffer, at: Date): string {
  const aside = `${path}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
  writeFileSync(aside, bytes, { flag: 'a', mode: PRIVATE_FILE_MODE });
  return aside;
}
