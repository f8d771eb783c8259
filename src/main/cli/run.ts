// Parses the command line and runs one command; every failure becomes one sentence on stderr and exit 1.
import { parseArgs } from 'node:util';
import { GigastoreError } from '../core/gigastore/errors';
import { ConsoleError } from '../core/errors';
import * as commands from './commands';
import * as care from './care-commands';
import * as reads from './read-commands';
import * as sales from './sales-commands';
import { report } from './report-command';
import { readEnvironment } from './environment';
import { quoted } from './input';
import { safeOutput } from './terminal-text';
import { USAGE, UsageError } from './usage';

const COMMANDS = {
  inventory: commands.inventory,
  sell: sales.sell,
  status: commands.status,
  watch: commands.watch,
  journal: sales.journal,
  reconcile: sales.reconcile,
  report,
  retry: sales.retry,
  lookup: care.lookup,
  topup: care.topup,
  refund: care.refund,
  simulator: commands.simulator,
  devices: reads.devices,
  connectivity: reads.connectivity,
} as const;

/** The options each command reads (besides --json and --help): any other is refused, not ignored. */
const COMMAND_OPTIONS: Record<keyof typeof COMMANDS, readonly string[]> = {
  inventory: [],
  sell: ['item', 'country', 'email'],
  status: ['iccid'],
  watch: ['iccid', 'timeout'],
  journal: ['csv', 'from', 'to'],
  reconcile: [],
  report: ['day', 'shift', 'store', 'csv'],
  retry: ['sale'],
  lookup: ['iccid', 'email'],
  topup: ['customer', 'item', 'country'],
  refund: ['item', 'reason'],
  simulator: ['port', 'faults'],
  devices: ['search'],
  connectivity: ['iccid'],
};

/** Commands that read only this machine's journal or run the simulator: safe under a refused policy. */
const RUN_UNDER_REFUSED_POLICY: ReadonlySet<string> = new Set(['journal', 'simulator']);

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  day: { type: 'string' },
  shift: { type: 'string' },
  store: { type: 'boolean' },
  item: { type: 'string' },
  country: { type: 'string' },
  email: { type: 'string' },
  iccid: { type: 'string' },
  customer: { type: 'string' },
  sale: { type: 'string' },
  reason: { type: 'string' },
  timeout: { type: 'string' },
  port: { type: 'string' },
  faults: { type: 'string' },
  search: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  terminal: { out(text: string): void; err(text: string): void },
  stopped: Promise<void>,
): Promise<number> {
  const io = safeOutput(terminal);
  try {
    const { positionals, values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const [name, ...extra] = positionals;
    if (values.help || !name) {
      USAGE.split('\n').forEach((line) => io.out(line));
      return name || values.help ? 0 : 1;
    }
    if (!Object.hasOwn(COMMANDS, name))
      throw new UsageError(
        `There is no command ${quoted(name)}; the commands are ${Object.keys(COMMANDS).join(', ')}.`,
      );
    const command = name as keyof typeof COMMANDS;
    if (extra.length) throw new UsageError(`Unexpected argument ${quoted(extra[0] as string)}.`);
    const unread = Object.keys(values).find(
      (option) => option !== 'json' && !COMMAND_OPTIONS[command].includes(option),
    );
    if (unread) throw new UsageError(`${command} does not take --${unread}; run with --help for its options.`);
    const context = { env: readEnvironment(env), options: values, io, stopped };
    context.env.notices.forEach((notice) => io.err(notice));
    // Never live with half a policy: only what reaches no Gigastore account runs (the app stays in demo).
    if (context.env.policy.status === 'refused' && !RUN_UNDER_REFUSED_POLICY.has(command)) {
      throw new UsageError(`${command} does not run while the organisation's policy file is refused (see above).`);
    }
    return await COMMANDS[command](context);
  } catch (error) {
    io.err(sentence(error));
    return 1;
  }
}

function sentence(error: unknown): string {
  if (error instanceof UsageError || error instanceof GigastoreError || error instanceof ConsoleError)
    return error.message;
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    return `${error.message.replace(/\.?$/, '.')} Run with --help for the commands.`;
  }
  return `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}
