// A child process that takes the journal's lock file (the product's FileLock, loaded from its TypeScript
// source by Node's type stripping) `rounds` times, each time reading a counter file, pausing, and writing
// it back plus one. Without mutual exclusion between processes, increments get lost.
const { readFileSync, writeFileSync } = require('node:fs');
const { FileLock } = require('../../src/main/core/journal/file-lock.ts');

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const [lockPath, counterPath, rounds] = process.argv.slice(2);
const lock = new FileLock(lockPath, { timeoutMs: 30_000 });
for (let round = 0; round < Number(rounds); round++) {
  lock.acquire();
  const count = Number(readFileSync(counterPath, 'utf8'));
  sleepSync(1);
  writeFileSync(counterPath, String(count + 1));
  lock.release();
}
