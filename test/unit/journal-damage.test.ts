import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toCatalogueItem } from '../../src/shared/catalogue';
import type { JournalEntryInput } from '../../src/main/core/journal/journal-entries';
import { checksumMatches } from '../../src/main/core/journal/journal-line';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { newSaleId } from '../../src/main/core/sale-id';
import { demoCatalogue } from '../../src/main/simulator/catalogue';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { tempDir } from '../support/console';
import { startSimulator } from '../support/simulator';

const item = toCatalogueItem(demoCatalogue()[0]!);
const at = () => new Date().toISOString();
const begun = (saleId: string): JournalEntryInput => ({
  type: 'begun',
  saleId,
  at: at(),
  counterId: 'C1',
  mode: 'live',
  gigastore: 'https://api.giga.store/',
  item,
  price: item.retailPrice,
  customerCountry: 'AT',
  userIp: '203.0.113.7',
});

/** Three sales: a completed and installed, b uncertain, c just begun. */
function threeSales(dir: string) {
  const [a, b, c] = [newSaleId('C1'), newSaleId('C1'), newSaleId('C1')] as [string, string, string];
  const journal = SalesJournal.open(dir);
  [a, b, c].forEach((saleId) => journal.record(begun(saleId)));
  journal.record({
    type: 'completed',
    saleId: a,
    at: at(),
    via: 'response',
    customerUid: 'u',
    activatedItemUid: 'i',
    iccid: '8937204000000000001',
    activationCode: 'LPA:1$x.example$Y',
    state: 'RELEASED',
  });
  journal.record({ type: 'uncertain', saleId: b, at: at(), error: { at: at(), code: 'timeout', message: 'late' } });
  journal.record({ type: 'state', saleId: a, at: at(), state: 'INSTALLED' });
  const before = { b: journal.get(b), c: journal.get(c) };
  journal.close();
  return { a, b, c, before, path: join(dir, 'sales.journal') };
}

/** Flips one bit of the first line holding `marker`, after its prefix (so the sale id stays readable). */
function flipByteOfLine(path: string, marker: string): number {
  const bytes = readFileSync(path);
  const start = bytes.lastIndexOf(0x0a, bytes.indexOf(marker)) + 1;
  const target = bytes.indexOf('"', start + 80);
  bytes[target + 1]! ^= 0x01;
  writeFileSync(path, bytes);
  return start;
}

