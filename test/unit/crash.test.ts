// The property card terminals are trusted for: whatever instant the selling process dies at, the sale is
// charged once or not at all, and the journal ends up saying which. The built CLI sells against a
// simulator whose register commits and then answers late; the test SIGKILLs it at a random instant, then
// runs `reconcile` until nothing is left uncertain, and compares the journal with what Gigastore holds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, jsonLines, runCli, spawnCli } from '../support/cli';
import { tempDir } from '../support/console';
import { startSimulator } from '../support/simulator';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 24);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FAULTS = [
  { path: '/register', action: 'delay', delayMs: 300, commit: true },
  { path: '/register', action: 'delay', delayMs: 300, commit: false },
  { path: '/register', action: 'hang', commit: false },
] as const;

describe('crash safety of selling', () => {
  it(
    `never charges twice and never loses a sale across ${ROUNDS} rounds of SIGKILL at random instants`,
    { timeout: 180_000 },
    async () => {
      const simulator = await startSimulator();
      const dataDir = tempDir('esim-counter-crash-');
      writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ reconciliationWindowMs: 1000 }));
      const env = cliEnv(simulator.baseUrl, { ESIM_COUNTER_DATA_DIR: dataDir, ESIM_COUNTER_COUNTER_ID: 'CRASH' });
      const item = simulator.account.inventory[0]!;
      const seen = new Set<string>();
      const killedAt: number[] = [];
      let charged = 0;

      for (let round = 0; round < ROUNDS; round++) {
        // Three ways Gigastore can treat the request the dying process sent: commit then answer late; wait,
        // then commit even though the caller is gone; or never process it at all.
        simulator.faults.clear();
        simulator.faults.add(FAULTS[round % FAULTS.length]!);
        const child = spawnCli(['sell', '--item', item.id, '--country', 'DE', '--json'], env);
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
          if (sale.status === 'completed') {
            expect(activations).toHaveLength(1);
            expect(sale.iccid).toBe(activations[0]!.iccid);
          } else {
            expect(activations).toHaveLength(0);
          }
        }
        // Every activation Gigastore made belongs to a journaled sale.
        for (const activation of simulator.account.activations) expect(seen).toContain(activation.metatag);
        charged = simulator.account.activations.length;
        expect(journal.filter((sale) => sale.status === 'completed')).toHaveLength(charged);
      }

      // The random instants covered both sides of the request: some rounds charged, some did not.
      console.log(
        `crash test: ${ROUNDS} rounds, ${charged} charged, ${seen.size - charged} not charged; kill instants (ms): ${killedAt.join(', ')}`,
      );
      expect(charged).toBeGreaterThan(0);
      expect(seen.size).toBeGreaterThan(charged);
    },
  );
});
