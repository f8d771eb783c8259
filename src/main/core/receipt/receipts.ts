// Printing and saving receipts, through a printer port: Electron's hidden print window in the app, a
// PDF printer in the browser tests. Every print, saved PDF and failed print is journaled with the sale;
// while one prints, the sale's work in progress says so (the handoff shows "printing").
import type { ConsoleApi } from '../../../shared/api';
import type { PrinterInfo, Receipt } from '../../../shared/receipt';
import type { SaleRecord } from '../../../shared/sale';
import { ConsoleError } from '../errors';
import type { SaleRecords } from '../journal/sale-records';
import type { CoverageNaming } from '../console/coverage';
import type { ConsoleOptions } from '../console/options';
import type { SettingsStore } from '../settings';
import type { WorkInProgress } from '../work-in-progress';
import { PrintFailure, type ReceiptPrinter } from './printer';
import { receiptHtml } from './receipt-html';
import { receiptFromSale, receiptLanguage } from './receipt-model';

interface ReceiptParts {
  records: SaleRecords;
  work: WorkInProgress;
  settings: SettingsStore;
  /** The coverage set's countries in the receipt's language (a receipt prints without them if Gigastore cannot say). */
  coverage: Pick<CoverageNaming, 'names'>;
  now: () => Date;
  /** The clerk on shift, recorded with every print. */
  clerk: () => string | undefined;
  options: Pick<ConsoleOptions, 'printer'>;
}

type ReceiptCalls = 'listPrinters' | 'printReceipt' | 'printRefundSlip' | 'saveReceiptPdf';

export class Receipts implements Pick<ConsoleApi, ReceiptCalls> {
  constructor(private readonly parts: ReceiptParts) {}

  get canPrint(): boolean {
    return this.parts.options.printer !== undefined;
  }

  async listPrinters(): Promise<PrinterInfo[]> {
    const printer = this.port();
    try {
      return await printer.list();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConsoleError('receipt.printers-unreadable', `The list of printers could not be read (${reason}).`);
    }
  }

  printReceipt(saleId: string): Promise<void> {
    return this.print(this.parts.records.journal.sale(saleId));
  }

  async printRefundSlip(saleId: string): Promise<void> {
    const sale = this.parts.records.journal.sale(saleId);
    if (!sale.refunds.some((refund) => refund.outcome === 'refunded')) {
      throw new ConsoleError('receipt.not-refunded', 'This sale was not refunded: there is no refund slip to print.');
    }
    return this.print(sale, 'refund');
  }

  async saveReceiptPdf(saleId: string): Promise<{ path: string } | null> {
    const sale = this.parts.records.journal.sale(saleId);
    const html = await this.html(sale);
    const path = await this.port().savePdf(html, this.parts.settings.read().paper, `esim-receipt-${sale.saleId}.pdf`);
    if (!path) return null;
    this.record(sale.saleId, 'pdf', path);
    return { path };
  }

  private async html(sale: SaleRecord, kind?: Receipt['kind']): Promise<string> {
    const settings = this.parts.settings.read();
    const countries = await this.parts.coverage.names(sale.item.countrySet, receiptLanguage(sale, settings));
    const receipt = receiptFromSale(sale, settings, {
      printedAt: this.parts.now(),
      countries: countries ?? [],
      ...(kind ? { kind } : {}),
    });
    return receiptHtml(receipt);
  }

  private async print(sale: SaleRecord, kind?: Receipt['kind']): Promise<void> {
    const printer = this.port();
    const { work } = this.parts;
    // One print of a receipt at a time: an automatic print and a reprint from History must not both run.
    if (work.has('printing', sale.saleId))
      throw new ConsoleError('receipt.printing', 'This receipt is printing already.');
    work.begin('printing', sale.saleId);
    try {
      const html = await this.html(sale, kind);
      const { printerName, paper, copies } = this.parts.settings.read();
      const failure = await printer.print(html, { printerName, paper, copies }).then(
        () => undefined,
        (error: unknown) => error ?? 'unknown',
      );
      // The outcome is journaled before the print ends, so the view goes from "printing" to the outcome.
      if (failure === undefined) return this.record(sale.saleId, 'printed');
      const reason = failure instanceof PrintFailure ? failure.message : 'the printer did not answer';
      const message = `The receipt did not print (${reason}). Check the printer, then press Print again.`;
      this.record(sale.saleId, 'failed', message);
      throw new ConsoleError('receipt.print-failed', message);
    } finally {
      work.end('printing', sale.saleId);
    }
  }

  private record(saleId: string, outcome: 'printed' | 'failed' | 'pdf', message?: string): void {
    this.parts.records.printed(saleId, outcome, message, this.parts.clerk());
  }

  private port(): ReceiptPrinter {
    const { printer } = this.parts.options;
    if (!printer) throw new ConsoleError('receipt.no-printer', 'Printing is not available here.');
    return printer;
  }
}
