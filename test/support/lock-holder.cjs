// A child process that holds a journal's lock file the way a writer does (created with O_EXCL, its pid and
// the time inside), says "held", and lets go after `holdMs` (or never, when it is 0), saying "released".
const { openSync, writeSync, closeSync, unlinkSync } = require('node:fs');

const [lockPath, holdMs] = process.argv.slice(2);
const fd = openSync(lockPath, 'wx', 0o600);
writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
closeSync(fd);
process.stdout.write('held\n');
if (Number(holdMs) > 0) {
  setTimeout(() => {
    unlinkSync(lockPath);
    process.stdout.write('released\n');
  }, Number(holdMs));
}
setInterval(() => undefined, 1_000);
