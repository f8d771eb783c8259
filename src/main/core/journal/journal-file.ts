// An append-only file of checksummed JSON lines, flushed to the disk (fdatasync) before append() returns:
// the write-ahead log under the sales journal. One line per entry: "<crc32 hex> <json>\n". An append costs
// the same however long the file is. On open, a last line cut short by a crash (no newline, or a checksum
// that does not match) is detected, copied aside byte for byte, reported in one sentence, and cut off so
// new entries follow the last good one. Nothing before it is touched. The file, any bytes kept aside and
// the folder are for this user only (see private-files.ts).
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
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { ensurePrivateDir, keepFilePrivate, PRIVATE_FILE_MODE } from '../private-files';

export interface OpenedJournal {
  file: JournalFile;
  /** The file as read at open; `lines` point into it. */
  bytes: Buffer;
  /** [start, end) of every complete line, in order; the reader checks each with lineJson when it parses it. */
  lines: Array<[start: number, end: number]>;
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
    ensurePrivateDir(dirname(path));
    const fd = openSync(path, 'a+', PRIVATE_FILE_MODE);
    keepFilePrivate(fd);
    const bytes = readFileSync(path);
    const lines: Array<[number, number]> = [];
    const problems: string[] = [];
    for (let start = 0; start < bytes.length;) {
      const end = bytes.indexOf(NEWLINE, start);
      if (end < 0) break;
      lines.push([start, end]);
      start = end + 1;
    }
    // Only the last write can be torn: bytes after the last newline, or a last line whose checksum fails.
    // Every other line is verified by the reader when it parses it (see lineJson).
    let goodEnd = lines.length ? (lines.at(-1) as [number, number])[1] + 1 : 0;
    const last = lines.at(-1);
    if (last && lineJson(bytes, last) === undefined) {
      lines.pop();
      goodEnd = last[0];
    }
    if (goodEnd < bytes.length) {
      const kept = keepAside(path, bytes.subarray(goodEnd), now());
      problems.push(
        `The journal's last record was cut off (probably by a power cut or crash while it was written); its ${bytes.length - goodEnd} bytes were kept in ${kept}, and every earlier sale is intact.`,
      );
      ftruncateSync(fd, goodEnd);
      fdatasyncSync(fd);
    }
    return { file: new JournalFile(fd, path), bytes, lines, problems };
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

/**
 * The [start, end) of a line's JSON when its checksum matches, else undefined. A line is
 * "<8 hex> <json>"; the checksum is computed over the JSON's bytes as they are on the disk.
 */
export function lineJson(bytes: Buffer, [start, end]: [number, number]): [number, number] | undefined {
  if (end - start < 10 || bytes[start + 8] !== 0x20) return undefined;
  const expected = bytes.toString('latin1', start, start + 8);
  return crc32(bytes.subarray(start + 9, end))
    .toString(16)
    .padStart(8, '0') === expected
    ? [start + 9, end]
    : undefined;
}

function keepAside(path: string, bytes: Buffer, at: Date): string {
  const aside = `${path}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
  writeFileSync(aside, bytes, { flag: 'a', mode: PRIVATE_FILE_MODE });
  return aside;
}
