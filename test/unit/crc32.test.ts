// The journal's in-place CRC-32 must be zlib's, byte for byte: the writer checksums with zlib.crc32 and the
// reader verifies with crc32Range.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Range } from '../../src/main/core/journal/crc32';

describe('crc32Range', () => {
  it('gives zlib’s CRC-32 for every range of random bytes, at every length and offset', () => {
    const bytes = randomBytes(4096);
    for (let length = 0; length <= 70; length++) {
      for (const start of [0, 1, 3, 7, 100]) {
        expect(crc32Range(bytes, start, start + length)).toBe(crc32(bytes.subarray(start, start + length)));
      }
    }
    expect(crc32Range(bytes, 5, 4000)).toBe(crc32(bytes.subarray(5, 4000)));
  });

  it('gives zlib’s CRC-32 of a journal line’s JSON, with non-ASCII text', () => {
    const json = Buffer.from(JSON.stringify({ type: 'begun', saleId: 'VIE-1-01J', name: 'Österreich 5 GB · 🌍' }));
    expect(crc32Range(json, 0, json.length)).toBe(crc32(json));
  });
});
