// A CLI sale is labelled demo ("never costs anything") only when the simulator itself answers: a relay
// on this machine's loopback in front of the real Gigastore would cost real money, so it is live. The
// relays here forward every sale to the simulator and answer GET /gigastore/version as another server.
import { describe, expect, it } from 'vitest';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { startRelay } from '../support/relay';
import { startSimulator } from '../support/simulator';

async function sellAndTopUp(baseUrl: string, simulator: Awaited<ReturnType<typeof startSimulator>>) {
  const env = cliEnv(baseUrl);
  const europe = simulator.account.inventory.filter((item) => item.countrySet === 'EUR');
  const sold = await runCli(['sell', '--item', europe[0]!.id, '--country', 'DE', '--json'], env);
  const [sale] = jsonLines(sold.stdout);
  expect(sale).toMatchObject({ status: 'completed' });
  const toppedUp = await runCli(['topup', '--customer', String(sale!.customerUid), '--item', europe[1]!.id], env);
  expect(toppedUp.code).toBe(0);
  const journal = jsonLines((await runCli(['journal', '--json'], env)).stdout);
  return journal.map((record) => ({ kind: record.kind, mode: record.mode }));
}

describe('demo or live: who answers, not which address', () => {
  it('the simulator, asked before the first sale, makes the sale and the top-up demo', async () => {
    const simulator = await startSimulator();
    expect(await sellAndTopUp(simulator.baseUrl, simulator)).toEqual([
      { kind: 'first', mode: 'demo' },
      { kind: 'topup', mode: 'demo' },
    ]);
    const paths = simulator.requests.map((request) => `${request.method} ${request.path}`);
    expect(paths.indexOf('GET /gigastore/version')).toBeLessThan(paths.indexOf('POST /gigastore/activations/register'));
  });

  it.each([
    ['answers its version as a real Gigastore would', { status: 200, body: '{"version":"1.3.5"}' }],
    [
      'answers with what the simulator used to say, which a real server could say too',
      { status: 200, body: '{"version":"simulator"}' },
    ],
    ['knows no version path', { status: 404, body: '{"title":"Not Found","status":404}' }],
    ['answers with something that is not JSON', { status: 200, body: '<html>proxy</html>' }],
  ])('a loopback relay to Gigastore that %s: live', async (_, version) => {
    const simulator = await startSimulator();
    const relay = await startRelay(simulator.baseUrl, { version });
    expect(await sellAndTopUp(relay.baseUrl, simulator)).toEqual([
      { kind: 'first', mode: 'live' },
      { kind: 'topup', mode: 'live' },
    ]);
    expect(relay.seen.map((request) => request.path)).toContain('/gigastore/version');
  });
});
