// The printer port: what the console needs of a receipt printer. Electron's hidden print window serves it
// in the app (glue/receipt-printer.ts), a Chromium PDF printer in the browser tests.
import type { Paper, PrinterInfo } from '../../../shared/receipt';

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
