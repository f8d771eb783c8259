// The Z report printed on the receipt printer and saved as PDF through the shipped printing glue
// (src/main/glue/receipt-printer.ts) against the faithful Electron stand-in: a real Chromium page lays the
// slip out and prints a real PDF, which poppler's pdftotext reads back. The report is made from real sales
// on the simulator, one of them with a price Gigastore records differently.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ZReport } from '../../src/shared/z-report';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { shiftPeriod, shiftsIn } from '../../src/main/core/report/periods';
import { buildZReport } from '../../src/main/core/report/z-report';
import { zReportHtml } from '../../src/main/core/report/z-report-html';
import { electronReceiptPrinter } from '../../src/main/glue/receipt-printer';
import { GigastoreSimulator } from '../../src/main/simulator/server';
import { closePrintStandIn, printing } from '../support/electron-print-stand-in';
import { pdfPageSizeMm, pdfText } from '../support/pdf';
import { control, noonTimeZone, priceItem, storeCounter, wait, WINDOW_MS } from '../support/store-counters';

vi.mock('electron', async () => (await import('../support/electron-print-stand-in')).electronStandIn);

const store = { name: 'Vienna Central eSIM', address: 'Hauptplatz 1' };
let simulator: GigastoreSimulator;
const reports: Record<'matched' | 'differences', ZReport> = {} as never;

async function shiftReport(dataDir: string, client: ReturnType<typeof storeCounter>['client'], id: string) {
  const trail = AuditTrail.open(dataDir);
  const shifts = shiftsIn(trail.list());
  trail.close();
  const journal = SalesJournal.open(dataDir);
  try {
    return await buildZReport({
      period: shiftPeriod(id, shifts, new Date(), noonTimeZone()),
      counterId: 'VIE3-1',
      storeWide: false,
      journal,
      gigastore: client,
      reconciliationWindowMs: WINDOW_MS,
      now: new Date(),
    });
  } finally {
    journal.close();
  }
}

beforeAll(async () => {
  simulator = await new GigastoreSimulator({ scanDelayMs: 50 }).start();
  const [cheap, dear] = [
    priceItem(simulator, simulator.account.inventory[0]!, 0.1),
    priceItem(simulator, simulator.account.inventory[1]!, 8.99),
  ];
  const counter = storeCounter(simulator, 'VIE3-1', noonTimeZone());
  const first = counter.shift('shift-start', 'Mira');
  await counter.sell(cheap, { clerk: 'Mira' });
  await counter.sell(dear, { clerk: 'Mira' });
  await wait(20);
  const second = counter.shift('shift-start', 'Jon');
  const priced = await counter.sell(dear, { clerk: 'Jon' });
  await control(simulator, `activated-items/${priced.activatedItemUid}/retail-price`, { priceValue: 7.99 });
  counter.shift('shift-end', 'Jon');
  await wait(2 * WINDOW_MS + 100);
  reports.matched = await shiftReport(counter.dataDir, counter.client, first);
  reports.differences = await shiftReport(counter.dataDir, counter.client, second);
  expect([reports.matched.check.verdict, reports.differences.check.verdict]).toEqual(['matched', 'differences']);
}, 30_000);
afterAll(async () => {
  await simulator?.close();
  await closePrintStandIn();
});

async function savedPdf(report: ZReport, paper: '58mm' | '80mm'): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'esim-counter-z-')), 'z-report.pdf');
  printing.reset();
  printing.savePath = path;
  const saved = await electronReceiptPrinter(() => undefined).savePdf(
    zReportHtml(report, { paper, store }),
    paper,
    'z-report.pdf',
  );
  expect(saved).toBe(path);
  return path;
}

describe('the Z report on the receipt printer', { timeout: 30_000 }, () => {
  it('saved as an 80 mm PDF: the shift’s takings, its clerk and the check read back', async () => {
    const path = await savedPdf(reports.matched, '80mm');
    expect(pdfPageSizeMm(path).width).toBeCloseTo(80, 0);
    const text = pdfText(path);
    expect(text).toContain('Vienna Central eSIM');
    expect(text).toContain('Z report: close of shift');
    expect(text).toMatch(/Sales \(2\)\s+\$9\.09/);
    expect(text).toMatch(/Net USD\s+\$9\.09/);
    expect(text).toMatch(/Mira \(2 sold\)\s+\$9\.09/);
    expect(text).toContain('Matches Gigastore');
    expect(text).not.toContain('DIFFERENCES');
  });

  it('on a 58 mm roll, a shift with a difference says so in capitals and names it', async () => {
    const path = await savedPdf(reports.differences, '58mm');
    expect(pdfPageSizeMm(path).width).toBeCloseTo(58, 0);
    const text = pdfText(path);
    expect(text).toMatch(/DIFFERENCES WITH\s+GIGASTORE/);
    expect(text).toContain('Price differs');
    expect(text).toMatch(/Net USD\s+\$8\.99/);
    expect(text.replace(/\s+/g, '')).toContain('Gigastorelists7.99USD');
  });

  it('printed silently like a receipt: a page the roll wide and the slip long', async () => {
    printing.reset();
    await electronReceiptPrinter(() => undefined).print(zReportHtml(reports.differences, { paper: '80mm', store }), {
      printerName: 'Thermal-80',
      paper: '80mm',
      copies: 1,
    });
    expect(printing.prints[0]).toMatchObject({ silent: true, deviceName: 'Thermal-80', pageSize: { width: 80_000 } });
  });
});
