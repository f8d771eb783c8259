// The built CLI checks every option and the environment before anything is written or sent: each bad
// input is one sentence on stderr and exit 1, the data folder stays empty (no sales.journal), and the
// simulator (or a relay on the network) sees no request at all.
import { existsSync, readdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { cliEnv, runCli } from '../support/cli';
import { startRelay } from '../support/relay';
import { startSimulator } from '../support/simulator';

const ICCID = '89372049031926188116';
const ESC = '\u001b';

/** Runs the CLI against a fresh simulator and proves the refusal touched nothing. */
async function expectRefused(sentence: string, args: (item: string) => string[], env: Record<string, string> = {}) {
  const simulator = await startSimulator();
  const own = cliEnv(simulator.baseUrl);
  const result = await runCli(args(simulator.account.inventory[0]!.id), { ...own, ...env });
  expect(result).toEqual({ code: 1, stdout: '', stderr: `${sentence}\n` });
  expect(readdirSync(own.ESIM_COUNTER_DATA_DIR!)).toEqual([]);
  expect(simulator.requests).toEqual([]);
}

/** A sale of the simulator's first package to DE, with options added (a later --country wins). */
const sell =
  (...more: string[]) =>
  (item: string) => ['sell', '--item', item, '--country', 'DE', ...more];
const fixed =
  (...args: string[]) =>
  () =>
    args;

/** [the one sentence, the command line (given the simulator's first package id)] */
const BAD_OPTIONS: Array<readonly [string, (item: string) => string[]]> = [
  ['--email "not an email" is not an email address.', sell('--email', 'not an email')],
  ['--email is longer than 200 characters.', sell('--email', `${'a'.repeat(190)}@example.com`)],
  ['--email "kim\\u001b[31m@example.com" is not an email address.', sell('--email', `kim${ESC}[31m@example.com`)],
  ['--email is empty.', sell('--email', '')],
  ['--country "ZZ" is not an ISO 3166-1 country code (for example DE).', sell('--country', 'ZZ')],
  ['--country "EU" is not an ISO 3166-1 country code (for example DE).', sell('--country', 'eu')],
  ['--country is empty.', sell('--country', ' ')],
  ['--country is required.', (item: string) => ['sell', '--item', item]],
  ['--item is empty.', fixed('sell', '--item', '', '--country', 'DE')],
  ['--item is longer than 100 characters.', fixed('sell', '--item', 'x'.repeat(101), '--country', 'DE')],
  ['--item contains control characters.', fixed('sell', '--item', `pkg${ESC}[2J`, '--country', 'DE')],
  ['sell does not take --iccid; run with --help for its options.', sell('--iccid', ICCID)],
  ['--customer contains control characters.', fixed('topup', '--customer', 'cust\nomer', '--item', 'x')],
  [
    '--country "UK" is not an ISO 3166-1 country code (for example DE).',
    fixed('topup', '--customer', 'c', '--item', 'x', '--country', 'UK'),
  ],
  ['--sale is empty.', fixed('retry', '--sale', '  ')],
  ['--reason contains control characters.', fixed('refund', '--item', 'x', '--reason', 'bell\u0007 ring')],
  ['--item contains control characters.', fixed('refund', '--item', '\u009b2J', '--reason', 'wrong package')],
  ['--email is shorter than 3 characters.', fixed('lookup', '--email', 'k')],
  ['--iccid "12ab" is not an ICCID (6 to 22 digits).', fixed('lookup', '--iccid', '12ab')],
  [`--iccid "${ICCID}\\u001b]0;x" is not an ICCID (6 to 22 digits).`, fixed('status', '--iccid', `${ICCID}${ESC}]0;x`)],
  ...['0', '-5', 'abc', '1e400', 'Infinity', '90000', '0x10'].map(
    (timeout) =>
      [
        `--timeout "${timeout}" is not a number of seconds above 0 and at most 86400.`,
        fixed('watch', '--iccid', ICCID, `--timeout=${timeout}`),
      ] as const,
  ),
  ['--from "2026-02-30" is not a date written YYYY-MM-DD (from 2000 on).', fixed('journal', '--from', '2026-02-30')],
  ['--to "1999-12-31" is not a date written YYYY-MM-DD (from 2000 on).', fixed('journal', '--to', '1999-12-31')],
  ['--from 2026-05-02 is after --to 2026-05-01.', fixed('journal', '--from', '2026-05-02', '--to', '2026-05-01')],
  ...['65536', '-1', '0x50', '80.5'].map(
    (port) => [`--port "${port}" is not a port number (0 to 65535).`, fixed('simulator', `--port=${port}`)] as const,
  ),
  ['--port is empty.', fixed('simulator', '--port', '')],
];

describe('the CLI refuses a bad option before anything is journaled or sent', () => {
  it.each(BAD_OPTIONS)('%s', async (sentence, args) => {
    await expectRefused(sentence, args);
  });
});

/** [the environment's bad part, the one sentence] */
const BAD_ENVIRONMENTS: Array<readonly [Record<string, string>, string]> = [
  [
    { ESIM_COUNTER_COUNTER_ID: 'COUNTER 1!' },
    'ESIM_COUNTER_COUNTER_ID "COUNTER 1!" must be 1 to 16 letters, digits or "-".',
  ],
  [{ ESIM_COUNTER_STORE_IP: '999.1.1.1' }, 'ESIM_COUNTER_STORE_IP "999.1.1.1" is not an IP address.'],
  [{ GIGASTORE_CLIENT_ID: 'x'.repeat(201) }, 'GIGASTORE_CLIENT_ID is longer than 200 characters.'],
  // The secret is never quoted back.
  [{ GIGASTORE_CLIENT_SECRET: 's'.repeat(501) }, 'GIGASTORE_CLIENT_SECRET is longer than 500 characters.'],
  [{ GIGASTORE_CLIENT_ID: '   ' }, 'GIGASTORE_CLIENT_ID is empty.'],
  [{ GIGASTORE_BASE_URL: 'not a url' }, 'GIGASTORE_BASE_URL "not a url" is not a web address.'],
  [{ GIGASTORE_BASE_URL: 'ftp://example.com' }, 'GIGASTORE_BASE_URL "ftp://example.com" is not an http(s) address.'],
  ...[
    'http://example.com',
    'http://api.giga.store',
    'http://10.0.0.5:4000',
    'http://localhost.example.com:8080',
    'http://127.0.0.1.nip.io',
  ].map(
    (url) =>
      [
        { GIGASTORE_BASE_URL: url },
        `GIGASTORE_BASE_URL "${url}" must start with https:// (plain http is allowed only to this machine: 127.0.0.1, ::1 or localhost).`,
      ] as const,
  ),
  [
    { GIGASTORE_BASE_URL: 'https://localhost@example.com' },
    'GIGASTORE_BASE_URL must not hold a user name or password: the credentials have their own variables.',
  ],
];

describe('the CLI refuses a bad environment before anything is journaled or sent', () => {
  it.each(BAD_ENVIRONMENTS)('%j', async (env, sentence) => {
    await expectRefused(sentence, sell(), env);
  });

  it('a relative data folder is refused and not created', async () => {
    await expectRefused('ESIM_COUNTER_DATA_DIR "relative-counter-data" must be the full path of a folder.', sell(), {
      ESIM_COUNTER_DATA_DIR: 'relative-counter-data',
    });
    expect(existsSync('relative-counter-data')).toBe(false);
  });
});

const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe('live credentials travel over https only', () => {
  it.skipIf(!networkAddress)(
    'a working Gigastore over plain http on the network gets no request (not even the credentials)',
    async () => {
      const simulator = await startSimulator();
      const relay = await startRelay(simulator.baseUrl, { host: networkAddress! });
      const env = cliEnv(relay.baseUrl);
      const result = await runCli(['sell', '--item', simulator.account.inventory[0]!.id, '--country', 'DE'], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `GIGASTORE_BASE_URL "${relay.baseUrl}" must start with https:// (plain http is allowed only to this machine: 127.0.0.1, ::1 or localhost).\n`,
      );
      expect(relay.seen).toEqual([]);
      expect(simulator.account.activations).toEqual([]);
      expect(readdirSync(env.ESIM_COUNTER_DATA_DIR!)).toEqual([]);
    },
  );

  it('http to this machine stays allowed: 127.0.0.1, the same written short (127.1), and localhost', async () => {
    const simulator = await startSimulator();
    const port = new URL(simulator.baseUrl).port;
    for (const host of ['127.0.0.1', '127.1', 'localhost']) {
      const result = await runCli(['inventory', '--json'], cliEnv(`http://${host}:${port}`));
      expect({ host, code: result.code, stderr: result.stderr }).toEqual({ host, code: 0, stderr: '' });
    }
  });
});