describe('a damaged record in the journal', () => {
  it('opens, names the sale and the byte, marks the sale damaged with the status its readable lines give, keeps the others, and leaves the file untouched', () => {
    const dir = tempDir();
    const { a, b, c, before, path } = threeSales(dir);
    const byte = flipByteOfLine(path, '"type":"completed"');
    const damagedFile = readFileSync(path);

    const journal = SalesJournal.open(dir);
    expect(journal.problems).toEqual([
      `A damaged record of sale ${a} (byte ${byte}) was skipped; it is left in the file for support. Check this sale with Gigastore.`,
    ]);
    // Its completion is what was damaged: the readable lines say pending, and the index agrees with the record.
    expect(journal.get(a)).toMatchObject({ status: 'pending', esimState: 'INSTALLED', damaged: expect.any(String) });
    expect(journal.get(a)?.damaged).toMatch(/^A record of this sale is damaged .*check this sale with Gigastore\.$/);
    expect(journal.unresolved().map((sale) => sale.saleId)).toContain(a);
    expect(journal.get(b)).toEqual(before.b);
    expect(journal.get(c)).toEqual(before.c);
    expect(journal.all()).toHaveLength(3);

    // Writing goes on after it; the damaged line stays where it was.
    journal.record({ type: 'state', saleId: c, at: at(), state: 'RELEASED' });
    journal.close();
    expect(readFileSync(path).subarray(0, damagedFile.length)).toEqual(damagedFile);
    expect(readdirSync(dir).filter((name) => name.includes('.damaged-'))).toEqual([]);
    expect(SalesJournal.open(dir).get(a)?.damaged).toBe(journal.get(a)?.damaged);
  });

  it('keeps a sale whose first record is damaged listed (marked) when its bytes still read as one, else names it', () => {
    const dir = tempDir();
    const { a, b, path } = threeSales(dir);
    const bytes = readFileSync(path);
    // a's first record: "AT" becomes "AU", still a valid first record, but its checksum fails.
    const aStart = bytes.indexOf(`{"type":"begun","saleId":"${a}"`);
    bytes[bytes.indexOf('"AT"', aStart) + 2]! ^= 0x01;
    // b's first record: a brace becomes something else, so it no longer reads at all.
    const bStart = bytes.indexOf(`{"type":"begun","saleId":"${b}"`);
    bytes[bytes.indexOf('{', bStart + 1)]! ^= 0x01;
    writeFileSync(path, bytes);

    const journal = SalesJournal.open(dir);
    expect(journal.get(a)).toMatchObject({ status: 'completed', customerCountry: 'AU', damaged: expect.any(String) });
    expect(journal.get(b)).toBeUndefined();
    expect(journal.all()).toHaveLength(2);
    expect(journal.problems).toEqual([
      expect.stringMatching(new RegExp(`^A damaged record of sale ${a} \\(byte ${aStart - 9}\\) was skipped`)),
      `Sale ${b} has its first record damaged (byte ${bStart - 9}), so it cannot be shown; its records are left in the file for support. Check this sale with Gigastore.`,
    ]);
  });

  it('verifies what another process appends too: a damaged record then marks its sale and is reported', () => {
    const dir = tempDir();
    const { c, path } = threeSales(dir);
    const journal = SalesJournal.open(dir);
    const told: string[] = [];
    journal.onRecord((sale) => told.push(`${sale.saleId} ${sale.damaged ? 'damaged' : 'intact'}`));
    const line = (entry: object) => {
      const json = JSON.stringify(entry);
      return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
    };
    const size = readFileSync(path).length;
    appendFileSync(
      path,
      line({ type: 'state', saleId: c, at: at(), state: 'RELEASED' }).replace('RELEASED', 'RELEASEE'),
    );
    appendFileSync(path, line({ type: 'state', saleId: c, at: at(), state: 'INSTALLED' }));

    expect(journal.get(c)).toMatchObject({ esimState: 'INSTALLED', damaged: expect.any(String) });
    expect(journal.problems).toEqual([expect.stringContaining(`A damaged record of sale ${c} (byte ${size})`)]);
    expect(told).toEqual([`${c} damaged`]);
    journal.close();
  });

  it('the CLI journal command says on stderr which sale has a damaged record, lists every sale, and leaves the file untouched', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    for (const sold of simulator.account.inventory.slice(0, 3))
      expect((await runCli(['sell', '--item', sold.id, '--country', 'AT'], env)).code).toBe(0);
    const path = join(env.ESIM_COUNTER_DATA_DIR!, 'sales.journal');
    const firstSale = jsonLines((await runCli(['journal', '--json'], env)).stdout)[0]!.saleId as string;
    const byte = flipByteOfLine(path, `{"type":"completed","saleId":"${firstSale}"`);
    const damagedFile = readFileSync(path);

    const result = await runCli(['journal', '--json'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `A damaged record of sale ${firstSale} (byte ${byte}) was skipped; it is left in the file for support. Check this sale with Gigastore.\n`,
    );
    const sales = jsonLines(result.stdout);
    expect(sales.map((sale) => [sale.saleId === firstSale, sale.status, 'damaged' in sale])).toEqual([
      [true, 'pending', true],
      [false, 'completed', false],
      [false, 'completed', false],
    ]);
    expect(readFileSync(path)).toEqual(damagedFile);
    // Every other line still carries a valid checksum.
    const lines = damagedFile.toString('latin1').trimEnd().split('\n');
    const intact = lines.filter((text) => checksumMatches(Buffer.from(text, 'latin1'), 0, text.length));
    expect(intact).toHaveLength(lines.length - 1);
  });
});
