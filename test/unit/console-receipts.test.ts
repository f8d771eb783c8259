import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseActivationCode } from '../../src/shared/lpa';
import { PrintFailure, type PrintJob, type ReceiptPrinter } from '../../src/main/core/receipt/printer';
import { electronReceiptPrinter } from '../../src/main/glue/receipt-printer';
import { demoConsole, saleRequestFor, tempDir, until } from '../support/console';
import { closePrintStandIn, printing } from '../support/electron-print-stand-in';
import { pdfPageSizeMm, pdfText } from '../support/pdf';

vi.mock('electron', async () => (await import('../support/electron-print-stand-in')).electronStandIn);
beforeEach(() => printing.reset());
afterAll(closePrintStandIn);

/** A printer that writes each job's HTML to a folder (or refuses with a reason, like a jammed printer). */
function folderPrinter(failWith?: string) {
  const dir = tempDir('esim-counter-printed-');
  const jobs: Array<PrintJob & { file: string }> = [];
  const printer: ReceiptPrinter = {
    list: async () => [{ name: 'thermal-80', displayName: 'Thermal 80' }],
    async print(html, job) {
      if (failWith) throw new PrintFailure(failWith);
      const file = join(dir, `job-${jobs.length + 1}.html`);
      writeFileSync(file, html);
      jobs.push({ ...job, file });
    },
    async savePdf(html, _paper, name) {
      const file = join(dir, name);
      writeFileSync(file, html);
      return file;
    },
  };
  return { printer, jobs };
}

describe('receipts from the console', () => {
  it('prints the receipt by itself when the sale is activated, on the configured printer, once', async () => {
    const { printer, jobs } = folderPrinter();
    const { counter, events, journal } = await demoConsole({
      console: { printer },
      settings: { printerName: 'thermal-80', paper: '58mm', copies: 2 },
    });
    const { request } = await saleRequestFor(counter);
    const handoff = await counter.startSale(request);
    await until(() => events.handoff.at(-1)?.receipt.status === 'printed');
    expect(jobs).toMatchObject([{ printerName: 'thermal-80', paper: '58mm', copies: 2 }]);
    expect(readFileSync(jobs[0]!.file, 'utf8')).toContain(handoff.esim!.iccid);
    expect(journal.get(handoff.saleId)?.prints).toMatchObject([{ outcome: 'printed' }]);
    await counter.simulateScan('INSTALLED');
    await until(() => events.handoff.at(-1)?.esim?.state === 'INSTALLED');
    expect(jobs).toHaveLength(1);
  });

  it('prints when INSTALLED when set so, and not at all when off', async () => {
    const installed = folderPrinter();
    const { counter, events } = await demoConsole({
      console: { printer: installed.printer },
      settings: { autoPrint: 'installed' },
    });
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(installed.jobs).toHaveLength(0);
    await counter.simulateScan('INSTALLED');
    await until(() => events.handoff.at(-1)?.receipt.status === 'printed');

    const off = folderPrinter();
    const second = await demoConsole({ console: { printer: off.printer }, settings: { autoPrint: 'off' } });
    await second.counter.startSale((await saleRequestFor(second.counter)).request);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(off.jobs).toHaveLength(0);
  });

  it('shows a failed print with the printer’s reason, journals it, and prints on retry', async () => {
    const jammed = folderPrinter('paper jam');
    const { counter, events, journal } = await demoConsole({ console: { printer: jammed.printer } });
    const { request } = await saleRequestFor(counter);
    const handoff = await counter.startSale(request);
    await until(() => events.handoff.at(-1)?.receipt.status === 'failed');
    expect(events.handoff.at(-1)?.receipt.message).toBe(
      'The receipt did not print (paper jam). Check the printer, then press Print again.',
    );
    expect(journal.get(handoff.saleId)?.prints).toMatchObject([
      { outcome: 'failed', message: expect.stringContaining('paper jam') },
    ]);
    await expect(counter.printReceipt(handoff.saleId)).rejects.toThrow('paper jam');
  });

  it('prints one receipt of a sale at a time, and says so', async () => {
    let release: (() => void) | undefined;
    const slow: ReceiptPrinter = {
      list: async () => {
        throw new Error('CUPS is not running');
      },
      print: () => new Promise<void>((resolve) => (release = resolve)),
      savePdf: async () => undefined,
    };
    const { counter } = await demoConsole({ console: { printer: slow }, settings: { autoPrint: 'off' } });
    const sold = await counter.startSale((await saleRequestFor(counter)).request);
    const first = counter.printReceipt(sold.saleId);
    await until(() => release !== undefined); // the first one is at the printer (however loaded the machine)
    await expect(counter.printReceipt(sold.saleId)).rejects.toThrow('This receipt is printing already.');
    release?.();
    await first;
    await expect(counter.listPrinters()).rejects.toThrow(
      'The list of printers could not be read (CUPS is not running).',
    );
  });

  it('reprints any completed sale and saves it as PDF (a real PDF that reads back the sale); refuses a sale without an eSIM', async () => {
    // The shipped Electron printer, on a stand-in whose pages are real Chromium (see electron-print-stand-in).
    const { BrowserWindow } = await import('electron');
    const counterWindow = new BrowserWindow({});
    const printer = electronReceiptPrinter(() => counterWindow);
    const { counter, simulator, journal } = await demoConsole({
      console: { printer },
      settings: { autoPrint: 'off', paper: '80mm' },
    });
    const { request } = await saleRequestFor(counter);
    const sold = await counter.startSale(request);
    await counter.leaveHandoff();
    await counter.printReceipt(sold.saleId);
    expect(printing.prints).toHaveLength(1);

    printing.savePath = join(tempDir('esim-counter-pdf-'), 'receipt.pdf');
    const saved = await counter.saveReceiptPdf(sold.saleId);
    expect(saved).toEqual({ path: printing.savePath });
    expect(readFileSync(printing.savePath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageSizeMm(printing.savePath).width).toBeCloseTo(80, 0);
    const sale = journal.get(sold.saleId)!;
    const code = parseActivationCode(sale.activationCode!);
    const text = pdfText(printing.savePath);
    expect(text).toContain(sale.iccid!);
    expect(code.ok && text.includes(code.parts.matchingId)).toBe(true);
    expect(sale.prints.at(-1)).toMatchObject({ outcome: 'pdf', message: printing.savePath });

    simulator.account.creditCents = 0;
    const refused = await counter.startSale(request);
    await expect(counter.printReceipt(refused.saleId)).rejects.toThrow('Only a sale that went through has a receipt');
    expect(await counter.listPrinters()).toEqual([{ name: 'Thermal-80', displayName: 'Thermal 80' }]);
  });
});
