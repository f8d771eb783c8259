import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { cliEnv, jsonLines, runCli, spawnCli } from '../support/cli';
import { startSimulator } from '../support/simulator';

describe('the esim-counter command line', () => {
  it('lists the inventory as JSON lines with id, name and retail price', async () => {
    const simulator = await startSimulator();
    const result = await runCli(['inventory', '--json'], cliEnv(simulator.baseUrl));
    expect(result.code).toBe(0);
    const items = jsonLines(result.stdout);
    expect(items).toHaveLength(simulator.account.inventory.length);
    expect(items[0]).toMatchObject({
      id: simulator.account.inventory[0]!.id,
      name: expect.any(String),
      retailPrice: { currencyCode: 'USD' },
    });
  });

  it('sells a first package and prints the sale, which the simulator holds', async () => {
    const simulator = await startSimulator();
    const item = simulator.account.inventory.find((candidate) => candidate.countrySet === 'AT')!;
    const result = await runCli(
      ['sell', '--item', item.id, '--country', 'at', '--email', 'ana@example.com', '--json'],
      cliEnv(simulator.baseUrl, { ESIM_COUNTER_COUNTER_ID: 'VIENNA-2' }),
    );
    expect(result.stderr).toBe('');
    const [sale] = jsonLines(result.stdout);
    const [activation] = simulator.account.activations;
    expect(sale).toMatchObject({
      metatag: activation!.metatag,
      customerUid: activation!.customerUid,
      iccid: activation!.iccid,
      state: 'RELEASED',
    });
    expect(sale!.metatag).toMatch(/^VIENNA-2-/);
    expect(sale!.activationCode).toBe(simulator.account.esim(activation!.iccid)?.activationCode);
    const register = simulator.requests.find((record) => record.path.endsWith('/register'));
    expect(register?.body).toMatchObject({
      userCountry: 'AT',
      userIp: '192.0.2.10',
      customerEmail: 'ana@example.com',
      expectedPrice: item.retailPrices[0],
    });
  });

  it('prints the state of an eSIM by ICCID', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const [sale] = jsonLines(
      (await runCli(['sell', '--item', simulator.account.inventory[0]!.id, '--country', 'DE', '--json'], env)).stdout,
    );
    const result = await runCli(['status', '--iccid', String(sale!.iccid), '--json'], env);
    expect(jsonLines(result.stdout)).toEqual([
      { iccid: sale!.iccid, state: 'RELEASED', customerUid: sale!.customerUid },
    ]);
  });

  it('watches an eSIM until INSTALLED (exit 0) printing each change', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const [sale] = jsonLines(
      (await runCli(['sell', '--item', simulator.account.inventory[0]!.id, '--country', 'DE', '--json'], env)).stdout,
    );
    const watcher = spawnCli(['watch', '--iccid', String(sale!.iccid), '--json'], env);
    let output = '';
    watcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(watcher, 'exit');
    // The customer scans only once the watch has printed the state it started from.
    while (!output.includes('RELEASED')) await new Promise((resolve) => setTimeout(resolve, 20));
    simulator.scan(String(sale!.iccid), 'INSTALLED', 100);
    const [code] = (await exited) as [number];
    expect(code).toBe(0);
    expect(jsonLines(output).map((line) => line.state)).toEqual(['RELEASED', 'INSTALLED']);
  });

  it('watch exits 2 when the eSIM ends in ERROR and 3 when it times out', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const sell = async () =>
      jsonLines(
        (await runCli(['sell', '--item', simulator.account.inventory[0]!.id, '--country', 'DE', '--json'], env)).stdout,
      )[0]!;
    const failing = await sell();
    simulator.scan(String(failing.iccid), 'ERROR', 100);
    expect((await runCli(['watch', '--iccid', String(failing.iccid)], env)).code).toBe(2);
    const waiting = await sell();
    const timedOut = await runCli(['watch', '--iccid', String(waiting.iccid), '--timeout', '1'], env);
    expect(timedOut.code).toBe(3);
    expect(timedOut.stderr).toContain('The eSIM was still RELEASED after 1 s.');
  });

  it.each([
    [
      ['sell', '--item', 'x', '--country', 'DE'],
      { GIGASTORE_CLIENT_ID: '' },
      'Set GIGASTORE_CLIENT_ID and GIGASTORE_CLIENT_SECRET',
    ],
    [['sell', '--country', 'DE'], {}, '--item is required.'],
    [
      ['sell', '--item', 'x', '--country', 'Deutschland'],
      {},
      '--country "DEUTSCHLAND" is not an ISO 3166-1 country code (for example DE).',
    ],
    [['sell', '--item', 'nope', '--country', 'DE'], {}, 'There is no package nope in the inventory'],
    [['sell', '--item', 'x', '--country', 'DE'], { ESIM_COUNTER_STORE_IP: '' }, 'Set ESIM_COUNTER_STORE_IP'],
    [['inventory', '--colour'], {}, "Unknown option '--colour'"],
    [['teleport'], {}, 'There is no command "teleport"'],
    [['journal', '--from', 'yesterday'], {}, '--from "yesterday" is not a date written YYYY-MM-DD (from 2000 on).'],
    [['journal', '--json', '--csv'], {}, 'Choose one of --json and --csv.'],
    [['status', '--iccid', '8900000000000000000'], {}, 'Gigastore has no eSIM with ICCID 8900000000000000000.'],
    [
      ['inventory'],
      { GIGASTORE_BASE_URL: 'ftp://example.com' },
      'GIGASTORE_BASE_URL "ftp://example.com" is not an http(s) address.',
    ],
    [['inventory'], { GIGASTORE_CLIENT_SECRET: 'wrong' }, "Gigastore refused the store's API credentials (HTTP 401)"],
  ])('says what is wrong in one sentence on stderr and exits 1: %j', async (args, env, sentence) => {
    const simulator = await startSimulator();
    const result = await runCli(args, cliEnv(simulator.baseUrl, env));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(sentence);
    expect(simulator.account.activations).toHaveLength(0);
  });

  it('says Gigastore is unreachable when nothing listens', async () => {
    const simulator = await startSimulator();
    const url = simulator.baseUrl;
    await simulator.close();
    const result = await runCli(['inventory'], cliEnv(url));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Cannot reach Gigastore at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('runs the simulator and prints its base URL, which serves the API', async () => {
    const child = spawnCli(['simulator', '--json'], cliEnv('http://unused'));
    const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
    const { baseUrl } = JSON.parse(chunk.toString()) as { baseUrl: string };
    const inventory = await runCli(['inventory', '--json'], cliEnv(baseUrl));
    expect(jsonLines(inventory.stdout).length).toBeGreaterThan(20);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  });
});
