// Journal append latency (each append is flushed to the disk) and full load time, at 1 k, 10 k and 100 k
// records. Goal: append p99 <= 5 ms and load <= 300 ms at 100 k. Opening indexes the lines; a sale's
// lines are parsed when it is first used, so the first read of the whole history is measured apart.
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { it } from 'vitest';
import type { JournalEntryInput as JournalEntry } from '../src/main/core/journal/journal-entries';
import { SalesJournal } from '../src/main/core/journal/sales-journal';
import { demoCatalogue } from '../src/main/simulator/catalogue';
import { toCatalogueItem } from '../src/shared/catalogue';
import { median, percentile, report, type Figure } from './report';

const item = toCatalogueItem(demoCatalogue()[20]!);

/** A realistic history: each sale is begun, completed, then its eSIM installed (three records). */
function entriesFor(records: number): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (let sale = 0; entries.length < records; sale++) {
    const saleId = `COUNTER-1-01M8${String(sale).padStart(22, '0')}`;
    const at = new Date(Date.UTC(2026, 0, 1) + sale * 60_000).toISOString();
    entries.push({
      type: 'begun',
      saleId,
      at,
      counterId: 'COUNTER-1',
      mode: 'live',
      gigastore: 'https://api.giga.store/',
      item,
      price: item.retailPrice,
      customerCountry: 'DE',
      customerEmail: `customer${sale}@example.com`,
      userIp: '203.0.113.7',
    });
    entries.push({
      type: 'completed',
      saleId,
      at,
      via: 'response',
      customerUid: `c0ffee00-0000-4000-8000-${String(sale).padStart(12, '0')}`,
      activatedItemUid: `a0ffee00-0000-4000-8000-${String(sale).padStart(12, '0')}`,
      iccid: `8937204${String(sale).padStart(12, '0')}1`,
      activationCode: `LPA:1$smdp.example.com$K2-${String(sale).padStart(8, '0')}`,
      state: 'RELEASED',
    });
    entries.push({ type: 'state', saleId, at, state: 'INSTALLED' });
  }
  return entries.slice(0, records);
}

function prefill(dir: string, entries: JournalEntry[]): void {
  const lines = entries.map((entry) => {
    const json = JSON.stringify(entry);
    return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
  });
  writeFileSync(join(dir, 'sales.journal'), lines.join(''));
}

it('journal: append and load', () => {
  const figures: Figure[] = [];
  for (const records of [1_000, 10_000, 100_000]) {
    const dir = mkdtempSync(join(tmpdir(), 'esim-counter-bench-'));
    const entries = entriesFor(records);
    prefill(dir, entries);

    const loads: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const journal = SalesJournal.open(dir);
      loads.push(performance.now() - started);
      journal.close();
    }

    const materialize: number[] = [];
    for (let run = 0; run < 3; run++) {
      const reopened = SalesJournal.open(dir);
      const started = performance.now();
      reopened.all();
      materialize.push(performance.now() - started);
      reopened.close();
    }

    const journal = SalesJournal.open(dir);
    const appends: number[] = [];
    const extra = entriesFor(records + 600).slice(records);
    for (const entry of extra) {
      const started = performance.now();
      journal.record(entry);
      appends.push(performance.now() - started);
    }
    journal.close();

    const p99 = percentile(appends, 0.99);
    const load = median(loads);
    figures.push({
      name: `append @ ${records / 1000}k records`,
      median: median(appends),
      p95: percentile(appends, 0.95),
      p99,
      unit: 'ms',
      goal: 'p99 <= 5 ms',
      met: p99 <= 5,
    });
    figures.push({
      name: `first full history read @ ${records / 1000}k`,
      value: median(materialize),
      unit: 'ms',
      note: 'parsed on first use, not at start-up',
    });
    figures.push({
      name: `load @ ${records / 1000}k records`,
      value: load,
      unit: 'ms',
      ...(records === 100_000 ? { goal: '<= 300 ms', met: load <= 300 } : {}),
      note: `${Math.round(entries.reduce((size, entry) => size + JSON.stringify(entry).length + 10, 0) / 1024)} KiB`,
    });
  }
  report('journal', figures);
});
