// Entry of the `esim-counter` command (built to out/main/cli.js): the same core as the app, no Electron.
import { runCli } from './cli/run';

const stopped = new Promise<void>((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});

runCli(
  process.argv.slice(2),
  process.env,
  { out: (line) => console.log(line), err: (line) => console.error(line) },
  stopped,
).then((code) => process.exit(code));
