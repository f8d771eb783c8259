// Two writers on one data folder: the app and the CLI (or several CLI commands) append to one journal
// under a cross-process lock, and each takes in what the others wrote.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SaleRecord } from '../../src/shared/sale';
import { toCatalogueItem } from '../../src/shared/catalogue';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { FileLock } from '../../src/main/core/journal/file-lock';
import { checksumMatches } from '../../src/main/core/journal/journal-line';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { newSaleId } from '../../src/main/core/sale-id';
import { demoCatalogue } from '../../src/main/simulator/catalogue';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { tempDir } from '../support/console';
import { startSimulator } from '../support/simulator';

const item = toCatalogueItem(demoCatalogue()[0]!);
const begun = (saleId: string) =>
  ({
    type: 'begun',
    saleId,
    at: new Date().toISOString(),
    counterId: 'C1',
    mode: 'live',
    gigastore: 'https://api.giga.store/',
    item,
    price: item.retailPrice,
    customerCountry: 'AT',
    userIp: '203.0.113.7',
  }) as const;

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill('SIGKILL')));

function node(script: string, args: string[]): ChildProcess {
  const child = spawn(process.execPath, [join(__dirname, '../support', script), ...args], { stdio: 'pipe' });
  children.push(child);
  return child;
}

const said = (child: ChildProcess, word: string) =>
  new Promise<void>((resolve) => child.stdout?.on('data', (chunk: Buffer) => chunk.includes(word) && resolve()));
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', resolve));

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await exited(child);
  return child.pid!;
}

/** Every line of a journal file: [checksum valid, starts as a journal line]. */
function lineHealth(path: string) {
  const bytes = readFileSync(path);
  const lines: Array<[boolean, boolean]> = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    lines.push([
      checksumMatches(bytes, start, end),
      /^[0-9a-f]{8} \{"type":"/.test(bytes.toString('latin1', start, start + 18)),
    ]);
    start = end + 1;
  }
  return { lines, endsWithNewline: bytes.at(-1) === 0x0a };
}

