// The receipt of the sale on screen prints by itself once the sale is activated (or its eSIM installed),
// as the settings say: once per sale, and only where there is a printer.
import type { SaleRecord } from '../../../shared/sale';
import type { SalesJournal } from '../journal/sales-journal';
import type { SaleDesk } from '../sale-desk';
import type { SettingsStore } from '../settings';
import type { Receipts } from './receipts';

/** How long after a sale is activated its receipt prints by itself: the handoff is on screen by then. */
const AUTO_PRINT_DELAY_MS = 600;

interface AutoPrintParts {
  journal: SalesJournal;
  settings: SettingsStore;
  /** A failed print is journaled and shown on the handoff with a Print button. */
  receipts: Pick<Receipts, 'canPrint' | 'printReceipt'>;
  /** Only the receipt of the sale on screen prints by itself. */
  desk: Pick<SaleDesk, 'saleId'>;
}

export class AutoPrint {
  /** Sales whose receipt was printed by itself already. */
  private readonly printed = new Set<string>();
  private readonly pending = new Set<NodeJS.Timeout>();
  private readonly unsubscribe: () => void;
  private stopped = false;

  constructor(private readonly parts: AutoPrintParts) {
    // After the record's other news (History, the overview) has gone out: nothing here is urgent.
    this.unsubscribe = parts.journal.onRecord((sale) => setImmediate(() => this.recorded(sale)));
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.pending.forEach(clearTimeout);
    this.pending.clear();
  }

  private recorded(sale: SaleRecord): void {
    const { autoPrint } = this.parts.settings.read();
    const due =
      autoPrint === 'activated'
        ? sale.status === 'completed'
        : autoPrint === 'installed' && sale.esimState === 'INSTALLED';
    if (
      this.stopped ||
      !due ||
      !this.parts.receipts.canPrint ||
      this.parts.desk.saleId !== sale.saleId ||
      this.printed.has(sale.saleId)
    )
      return;
    this.printed.add(sale.saleId);
    // The QR first: the receipt is laid out and printed once the handoff is surely on screen, so the two
    // never compete for the processor and the disk while the customer waits for the code.
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      void this.parts.receipts.printReceipt(sale.saleId).catch(() => undefined);
    }, AUTO_PRINT_DELAY_MS);
    this.pending.add(timer);
  }
}
