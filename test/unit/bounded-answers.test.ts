// An answer too large to read is cut off while it streams in, never buffered whole: a read fails with one
// sentence and is not repeated, a sale's request counts as uncertain (it was sent) and is reconciled, and
// the command line stays small in memory while a 60 MB answer streams at it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GigastoreError } from '../../src/main/core/gigastore/errors';
import { CLI, cliEnv } from '../support/cli';
import { demoConsole, saleRequestFor, until } from '../support/console';
import { clientFor, startSimulator } from '../support/simulator';

const KB = 1024;
const MB = 1024 * KB;

describe('answers larger than the cap', () => {
  it.each([
    ['streamed without a length', false],
    ['announced by its length', true],
  ])('a read whose answer is %s fails with one sentence and is not repeated', async (_name, announceLength) => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/inventory', action: 'oversized', sizeBytes: 40 * MB, announceLength });
    const error = await clientFor(simulator, { maxAnswerBytes: 64 * KB })
      .inventory()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GigastoreError);
    expect((error as GigastoreError).message).toBe(
      'Gigastore sent an answer larger than 64 KB to the inventory; it was not read.',
    );
    expect((error as GigastoreError).code).toBe('gigastore.too-large');
    expect(simulator.requestCount('/inventory')).toBe(1);
    // Cut off while it streamed: at most the cap and what the connection's buffers hold ever left Gigastore.
    await until(() => simulator.faults.oversizedBytesSent.length === 1);
    expect(simulator.faults.oversizedBytesSent[0]).toBeLessThan(20 * MB);
    // The same answer under the cap is read as usual.
    simulator.faults.clear();
    await expect(clientFor(simulator, { maxAnswerBytes: 64 * KB }).inventory()).resolves.not.toHaveLength(0);
  });

  it('a sale whose answer is too large is uncertain, not refused, and reconciliation finds its charge', async () => {
    const { counter, simulator, events } = await demoConsole({
      console: {
        clientTuning: {
          timeoutMs: 2_000,
          retry: { limit: 1, baseDelayMs: 10, maxDelayMs: 500 },
          maxAnswerBytes: 64 * KB,
        },
      },
    });
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'oversized', sizeBytes: 2 * MB, commit: true });
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('verifying');
    const sale = await counter.getSale(handoff.saleId);
    expect(sale.errors.at(-1)).toMatchObject({
      code: 'gigastore.too-large',
      message: 'Gigastore sent an answer larger than 64 KB to the activation; it was not read.',
    });
    await until(() => events.handoff.at(-1)?.phase === 'active', 5_000);
    expect((await counter.getSale(handoff.saleId)).status).toBe('completed');
    expect(simulator.account.activations).toHaveLength(1);
  });

  it('the command line refuses a 60 MB answer with the sentence and stays under 300 MB', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/inventory', action: 'oversized', sizeBytes: 60 * MB });
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['-r', join(__dirname, '../support/peak-rss.cjs'), CLI, 'inventory'],
        { env: cliEnv(simulator.baseUrl), timeout: 60_000, maxBuffer: 4 * MB },
        (error, _stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }),
      );
    });
    const peakMb = Number(/peak-rss-kb=(\d+)/.exec(stderr)?.[1]) / 1024;
    await until(() => simulator.faults.oversizedBytesSent.length === 1);
    const sentMb = simulator.faults.oversizedBytesSent[0]! / MB;
    console.log(
      `CLI against a 60 MB answer: exit ${code}, peak RSS ${peakMb.toFixed(0)} MB, ${sentMb.toFixed(1)} MB sent`,
    );
    expect(stderr).toContain('Gigastore sent an answer larger than 10 MB to the inventory; it was not read.');
    expect(code).not.toBe(0);
    expect(sentMb).toBeLessThan(40);
    expect(peakMb).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(300);
  });
});
