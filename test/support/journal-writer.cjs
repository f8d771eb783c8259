// A child process that appends journal lines as fast as it can, the way JournalFile does (checksummed
// line, then fdatasync), printing each sequence number once it is durable. The parent kills it with
// SIGKILL at a random instant and checks what survived.
const { openSync, writeSync, fdatasyncSync } = require('node:fs');
const { crc32 } = require('node:zlib');

const fd = openSync(process.argv[2], 'a');
const padding = 'x'.repeat(200);
for (let seq = 0; ; seq++) {
  const json = JSON.stringify({ seq, padding });
  const line = `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
  // Two writes, so a kill can land between them and leave a torn line.
  const middle = Math.floor(line.length / 2);
  writeSync(fd, line.slice(0, middle));
  writeSync(fd, line.slice(middle));
  fdatasyncSync(fd);
  process.stdout.write(`${seq}\n`);
}
