// Preloaded into a child process (node -r): on exit it prints the process's peak resident memory, in
// kilobytes, as the last line of stderr, so a test can hold a command to a memory bound.
'use strict';
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