describe('two writers on one data folder', () => {
  it('four CLI sell processes started at the same moment end as four intact completed sales', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const itemId = simulator.account.inventory[0]!.id;
    const sells = await Promise.all(
      [1, 2, 3, 4].map(() => runCli(['sell', '--item', itemId, '--country', 'DE', '--json'], env)),
    );
    expect(sells.map((sell) => [sell.code, sell.stderr])).toEqual(Array(4).fill([0, '']));
    const soldIds = sells.map((sell) => jsonLines(sell.stdout)[0]!.metatag).sort();

    const path = join(env.ESIM_COUNTER_DATA_DIR!, 'sales.journal');
    const health = lineHealth(path);
    expect(health.endsWithNewline).toBe(true);
    expect(health.lines.length).toBeGreaterThanOrEqual(8);
    expect(health.lines.every(([valid, shaped]) => valid && shaped)).toBe(true);
    const listed = await runCli(['journal', '--json'], env);
    expect(listed.stderr).toBe('');
    const sales = jsonLines(listed.stdout);
    expect(sales.map((sale) => sale.saleId).sort()).toEqual(soldIds);
    expect(sales.map((sale) => sale.status)).toEqual(Array(4).fill('completed'));
    expect(simulator.requestCount('/register')).toBe(4);
    expect(simulator.account.activations.map((activation) => activation.metatag).sort()).toEqual(soldIds);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a journal open in this process takes in the sales a CLI process appends, and tells its listeners', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const journal = SalesJournal.open(env.ESIM_COUNTER_DATA_DIR!);
    const told: Array<[string, string, number]> = [];
    journal.onRecord((sale: SaleRecord) => told.push([sale.saleId, sale.status, sale.prints.length]));
    const sell = async () => {
      const sold = await runCli(
        ['sell', '--item', simulator.account.inventory[0]!.id, '--country', 'DE', '--json'],
        env,
      );
      return jsonLines(sold.stdout)[0]!.metatag as string;
    };

    // A write takes in the other process's lines first: the CLI's sale is known here without a read.
    const first = await sell();
    journal.record({ type: 'printed', saleId: first, at: new Date().toISOString(), outcome: 'pdf' });
    // Told once, with the sale as it now stands: the CLI's steps and this one.
    expect(told).toEqual([[first, 'completed', 1]]);
    // A read takes them in too.
    const second = await sell();
    expect(journal.all().map((sale) => [sale.saleId, sale.status])).toEqual([
      [second, 'completed'],
      [first, 'completed'],
    ]);
    expect(told.at(-1)).toEqual([second, 'completed', 0]);
    expect(journal.problems).toEqual([]);
    // And the CLI sees this process's append.
    const listed = jsonLines((await runCli(['journal', '--json'], env)).stdout);
    expect(listed.find((sale) => sale.saleId === first)?.prints).toHaveLength(1);
    journal.close();
  });

  it('the lock file holds its owner’s pid and the time; it and the journal are readable by their owner only', () => {
    const journal = SalesJournal.open(tempDir());
    expect(statSync(journal.path).mode & 0o777).toBe(0o600);
    journal.close();
    const path = `${journal.path}.lock`;
    const lock = new FileLock(path);
    lock.acquire();
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${process.pid} \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\n$`));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('a lock left by a process that is gone is taken over at once', async () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const lockPath = join(dir, 'sales.journal.lock');
    writeFileSync(lockPath, `${await deadPid()} ${new Date().toISOString()}\n`, { mode: 0o600 });
    const saleId = newSaleId('C1');
    const started = performance.now();
    journal.record(begun(saleId));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(existsSync(lockPath)).toBe(false);
    journal.close();
    expect(SalesJournal.open(dir).get(saleId)?.status).toBe('pending');
  });

  it('processes taking the lock at once, over a lock left by a gone process, never lose an increment', async () => {
    const dir = tempDir();
    const [lockPath, counterPath] = [join(dir, 'counter.lock'), join(dir, 'counter')];
    writeFileSync(counterPath, '0');
    writeFileSync(lockPath, `${await deadPid()} ${new Date().toISOString()}\n`);
    const contenders = [1, 2, 3, 4].map(() => node('lock-contender.cjs', [lockPath, counterPath, '40']));
    expect(await Promise.all(contenders.map(exited))).toEqual([0, 0, 0, 0]);
    expect(readFileSync(counterPath, 'utf8')).toBe('160');
  });

  it('a lock held by a live process makes a writer wait, then write', async () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const holder = node('lock-holder.cjs', [join(dir, 'sales.journal.lock'), '400']);
    await said(holder, 'held');
    const saleId = newSaleId('C1');
    const started = performance.now();
    journal.record(begun(saleId));
    expect(performance.now() - started).toBeGreaterThan(250);
    journal.close();
    expect(SalesJournal.open(dir).get(saleId)?.status).toBe('pending');
  });

  it('a writer that cannot have the lock in time gives up with one sentence naming the data folder, writing nothing', async () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir, { lockTimeoutMs: 300 });
    journal.record(begun(newSaleId('C1')));
    const size = statSync(journal.path).size;
    const holder = node('lock-holder.cjs', [join(dir, 'sales.journal.lock'), '0']);
    await said(holder, 'held');
    expect(() => journal.record(begun(newSaleId('C1')))).toThrow(
      `The journal in ${dir} stayed locked by process ${holder.pid} for 0.3 s, so nothing was written; close the other eSIM Counter window or command and try again.`,
    );
    expect(statSync(journal.path).size).toBe(size);
    expect(journal.all()).toHaveLength(1);
    journal.close();
  });

  it('a line left half-written by a writer that died holding the lock is kept aside and cut before the next append', async () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const first = newSaleId('C1');
    journal.record(begun(first));
    appendFileSync(journal.path, '0123abcd {"type":"state","saleId":"');
    writeFileSync(`${journal.path}.lock`, `${await deadPid()} ${new Date().toISOString()}\n`);
    const second = newSaleId('C1');
    journal.record(begun(second));
    expect(journal.problems).toEqual([
      expect.stringMatching(/^The journal's last record was cut off .* its 35 bytes were kept in .*\.damaged-/),
    ]);
    expect(lineHealth(journal.path)).toEqual({
      lines: [
        [true, true],
        [true, true],
      ],
      endsWithNewline: true,
    });
    journal.close();
    const reopened = SalesJournal.open(dir);
    expect(reopened.all().map((sale) => sale.saleId)).toEqual([second, first]);
    expect(reopened.problems).toEqual([]);
    reopened.close();
  });

  it('a complete last line whose checksum fails is left alone by a reader, and cut as a torn write by the next writer', () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const first = newSaleId('C1');
    journal.record(begun(first));
    const torn = `00000000 {"type":"state","saleId":"${first}","at":"now","state":"INSTALLED"}\n`;
    appendFileSync(journal.path, torn);
    // Seen without the lock it may be a write still on its way, or one that another process will cut.
    expect(journal.get(first)?.damaged).toBeUndefined();
    expect(journal.problems).toEqual([]);
    journal.record({ type: 'state', saleId: first, at: new Date().toISOString(), state: 'RELEASED' });
    expect(journal.problems).toEqual([
      expect.stringMatching(new RegExp(`^The journal's last record was cut off .* its ${torn.length} bytes were kept`)),
    ]);
    expect(lineHealth(journal.path).lines).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(journal.get(first)).toMatchObject({ esimState: 'RELEASED', stateHistory: [{ state: 'RELEASED' }] });
    journal.close();
  });

  it('the audit trail, which never reads the others’ lines, also cuts a half-written line before it appends', () => {
    const dir = tempDir();
    const trail = AuditTrail.open(dir);
    trail.record({ at: new Date().toISOString(), action: 'shift-start', detail: 'ana' });
    const path = join(dir, 'audit.journal');
    appendFileSync(path, '0123abcd {"at":"2026-');
    trail.record({ at: new Date().toISOString(), action: 'shift-end', detail: 'ana' });
    trail.close();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines.map((text) => checksumMatches(Buffer.from(text), 0, Buffer.byteLength(text)))).toEqual([true, true]);
    expect(readdirSync(dir).filter((name) => name.startsWith('audit.journal.damaged-'))).toHaveLength(1);
    expect(
      AuditTrail.open(dir)
        .list()
        .map((entry) => entry.action),
    ).toEqual(['shift-start', 'shift-end']);
  });
});
