// CRC-32 (the same as zlib's) of a range of a buffer, computed in place. Opening a journal verifies every
// line's checksum: zlib's crc32 needs a view object per line, and at 300 000 lines the call and the views
// cost several times what the arithmetic does. Slicing by eight bytes keeps the loop fast in JS.
const TABLES = Array.from({ length: 8 }, () => new Int32Array(256));
for (let byte = 0; byte < 256; byte++) {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  (TABLES[0] as Int32Array)[byte] = crc;
}
for (let byte = 0; byte < 256; byte++) {
  let crc = (TABLES[0] as Int32Array)[byte] as number;
  for (let table = 1; table < 8; table++) {
    crc = ((TABLES[0] as Int32Array)[crc & 0xff] as number) ^ (crc >>> 8);
    (TABLES[table] as Int32Array)[byte] = crc;
  }
}
const [T0, T1, T2, T3, T4, T5, T6, T7] = TABLES as [
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
];

/** The CRC-32 of bytes[start, end), as an unsigned number (zlib.crc32 of that range gives the same). */
export function crc32Range(bytes: Uint8Array, start: number, end: number): number {
  let crc = -1;
  let at = start;
  for (; at + 8 <= end; at += 8) {
    crc ^=
      (bytes[at] as number) |
      ((bytes[at + 1] as number) << 8) |
      ((bytes[at + 2] as number) << 16) |
      ((bytes[at + 3] as number) << 24);
    crc =
      (T7[crc & 0xff] as number) ^
      (T6[(crc >>> 8) & 0xff] as number) ^
      (T5[(crc >>> 16) & 0xff] as number) ^
      (T4[crc >>> 24] as number) ^
      (T3[bytes[at + 4] as number] as number) ^
      (T2[bytes[at + 5] as number] as number) ^
      (T1[bytes[at + 6] as number] as number) ^
      (T0[bytes[at + 7] as number] as number);
  }
  for (; at < end; at++) crc = (T0[(crc ^ (bytes[at] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
