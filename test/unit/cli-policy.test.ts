// The CLI reads the same policy as the app (ESIM_COUNTER_POLICY here), run as a real process against the
// simulator: managed values are used, a variable contradicting one is refused, and a refused policy is
// said on stderr with its field and reason while only the commands that reach no Gigastore run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { tempDir } from '../support/console';
import { startSimulator } from '../support/simulator';

function policyAt(content: unknown): string {
  const path = join(tempDir('esim-counter-cli-policy-'), 'policy.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The CLI's usual test environment under a policy, without the variables a policy may fix. */
function envUnder(policy: string, baseUrl: string, extra: Record<string, string> = {}) {
  const env = cliEnv(baseUrl, { ESIM_COUNTER_POLICY: policy, ...extra });
  if (!('ESIM_COUNTER_STORE_IP' in extra)) delete env.ESIM_COUNTER_STORE_IP;
  return env;
}

describe('the CLI under a policy', () => {
  it('sells with the counter id and store IP the policy sets', async () => {
    const simulator = await startSimulator();
    const env = envUnder(policyAt({ counterId: 'KIOSK-7', storeIp: '203.0.113.7' }), simulator.baseUrl);
    const item = simulator.account.inventory[0]!;
    const sold = await runCli(['sell', '--item', item.id, '--country', 'DE', '--json'], env);
    expect(sold.stderr).toBe('');
    expect(sold.code).toBe(0);
    const [sale] = jsonLines(sold.stdout);
    expect(String(sale!.metatag)).toMatch(/^KIOSK-7-/);
    const register = simulator.requests.find((request) => request.path.endsWith('/activations/register'));
    expect(register?.body).toMatchObject({ userIp: '203.0.113.7', metatag: sale!.metatag });
  });

  it.each([
    ['ESIM_COUNTER_COUNTER_ID', { ESIM_COUNTER_COUNTER_ID: 'OTHER-1' }, 'counterId to "KIOSK-7"'],
    ['ESIM_COUNTER_STORE_IP', { ESIM_COUNTER_STORE_IP: '192.0.2.10' }, 'storeIp to "203.0.113.7"'],
  ])('refuses %s when it contradicts the policy, before anything is sent', async (variable, extra, managed) => {
    const simulator = await startSimulator();
    const env = envUnder(policyAt({ counterId: 'KIOSK-7', storeIp: '203.0.113.7' }), simulator.baseUrl, extra);
    const result = await runCli(['inventory'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${variable} "`);
    expect(result.stderr).toContain(`contradicts the organisation's policy, which sets ${managed}; unset it.`);
    expect(simulator.requests).toHaveLength(0);
  });

  it('refuses a live address other than the policy’s, and still allows the simulator on this machine', async () => {
    const policy = policyAt({ liveBaseUrl: 'https://gigastore.chain.example' });
    const elsewhere = await runCli(['inventory'], envUnder(policy, 'https://api.giga.store'));
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(
      'GIGASTORE_BASE_URL "https://api.giga.store" contradicts the organisation\'s policy, which sets liveBaseUrl to "https://gigastore.chain.example"',
    );
    const simulator = await startSimulator();
    expect((await runCli(['inventory', '--json'], envUnder(policy, simulator.baseUrl))).code).toBe(0);
  });

  it('says a refused policy with its field and reason; only journal and simulator run then', async () => {
    const simulator = await startSimulator();
    const env = envUnder(policyAt({ storeIp: 'not-an-ip', printer: 'Star' }), simulator.baseUrl);
    const refused = await runCli(['inventory'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('storeIp: The store IP must be an IPv4 or IPv6 address');
    expect(refused.stderr).toContain('printer: not a setting a policy can fix');
    expect(refused.stderr).toContain("inventory does not run while the organisation's policy file is refused");
    expect(simulator.requests).toHaveLength(0);

    const journal = await runCli(['journal', '--json'], env);
    expect(journal.code).toBe(0);
    expect(journal.stderr).toContain('storeIp: The store IP must be an IPv4 or IPv6 address');
  });

  it('a policy that is not JSON is refused the same way', async () => {
    const result = await runCli(['inventory'], envUnder(policyAt('{"storeName": '), 'https://api.giga.store'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('was refused: it is not JSON (');
  });
});
