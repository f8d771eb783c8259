// The built CLI against an imperfect Gigastore, as support staff would use it: sell, reconcile until the
// outcome is known, retry a sale that is not charged, refund a duplicate. At the end of each story the
// journal (`journal --json`) and Gigastore's account agree. The window is 1 s (settings.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GigastoreSimulator } from '../../src/main/simulator/server';
import { chargesOf, disagreements } from '../support/agreement';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { startSimulator } from '../support/simulator';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setUp(faults: string) {
  const simulator = await startSimulator({ namedFaults: faults });
  const env = cliEnv(simulator.baseUrl, { ESIM_COUNTER_COUNTER_ID: 'CLI-1' });
  writeFileSync(join(env.ESIM_COUNTER_DATA_DIR!, 'settings.json'), JSON.stringify({ reconciliationWindowMs: 1000 }));
  const item = simulator.account.inventory.find((candidate) => candidate.countrySet === 'AT')!;
  const sell = () => runCli(['sell', '--item', item.id, '--country', 'AT', '--json'], env);
  const journal = async () => jsonLines((await runCli(['journal', '--json'], env)).stdout);
  return { simulator, env, sell, journal };
}

/** Runs `reconcile --json` until `done` holds for its outcomes (or the time runs out); every outcome seen. */
async function reconcileUntil(env: NodeJS.ProcessEnv, done: (outcomes: string[]) => boolean, timeoutMs = 20_000) {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await runCli(['reconcile', '--json'], env);
    const outcomes = jsonLines(result.stdout).map((line) => String(line.outcome));
    seen.push(...outcomes);
    if (done(outcomes)) return { seen, result };
    if (Date.now() > deadline) throw new Error(`reconcile never settled; saw ${seen.join(', ')}`);
    await wait(200);
  }
}

async function agree(journal: () => Promise<Array<Record<string, unknown>>>, simulator: GigastoreSimulator) {
  const sales = (await journal()).map((sale) => ({ saleId: String(sale.saleId), status: String(sale.status) }));
  return disagreements(sales, simulator);
}

describe('the CLI against an imperfect Gigastore', () => {
  it('a list lagging longer than the window: reconcile keeps checking and finds the sale, never "not-charged"', async () => {
    const { simulator, env, sell, journal } = await setUp('lost-answer,list-lag=1.6');
    const sold = await sell();
    expect(sold.code).toBe(1);
    expect(sold.stderr).toMatch(/may have gone through: run "reconcile"/);
    const { seen } = await reconcileUntil(env, (outcomes) => outcomes.includes('completed'));
    expect(seen).not.toContain('not-charged');
    expect(await agree(journal, simulator)).toEqual([]);
  });

  it('a late charge after "not charged" and a retry: the double charge is found (exit 4), refunded once, and then all agree', async () => {
    // The charge lands when the story needs it (landLateCharges), whatever the machine's load.
    const { simulator, env, sell, journal } = await setUp('late-charge=600');
    await sell();
    await reconcileUntil(env, (outcomes) => outcomes.includes('not-charged'));
    const [sale] = await journal();
    const saleId = String(sale!.saleId);
    // The clerk sends it again, as the same sale: nothing is listed yet, so it goes.
    const retried = await runCli(['retry', '--sale', saleId, '--json'], env);
    expect(retried.code).toBe(0);
    expect(jsonLines(retried.stdout)[0]).toMatchObject({ metatag: saleId, status: 'completed' });
    // The first attempt's charge lands late: two packages under one sale.
    expect(simulator.landLateCharges()).toBe(1);
    const { result } = await reconcileUntil(env, (outcomes) => outcomes.includes('double-charge'));
    expect(result.code).toBe(4);
    expect(chargesOf(simulator, saleId)).toBe(2);
    const [line] = jsonLines(result.stdout).filter((entry) => entry.outcome === 'double-charge');
    const [duplicate] = line!.duplicates as string[];
    const refunded = await runCli(['refund', '--item', duplicate!, '--reason', 'double charge'], env);
    expect(refunded).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Refunded through/) });
    const after = await runCli(['reconcile', '--json'], env);
    expect(after.code).toBe(0);
    expect(jsonLines(after.stdout).map((entry) => entry.outcome)).not.toContain('double-charge');
    expect(await agree(journal, simulator)).toEqual([]);
  });

  it('a capped list: reconcile splits the window and finds the sale past the cap', async () => {
    const { simulator, env, sell, journal } = await setUp('');
    for (let sale = 0; sale < 12; sale++) expect((await sell()).code).toBe(0);
    simulator.namedFaults.add('list-cap=10,lost-answer');
    expect((await sell()).code).toBe(1);
    const { seen } = await reconcileUntil(env, (outcomes) => outcomes.includes('completed'));
    expect(seen).not.toContain('not-charged');
    expect(await agree(journal, simulator)).toEqual([]);
  });

  it('a replayed key (honoured): retry after "not charged" gets the first charge back, charged once', async () => {
    const { simulator, env, sell, journal } = await setUp('idempotency=honoured,lost-answer,list-lag=10');
    await sell();
    await reconcileUntil(env, (outcomes) => outcomes.includes('not-charged'));
    const saleId = String((await journal())[0]!.saleId);
    const retried = await runCli(['retry', '--sale', saleId, '--json'], env);
    expect(jsonLines(retried.stdout)[0]).toMatchObject({ status: 'completed' });
    expect(chargesOf(simulator, saleId)).toBe(1);
    expect(await agree(journal, simulator)).toEqual([]);
  });

  it('retry refuses anything but a sale that is not charged, with one sentence', async () => {
    const { env, sell, journal } = await setUp('');
    await sell();
    const saleId = String((await journal())[0]!.saleId);
    expect(await runCli(['retry', '--sale', saleId], env)).toMatchObject({
      code: 1,
      stderr: 'This sale went through already; it cannot be sent again.\n',
    });
    expect(await runCli(['retry', '--sale', 'CLI-1-NOPE'], env)).toMatchObject({
      code: 1,
      stderr: 'There is no sale CLI-1-NOPE in the journal.\n',
    });
    expect(await runCli(['retry'], env)).toMatchObject({ code: 1, stderr: '--sale is required.\n' });
  });
});
