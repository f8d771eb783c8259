// Printing and saving receipts, through a printer port: Electron's hidden print window in the app, a
// PDF printer in the browser tests. Every print, saved PDF and failed print is journaled with the sale.
import type { Paper, PrinterInfo, Receipt } from '../../../shared/receipt';
import type { SaleRecord } from '../../../shared/sale';
import { ConsoleError } from '../errors';
import type { GigastoreClient } from '../gigastore/client';
import type { SaleRecords } from '../journal/sale-records';
import type { SettingsStore } from '../settings';
import { receiptHtml } from './receipt-html';
import { receiptFromSale } from './receipt-model';

export interface PrintJob {
  /** '' prints to the system's default printer. */
  printerName: string;
  paper: Paper;
  copies: number;
}

/** Thrown by a printer with the reason in one sentence (from the OS print callback). */
export class PrintFailure extends Error {}

export interface ReceiptPrinter {
  list(): Promise<PrinterInfo[]>;
  print(html: string, job: PrintJob): Promise<void>;
  /** Asks where to save; resolves undefined when the clerk cancels. */
  savePdf(html: string, paper: Paper, suggestedName: string): Promise<string | undefined>;
}

export class Receipts {
  private readonly countryCache = new Map<string, string[]>();
  private readonly printing = new Set<string>();

  constructor(
    private readonly records: SaleRecords,
    private readonly settings: SettingsStore,
    private readonly client: () => Promise<GigastoreClient>,
    private readonly now: () => Date,
    private readonly printer: ReceiptPrinter | undefined,
    /** The clerk on shift, recorded with every print. */
    private readonly clerk: () => string | undefined = () => undefined,
  ) {}

  isPrinting(saleId: string): boolean {
    return this.printing.has(saleId);
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

  async html(sale: SaleRecord, kind?: Receipt['kind']): Promise<string> {
    const receipt = receiptFromSale(sale, this.settings.read(), {
      printedAt: this.now(),
      countries: await this.countries(sale.item.countrySet),
      ...(kind ? { kind } : {}),
    });
    return receiptHtml(receipt);
  }

  async print(sale: SaleRecord, kind?: Receipt['kind']): Promise<void> {
    const printer = this.port();
    // One print of a receipt at a time: an automatic print and a reprint from History must not both run.
    if (this.printing.has(sale.saleId)) throw new ConsoleError('receipt.printing', 'This receipt is printing already.');
    const html = await this.html(sale, kind);
    const { printerName, paper, copies } = this.settings.read();
    this.printing.add(sale.saleId);
    let failure: unknown;
    try {
      await printer.print(html, { printerName, paper, copies });
    } catch (error) {
      failure = error ?? 'unknown';
    } finally {
      // Off the "printing" list before the outcome is journaled, so the redrawn handoff shows the outcome.
      this.printing.delete(sale.saleId);
    }
    if (failure === undefined) return this.record(sale.saleId, 'printed');
    const reason = failure instanceof PrintFailure ? failure.message : 'the printer did not answer';
    const message = `The receipt did not print (${reason}). Check the printer, then press Print again.`;
    this.record(sale.saleId, 'failed', message);
    throw new ConsoleError('receipt.print-failed', message);
  }

  async savePdf(sale: SaleRecord): Promise<string | undefined> {
    const html = await this.html(sale);
    const path = await this.port().savePdf(html, this.settings.read().paper, `esim-receipt-${sale.saleId}.pdf`);
    if (path) this.record(sale.saleId, 'pdf', path);
    return path;
  }

  private record(saleId: string, outcome: 'printed' | 'failed' | 'pdf', message?: string): void {
    this.records.printed(saleId, outcome, message, this.clerk());
  }

  /** The coverage set's countries for the receipt; a receipt still prints (without the list) if Gigastore cannot say. */
  private async countries(countrySet: string): Promise<string[]> {
    const cached = this.countryCache.get(countrySet);
    if (cached) return cached;
    try {
      const countries = await (await this.client()).countries(countrySet);
      this.countryCache.set(countrySet, countries);
      return countries;
    } catch {
      return [];
    }
  }

  private port(): ReceiptPrinter {
    if (!this.printer) throw new ConsoleError('receipt.no-printer', 'Printing is not available here.');
    return this.printer;
  }
}
