// One line of a journal file: "<crc32 as 8 hex digits> <json>\n". The checksum covers the JSON's bytes as
// they are on the disk, so a line torn or damaged there is known without parsing it. Written by
// journal-file.ts; read by the sales index and the audit trail, which take the JSON from JSON_START on.
import { crc32 } from 'node:zlib';
import { crc32Range } from './crc32';

/** Where a line's JSON begins: after its checksum and one space. */
export const JSON_START = 9;

/** The bytes of the line that records `entry`, newline included. */
export function lineOf(entry: object): Buffer {
  const json = JSON.stringify(entry);
  return Buffer.from(`${crc32(json).toString(16).padStart(8, '0')} ${json}\n`);
}

/** Whether the line in [start, end) of `bytes` (newline excluded) holds JSON its checksum matches. */
export function checksumMatches(bytes: Buffer, start: number, end: number): boolean {
  if (end - start <= JSON_START || bytes[start + JSON_START - 1] !== 0x20) return false;
  return crc32Range(bytes, start + JSON_START, end) === writtenChecksum(bytes, start);
}

/** The 8 lower-case hex digits at `start` as a number (every line is verified at open: no strings made). */
function writtenChecksum(bytes: Buffer, start: number): number {
  let value = 0;
  for (let index = start; index < start + 8; index++) {
    const byte = bytes[index] as number;
    const digit = byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}
