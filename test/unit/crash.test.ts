// The property card terminals are trusted for: whatever instant the selling process dies at, the sale is
// charged once or not at all, and the journal ends up saying which. The built CLI sells (a first package,
// then top-ups) against a simulator whose request commits and then answers late, or commits after the
// caller is gone, or never; the test SIGKILLs it at a random instant, runs `reconcile` until nothing is
// left uncertain, and compares the journal with what Gigastore holds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GigastoreSimulator } from '../../src/main/simulator/server';
import { cliEnv, jsonLines, runCli, spawnCli } from '../support/cli';
import { tempDir } from '../support/console';
import { startSimulator } from '../support/simulator';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 24);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const faultsFor = (path: string) =>
  [
    { path, action: 'delay', delayMs: 300, commit: true },
    { path, action: 'delay', delayMs: 300, commit: false },
    { path, action: 'hang', commit: false },
  ] as const;

async function crashRounds(
  simulator: GigastoreSimulator,
  env: NodeJS.ProcessEnv,
  args: string[],
  path: string,
  rounds: number,
): Promise<{ charged: number; journaled: number; killedAt: number[] }> {
  const seen = new Set<string>();
  const killedAt: number[] = [];
  const chargedBefore = simulator.account.activations.length;
  const faults = faultsFor(path);
  for (let round = 0; round < rounds; round++) {
    simulator.faults.clear();
    simulator.faults.add(faults[round % faults.length]!);
    const child = spawnCli([...args, '--json'], env);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const instant = 100 + Math.random() * 800;
    killedAt.push(Math.round(instant));
    await wait(instant);
    child.kill('SIGKILL');
    await exited;

    for (let attempt = 0; attempt < 20; attempt++) {
      await runCli(['reconcile', '--json'], env);
      const unresolved = jsonLines((await runCli(['journal', '--json'], env)).stdout).filter(
        (sale) => sale.status === 'pending' || sale.status === 'verifying',
      );
      if (unresolved.length === 0) break;
      await wait(300);
    }

    const journal = jsonLines((await runCli(['journal', '--json'], env)).stdout);
    // Nothing recorded is lost: every sale seen in an earlier round is still there.
    for (const saleId of seen) expect(journal.map((sale) => sale.saleId)).toContain(saleId);
    journal.forEach((sale) => seen.add(String(sale.saleId)));
    for (const sale of journal) {
      const activations = simulator.account.activations.filter((activation) => activation.metatag === sale.saleId);
      expect(activations.length, `sale ${sale.saleId} charged more than once`).toBeLessThanOrEqual(1);
      expect(['completed', 'not-charged']).toContain(sale.status);
      expect(activations).toHaveLength(sale.status === 'completed' ? 1 : 0);
      if (sale.status === 'completed' && sale.kind !== 'topup') expect(sale.iccid).toBe(activations[0]!.iccid);
    }
    // Every activation Gigastore made belongs to a journaled sale.
    for (const activation of simulator.account.activations) expect(seen).toContain(activation.metatag);
    expect(journal.filter((sale) => sale.status === 'completed')).toHaveLength(simulator.account.activations.length);
  }
  return { charged: simulator.account.activations.length - chargedBefore, journaled: seen.size, killedAt };
}

async function setUp(counterId: string) {
  const simulator = await startSimulator();
  const dataDir = tempDir('esim-counter-crash-');
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ reconciliationWindowMs: 1000 }));
  const env = cliEnv(simulator.baseUrl, { ESIM_COUNTER_DATA_DIR: dataDir, ESIM_COUNTER_COUNTER_ID: counterId });
  return { simulator, env };
}

describe('crash safety of selling', () => {
  it(
    `a first sale: never charged twice, never lost, across ${ROUNDS} rounds of SIGKILL at random instants`,
    { timeout: 180_000 },
    async () => {
      const { simulator, env } = await setUp('CRASH');
      const item = simulator.account.inventory[0]!;
      const result = await crashRounds(
        simulator,
        env,
        ['sell', '--item', item.id, '--country', 'DE'],
        '/register',
        ROUNDS,
      );
      console.log(
        `crash test (sell): ${ROUNDS} rounds, ${result.charged} charged, ${result.journaled - result.charged} journaled and not charged; kill instants (ms): ${result.killedAt.join(', ')}`,
      );
      // The random instants covered both sides of the request: some rounds charged, some did not.
      expect(result.charged).toBeGreaterThan(0);
      expect(result.journaled).toBeGreaterThan(result.charged);
    },
  );

  it(`a top-up: the same guarantee across ${ROUNDS} rounds`, { timeout: 180_000 }, async () => {
    const { simulator, env } = await setUp('CRASHTOP');
    const item = simulator.account.inventory.find((candidate) => candidate.countrySet === 'EUR')!;
    const [first] = jsonLines((await runCli(['sell', '--item', item.id, '--country', 'DE', '--json'], env)).stdout);
    const result = await crashRounds(
      simulator,
      env,
      ['topup', '--customer', String(first!.customerUid), '--item', item.id],
      '/top-up',
      ROUNDS,
    );
    console.log(
      `crash test (topup): ${ROUNDS} rounds, ${result.charged} charged, ${result.journaled - 1 - result.charged} journaled and not charged; kill instants (ms): ${result.killedAt.join(', ')}`,
    );
    expect(result.charged).toBeGreaterThan(0);
    expect(result.journaled - 1).toBeGreaterThan(result.charged);
  });
});
