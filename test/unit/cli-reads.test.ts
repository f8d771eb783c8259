// The built CLI's `devices` and `connectivity` commands as support staff run them, against the simulator
// over HTTP: the list kept in the data folder, the search's answers and exit codes, the connectivity of an
// eSIM before and after it is installed, and Gigastore's strings made safe for the terminal.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_CACHE_FILE } from '../../src/main/core/devices/device-catalogue';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { startSimulator } from '../support/simulator';

const REMINDER = 'The phone must not be carrier-locked: a phone locked to its carrier cannot use this eSIM.';

describe('esim-counter devices', () => {
  it('lists the supported phones and keeps the list in the data folder for the next run', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const listed = await runCli(['devices'], env);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^List of \d{4}-\d\d-\d\dT.*: \d+ models\.$/);
    expect(lines).toContain('  Apple iPhone 15 Pro');
    expect(lines.at(-1)).toBe(REMINDER);
    expect(existsSync(join(String(env.ESIM_COUNTER_DATA_DIR), DEVICE_CACHE_FILE))).toBe(true);

    const json = jsonLines((await runCli(['devices', '--json'], env)).stdout);
    expect(json).toContainEqual({ brand: 'Google', model: 'Pixel 8', name: 'Google Pixel 8' });
    expect(simulator.requestCount('/esim-capable')).toBe(1);
  });

  it('finds a phone typed with a typo (exit 0) and says "not in the list" for one that is not (exit 5)', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const found = await runCli(['devices', '--search', 'Iphnoe 15'], env);
    expect(found.code).toBe(0);
    expect(found.stdout.split('\n')[0]).toBe("Apple iPhone 15: In Gigastore's list of supported phones.");
    expect(found.stdout).toContain(REMINDER);

    const missing = await runCli(['devices', '--search', 'iphone 14 mini'], env);
    expect(missing.code).toBe(5);
    expect(missing.stdout).toContain("Not in Gigastore's list of supported phones.");
    expect(missing.stdout).toContain('Closest models in the list:\n  Apple iPhone 14\n');
    expect(missing.stdout).toContain(REMINDER);

    const [json] = jsonLines((await runCli(['devices', '--search', 'pixle 8', '--json'], env)).stdout);
    expect(json).toMatchObject({ query: 'pixle 8', outcome: 'found', reminder: REMINDER });
    expect((json!.matches as unknown[])[0]).toMatchObject({ name: 'Google Pixel 8', exact: true });
  });

  it('checks --search before asking Gigastore', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const empty = await runCli(['devices', '--search', '  '], env);
    expect(empty).toMatchObject({ code: 1, stderr: '--search is empty.\n' });
    const control = await runCli(['devices', '--search', 'pixel\u001b[2J'], env);
    expect(control).toMatchObject({ code: 1, stderr: '--search contains control characters.\n' });
    expect(simulator.requestCount('/esim-capable')).toBe(0);
  });

  it('shows Gigastore’s device names without terminal escapes (they are cleaned as they are read)', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({
      path: '/esim-capable',
      action: 'answer',
      body: [{ brand: 'Acme', model: 'Phone 1\u009b2J\u202e' }],
    });
    const env = cliEnv(simulator.baseUrl);
    const shown = await runCli(['devices'], env);
    expect(shown.stdout).toContain('  Acme Phone 1 2J\n');
    for (const invisible of ['\u001b', '\u009b', '\u202e']) expect(shown.stdout).not.toContain(invisible);
    const cached = readFileSync(join(String(env.ESIM_COUNTER_DATA_DIR), DEVICE_CACHE_FILE), 'utf8');
    expect(cached).toContain('"model":"Phone 1 2J"');
  });

  it('says the one sentence when Gigastore’s list is in a form it does not understand', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/esim-capable', action: 'answer', body: { unexpected: 'secret-body-7f3a' } });
    const failed = await runCli(['devices', '--search', 'pixel 8'], cliEnv(simulator.baseUrl));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      'Gigastore answered in a form this version does not understand (the supported devices list).\n',
    );
  });
});

describe('esim-counter connectivity', () => {
  it('says never seen (exit 5) before the install, then where the eSIM is, with the steps for the customer', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const austria = simulator.account.inventory.find((item) => item.countrySet === 'AT')!;
    const [sale] = jsonLines((await runCli(['sell', '--item', austria.id, '--country', 'AT', '--json'], env)).stdout);
    const iccid = String(sale!.iccid);

    const never = await runCli(['connectivity', '--iccid', iccid], env);
    expect(never.code).toBe(5);
    expect(never.stdout).toBe(
      [
        `${iccid}  Never seen on a network yet.`,
        'If the customer has no data:',
        '  - Turn on data roaming for this line.',
        '  - Select this eSIM for mobile data.',
        '  - Restart the phone.',
        '',
      ].join('\n'),
    );

    simulator.account.setEsimState(iccid, 'INSTALLED', new Date());
    const connected = await runCli(['connectivity', '--iccid', iccid], env);
    expect(connected.code).toBe(0);
    const lines = connected.stdout.split('\n');
    expect(lines[0]).toBe(`${iccid}  On a network now.`);
    expect(lines[1]).toMatch(/^Last seen \d{4}-\d\d-\d\dT/);
    expect(lines[2]).toBe('Austria (AT), network A1 Telekom Austria');
    expect(lines.slice(3)).toEqual([
      'If the customer has no data:',
      '  - Select this eSIM for mobile data.',
      '  - Turn on data roaming for this line.',
      '',
    ]);

    const [json] = jsonLines((await runCli(['connectivity', '--iccid', iccid, '--json'], env)).stdout);
    expect(json).toMatchObject({
      iccid,
      situation: 'connected',
      seen: 'yes',
      where: { countryCode: 'AT', network: 'A1 Telekom Austria' },
      summary: 'On a network now.',
    });
  });

  it('needs a valid --iccid, and says the command’s usage in --help', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    expect(await runCli(['connectivity'], env)).toMatchObject({ code: 1, stderr: '--iccid is required.\n' });
    expect((await runCli(['connectivity', '--iccid', 'abc'], env)).code).toBe(1);
    expect((await runCli(['connectivity', '--iccid', '8900', '--search', 'x'], env)).stderr).toContain(
      'connectivity does not take --search',
    );
    const help = await runCli(['--help'], env);
    expect(help.stdout).toContain('devices [--search TEXT]');
    expect(help.stdout).toContain('connectivity --iccid ICCID');
    expect(simulator.requestCount()).toBe(0);
  });
});
