// The shipped printing glue (src/main/glue/receipt-printer.ts), run here against a faithful stand-in for
// Electron's webContents: a real Chromium page lays the receipt out, is measured, and prints real PDFs.
// Checked: the options it passes for each paper (page size in microns, margins, copies, the printer,
// silent), the printer system's failure reasons turned into the clerk's words, printToPDF's options, and
// that a saved receipt is a PDF of the paper's width that reads back the sale.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Paper } from '../../src/shared/receipt';
import { SettingsSchema } from '../../src/shared/settings';
import { receiptHtml } from '../../src/main/core/receipt/receipt-html';
import { receiptFromSale } from '../../src/main/core/receipt/receipt-model';
import { PrintFailure } from '../../src/main/core/receipt/printer';
import { electronReceiptPrinter } from '../../src/main/glue/receipt-printer';
import { completedSale } from '../browser/receipt-sale';
import { closePrintStandIn, printing } from '../support/electron-print-stand-in';
import { pdfPageSizeMm, pdfText } from '../support/pdf';

vi.mock('electron', async () => (await import('../support/electron-print-stand-in')).electronStandIn);

const MICRONS_PER_PX = 25_400 / 96;
let sale: Awaited<ReturnType<typeof completedSale>>;
const printer = electronReceiptPrinter(() => undefined);
const htmlFor = async (paper: Paper) =>
  receiptHtml(
    receiptFromSale(sale.sale, SettingsSchema.parse({ paper, storeName: 'Printer test store' }), {
      printedAt: new Date(),
      countries: ['AT'],
    }),
  );

beforeAll(async () => {
  sale = await completedSale({ countrySet: 'AT' });
});
afterAll(async () => {
  await sale.close();
  await closePrintStandIn();
});
beforeEach(() => printing.reset());

describe('printing a receipt silently', { timeout: 30_000 }, () => {
  it.each(['58mm', '80mm'] as const)(
    'on a %s roll: a page exactly the paper wide and the receipt long, no margins, silent, to the chosen printer',
    async (paper) => {
      await printer.print(await htmlFor(paper), { printerName: 'Thermal-80', paper, copies: 2 });
      const [options] = printing.prints;
      const width = Number.parseInt(paper, 10) * 1000;
      expect(options).toMatchObject({
        silent: true,
        copies: 2,
        deviceName: 'Thermal-80',
        margins: { marginType: 'none' },
        pageSize: { width },
      });
      expect(options).not.toHaveProperty('usePrinterDefaultPageSize');
      const height = (options!.pageSize as { height: number }).height;
      expect(height).toBeGreaterThan(width);
      expect(height % 1).toBe(0);
      expect(printing.windows.every((window) => window.destroyed)).toBe(true);
    },
  );

  it.each(['A4', 'Letter'] as const)(
    'on %s: the printer’s own page size, silent, the default printer when none is chosen',
    async (paper) => {
      await printer.print(await htmlFor(paper), { printerName: '', paper, copies: 1 });
      const [options] = printing.prints;
      expect(options).toMatchObject({ silent: true, copies: 1, usePrinterDefaultPageSize: true });
      expect(options).not.toHaveProperty('pageSize');
      expect(options).not.toHaveProperty('deviceName');
    },
  );

  it('measures the receipt in its own window: the height grows with the content', async () => {
    await printer.print(await htmlFor('80mm'), { printerName: '', paper: '80mm', copies: 1 });
    const receipt = (printing.prints[0]!.pageSize as { height: number }).height;
    printing.reset();
    const longer = (await htmlFor('80mm')).replace('</body>', `${'<p>line</p>'.repeat(40)}</body>`);
    await printer.print(longer, { printerName: '', paper: '80mm', copies: 1 });
    const longerHeight = (printing.prints[0]!.pageSize as { height: number }).height;
    expect(longerHeight - receipt).toBeGreaterThan(40 * 10 * MICRONS_PER_PX);
  });

  it.each([
    ['cancelled', 'the print was cancelled'],
    ['failed', 'the printer reported a failure'],
    ['Invalid deviceName provided', 'the printer chosen in Settings is not installed on this computer'],
    ['No printers available on the network', 'this computer has no printer set up'],
    ['', 'the printer gave no reason'],
    ['Out of paper', 'the printer said "Out of paper"'],
  ])('a failure reported as "%s" reaches the clerk as "%s", and the window is closed', async (reason, sentence) => {
    printing.outcome = { success: false, failureReason: reason };
    const printed = printer.print(await htmlFor('80mm'), { printerName: 'Thermal-80', paper: '80mm', copies: 1 });
    await expect(printed).rejects.toThrow(PrintFailure);
    await expect(printed).rejects.toThrow(sentence);
    expect(printing.windows.every((window) => window.destroyed)).toBe(true);
  });
});

describe('saving a receipt as PDF', { timeout: 30_000 }, () => {
  it('an 80 mm receipt: a PDF 80 mm wide, no margins, that reads back the sale', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'esim-counter-pdf-')), 'receipt.pdf');
    printing.savePath = path;
    expect(await printer.savePdf(await htmlFor('80mm'), '80mm', 'esim-receipt.pdf')).toBe(path);
    expect(printing.pdfs[0]).toMatchObject({
      printBackground: false,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      pageSize: { width: 80 / 25.4 },
    });
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageSizeMm(path).width).toBeCloseTo(80, 0);
    const text = pdfText(path);
    expect(text).toContain(sale.sale.iccid!);
    expect(text).toContain('Printer test store');
  });

  it('an A4 receipt: an A4 PDF', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'esim-counter-pdf-')), 'receipt.pdf');
    printing.savePath = path;
    await printer.savePdf(await htmlFor('A4'), 'A4', 'esim-receipt.pdf');
    expect(printing.pdfs[0]).toMatchObject({ pageSize: 'A4' });
    expect(pdfPageSizeMm(path).width).toBeCloseTo(210, 0);
  });

  it('the clerk cancels the save dialog: nothing is written', async () => {
    expect(await printer.savePdf(await htmlFor('80mm'), '80mm', 'esim-receipt.pdf')).toBeUndefined();
    expect(printing.pdfs).toHaveLength(1);
    expect(existsSync(join(tmpdir(), 'esim-receipt.pdf'))).toBe(false);
  });
});
