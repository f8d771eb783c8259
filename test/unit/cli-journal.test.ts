import { readFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { startSimulator } from '../support/simulator';

describe('the CLI journal and reconcile commands', () => {
  it('a sale whose answer was lost: sell says so, reconcile completes it, journal shows it with its ICCID', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    simulator.faults.add({ path: '/register', action: 'reset', commit: true });
    const sold = await runCli(['sell', '--item', simulator.account.inventory[0]!.id, '--country', 'DE', '--json'], env);
    expect(sold.code).toBe(1);
    expect(sold.stderr).toMatch(
      /may have gone through: run "reconcile" to find out, and do not sell it again before\.\n$/,
    );
    const [pending] = jsonLines(sold.stdout);
    expect(pending).toMatchObject({ status: 'verifying' });

    const reconciled = await runCli(['reconcile', '--json'], env);
    const [activation] = simulator.account.activations;
    expect(jsonLines(reconciled.stdout)).toEqual([
      { saleId: pending!.metatag, outcome: 'completed', status: 'completed', iccid: activation!.iccid },
    ]);

    const journal = jsonLines((await runCli(['journal', '--json'], env)).stdout);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({
      saleId: pending!.metatag,
      status: 'completed',
      completedVia: 'reconciliation',
      iccid: activation!.iccid,
    });
    expect(journal[0]).not.toHaveProperty('activationCode');
    expect(simulator.requestCount('/register')).toBe(1);
  });

  it('reconcile says when nothing is waiting', async () => {
    const simulator = await startSimulator();
    const result = await runCli(['reconcile'], cliEnv(simulator.baseUrl));
    expect(result).toMatchObject({ code: 0, stdout: 'No sale is waiting to be checked.\n' });
  });

  it('exports the journal as CSV for a date range, without activation codes', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    for (const item of simulator.account.inventory.slice(0, 2))
      await runCli(['sell', '--item', item.id, '--country', 'AT'], env);
    const today = new Date().toLocaleDateString('sv-SE');
    const csv = (await runCli(['journal', '--csv', '--from', today, '--to', today], env)).stdout.trim().split('\r\n');
    expect(csv[0]).toMatch(/^sale_id,kind,counter_id,clerk,started_at,/);
    expect(csv).toHaveLength(3);
    for (const activation of simulator.account.activations) {
      expect(csv.join('\n')).toContain(activation.iccid);
      expect(csv.join('\n')).not.toContain(simulator.account.esim(activation.iccid)!.activationCode);
    }
    const empty = await runCli(['journal', '--from', '2020-01-01', '--to', '2020-01-02'], env);
    expect(empty.stdout).toBe('No sales in the journal for these days.\n');
  });

  it('reports a journal whose last record was cut off and keeps every earlier sale', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    for (const item of simulator.account.inventory.slice(0, 3))
      await runCli(['sell', '--item', item.id, '--country', 'AT'], env);
    const path = join(env.ESIM_COUNTER_DATA_DIR!, 'sales.journal');
    const size = statSync(path).size;
    truncateSync(path, size - 40);
    const before = readFileSync(path);
    expect(before.length).toBe(size - 40);

    const result = await runCli(['journal', '--json'], env);
    expect(result.stderr).toMatch(/^The journal's last record was cut off .*every earlier sale is intact\.\n$/);
    const sales = jsonLines(result.stdout);
    expect(sales).toHaveLength(3);
    // The cut record was the third sale's outcome: that sale is back to "pending", to be reconciled.
    expect(sales.map((sale) => sale.status)).toEqual(['completed', 'completed', 'pending']);
    const reconciled = jsonLines((await runCli(['reconcile', '--json'], env)).stdout);
    expect(reconciled).toMatchObject([{ outcome: 'completed' }]);
  });
});
