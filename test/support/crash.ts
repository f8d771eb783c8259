// The crash rounds of test/unit/crash-*.test.ts. The property card terminals are trusted for: whatever
// instant the selling process dies at, the sale is charged once or not at all, and the journal ends up
// saying which. The built CLI sells (a first package,
// then top-ups) against a simulator whose request commits and then answers late, or never commits, or
// hangs; the test SIGKILLs it, records where the kill landed, runs `reconcile` until nothing is uncertain,
// sends every sale that is not charged again (`retry`, as a clerk would), and compares the journal with
// what Gigastore holds. Half the rounds kill at a random instant; the other half kill at a random instant
// after Gigastore charged the sale and before its answer could arrive, the case that matters most. One
// more round has the charge land late, after the sale was taken as not charged and sent again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { GigastoreSimulator } from '../../src/main/simulator/server';
import { chargesOf, disagreements } from './agreement';
import { cliEnv, jsonLines, runCli, spawnCli } from './cli';
import { tempDir } from './console';
import { startSimulator } from './simulator';

export const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 16);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Landing =
  'before journaling' | 'before sending' | 'charged, answer lost' | 'sent, not charged' | 'after the answer';

export interface Flow {
  simulator: GigastoreSimulator;
  env: NodeJS.ProcessEnv;
  args: string[];
  path: string;
}

const journalOf = async (env: NodeJS.ProcessEnv) => jsonLines((await runCli(['journal', '--json'], env)).stdout);

/** Runs reconcile until no sale is pending or being checked. */
async function settle(env: NodeJS.ProcessEnv): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    await runCli(['reconcile', '--json'], env);
    const open = (await journalOf(env)).filter((sale) => sale.status === 'pending' || sale.status === 'verifying');
    if (open.length === 0) return;
    await wait(250);
  }
  throw new Error('sales were still being checked after 40 reconciles');
}

/** Where a kill landed, from what the journal and Gigastore hold for the round's sale. */
function landing(simulator: GigastoreSimulator, sale: Record<string, unknown> | undefined): Landing {
  if (!sale) return 'before journaling';
  if (sale.status !== 'pending') return 'after the answer';
  const sent = simulator.requests.some((record) => (record.body as { metatag?: string })?.metatag === sale.saleId);
  if (!sent) return 'before sending';
  return chargesOf(simulator, String(sale.saleId)) > 0 ? 'charged, answer lost' : 'sent, not charged';
}

async function killRound(flow: Flow, round: number): Promise<Landing> {
  const { simulator, env, args, path } = flow;
  const targeted = round % 2 === 1;
  const faults = [
    { path, action: 'delay', delayMs: 300, commit: true },
    { path, action: 'delay', delayMs: 300, commit: false },
    { path, action: 'hang', commit: false },
  ] as const;
  simulator.faults.clear();
  simulator.faults.add(targeted ? { path, action: 'delay', delayMs: 1_500, commit: true } : faults[(round / 2) % 3]!);
  const before = new Set((await journalOf(env)).map((sale) => String(sale.saleId)));
  const charged = simulator.account.activations.length;
  const child = spawnCli([...args, '--json'], env);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (targeted) {
    // Charged: the answer is on its way back (1.5 s). Kill at a random instant before it arrives.
    while (simulator.account.activations.length === charged) await wait(5);
    await wait(Math.random() * 300);
  } else {
    await wait(50 + Math.random() * 850);
  }
  child.kill('SIGKILL');
  await exited;
  const sale = (await journalOf(env)).find((candidate) => !before.has(String(candidate.saleId)));
  return landing(simulator, sale);
}

/** Every sale that is not charged is sent again, as the same sale; then reconciled until settled. */
async function retryNotCharged(env: NodeJS.ProcessEnv, simulator: GigastoreSimulator): Promise<number> {
  simulator.faults.clear();
  const notCharged = (await journalOf(env)).filter((sale) => sale.status === 'not-charged');
  for (const sale of notCharged) await runCli(['retry', '--sale', String(sale.saleId), '--json'], env);
  await settle(env);
  return notCharged.length;
}

async function expectAgreement(env: NodeJS.ProcessEnv, simulator: GigastoreSimulator, seen: Set<string>) {
  const journal = await journalOf(env);
  // Nothing recorded is lost: every sale seen in an earlier round is still there.
  for (const saleId of seen) expect(journal.map((sale) => sale.saleId)).toContain(saleId);
  journal.forEach((sale) => seen.add(String(sale.saleId)));
  for (const sale of journal) expect(['completed', 'not-charged', 'refused']).toContain(sale.status);
  const sales = journal.map((sale) => ({ saleId: String(sale.saleId), status: String(sale.status) }));
  expect(disagreements(sales, simulator)).toEqual([]);
  // Charged at most once: a second charge of one sale exists only as a duplicate the journal names.
  for (const sale of journal) {
    const duplicates = (sale.duplicates as unknown[]).length;
    expect(chargesOf(simulator, String(sale.saleId)), `sale ${sale.saleId} charged twice unnoticed`).toBe(
      (sale.status === 'completed' ? 1 : 0) + duplicates,
    );
  }
}

/** A charge that lands after the sale was taken as not charged and sent again: found, refunded once. */
async function lateChargeRound(flow: Flow): Promise<void> {
  const { simulator, env, args } = flow;
  simulator.faults.clear();
  // The charge lands after the sale was taken as not charged and sent again (landed by the test, so the
  // story holds whatever the machine's load).
  simulator.namedFaults.add('late-charge=600');
  const child = spawnCli([...args, '--json'], env);
  await new Promise((resolve) => child.once('exit', resolve));
  await settle(env);
  expect(await retryNotCharged(env, simulator)).toBe(1);
  expect(simulator.landLateCharges()).toBe(1);
  for (let attempt = 0; attempt < 40; attempt++) {
    const result = await runCli(['reconcile', '--json'], env);
    const double = jsonLines(result.stdout).find((line) => line.outcome === 'double-charge');
    if (double) {
      expect(result.code).toBe(4);
      const [duplicate] = double.duplicates as string[];
      expect((await runCli(['refund', '--item', duplicate!, '--reason', 'double charge'], env)).code).toBe(0);
      expect((await runCli(['reconcile'], env)).code).toBe(0);
      return;
    }
    await wait(250);
  }
  throw new Error('the late charge was never found');
}

export async function crashRounds(flow: Flow) {
  const counts = new Map<Landing, number>();
  const seen = new Set<string>();
  let retried = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const landed = await killRound(flow, round);
    counts.set(landed, (counts.get(landed) ?? 0) + 1);
    await settle(flow.env);
    retried += await retryNotCharged(flow.env, flow.simulator);
    await expectAgreement(flow.env, flow.simulator, seen);
  }
  await lateChargeRound(flow);
  await expectAgreement(flow.env, flow.simulator, seen);
  return { counts, retried };
}

export async function setUp(counterId: string) {
  const simulator = await startSimulator();
  const dataDir = tempDir('esim-counter-crash-');
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ reconciliationWindowMs: 1000 }));
  const env = cliEnv(simulator.baseUrl, { ESIM_COUNTER_DATA_DIR: dataDir, ESIM_COUNTER_COUNTER_ID: counterId });
  return { simulator, env };
}

export function summary(name: string, { counts, retried }: Awaited<ReturnType<typeof crashRounds>>): string {
  const classes = [...counts.entries()].map(([landed, count]) => `${landed}: ${count}`).join(', ');
  return `crash test (${name}): ${ROUNDS} kills (${classes}); ${retried} not-charged sales sent again; late-charge round: found and refunded once`;
}
