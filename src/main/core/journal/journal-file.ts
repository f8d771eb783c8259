// An append-only file of checksummed JSON lines, flushed to the disk (fdatasync) before append() returns:
// the write-ahead log under the sales journal. One line per entry: "<crc32 hex> <json>\n". An append costs
// the same however long the file is. On open, a last line cut short by a crash (no newline, or a checksum
// that does not match) is detected, copied aside byte for byte, reported in one sentence, and cut off so
// new entries follow the last good one. Nothing before it is touched.
import {
  closeSync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { crc32 } from 'node:zlib';

export interface OpenedJournal {
  file: JournalFile;
  entries: unknown[];
  /** Sentences about damaged bytes found on open (kept aside in a file named in the sentence). */
  problems: string[];
}

const NEWLINE = 0x0a;

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

export class JournalFile {
  private constructor(
    private fd: number | undefined,
    readonly path: string,
  ) {}

  static open(path: string, now: () => Date = () => new Date()): OpenedJournal {
    const fd = openSync(path, 'a+');
    const bytes = readFileSync(path);
    const entries: unknown[] = [];
    const problems: string[] = [];
    let goodEnd = 0;
    let start = 0;
    while (start < bytes.length) {
      const end = bytes.indexOf(NEWLINE, start);
      const line = bytes.subarray(start, end < 0 ? bytes.length : end).toString('utf8');
      const entry = end < 0 ? undefined : parseLine(line);
      if (entry === undefined) {
        const isLast = end < 0 || end === bytes.length - 1;
        const kept = keepAside(path, bytes.subarray(start, end < 0 ? bytes.length : end + 1), now());
        problems.push(
          isLast
            ? `The journal's last record was cut off (probably by a power cut or crash while it was written); its ${line.length} bytes were kept in ${kept}, and every earlier sale is intact.`
            : `A damaged record in the middle of the journal (byte ${start}) was skipped and kept in ${kept}; the records around it are intact.`,
        );
        if (isLast) break;
      } else {
        entries.push(entry);
      }
      goodEnd = end + 1;
      start = end + 1;
    }
    if (goodEnd < bytes.length) {
      ftruncateSync(fd, goodEnd);
      fdatasyncSync(fd);
    }
    return { file: new JournalFile(fd, path), entries, problems };
  }

  /** Appends one entry and returns only once it is on the disk. */
  append(entry: object): void {
    if (this.fd === undefined) throw new Error('The journal is closed.');
    const json = JSON.stringify(entry);
    writeSync(this.fd, `${checksum(json)} ${json}\n`);
    fdatasyncSync(this.fd);
  }

  get size(): number {
    return this.fd === undefined ? 0 : fstatSync(this.fd).size;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

function parseLine(line: string): unknown {
  const space = line.indexOf(' ');
  if (space !== 8) return undefined;
  const json = line.slice(9);
  if (checksum(json) !== line.slice(0, 8)) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function keepAside(path: string, bytes: Buffer, at: Date): string {
  const aside = `${path}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
  writeFileSync(aside, bytes, { flag: 'a' });
  return aside;
}
