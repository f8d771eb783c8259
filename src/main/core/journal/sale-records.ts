// The one writer of the counter's records: every sale event (begun, attempt, outcome, eSIM state, print,
// refund, start) goes to the sales journal through here, and every administrative action to the audit
// trail. The app's console and the CLI both write through it, so each kind of record is made one way.
import type { SaleError, SaleFields, SaleRecord, ReceiptPrint, Refund } from '../../../shared/sale';
import type { AuditEntry, AuditTrail } from './audit-trail';
import type { SalesJournal } from './sales-journal';

/** What a seller hands over to begin a sale: its fields (kind defaults to first) and its id. */
export type NewSale = Omit<SaleFields, 'kind' | 'gigastore'> & Partial<Pick<SaleFields, 'kind'>> & { saleId: string };

/** What Gigastore's answer (or its sales list) told about a completed sale. */
export interface Completion {
  via: NonNullable<SaleRecord['completedVia']>;
  customerUid: string;
  activatedItemUid: string;
  esim?: { iccid: string; activationCode: string; state: string } | undefined;
}

export class SaleRecords {
  constructor(
    readonly journal: SalesJournal,
    private readonly now: () => Date = () => new Date(),
    private readonly trail?: AuditTrail,
  ) {}

  begin(sale: NewSale, gigastore: string): SaleRecord {
    return this.journal.record({ type: 'begun', at: this.at(), gigastore, ...sale });
  }

  attempt(saleId: string): SaleRecord {
    return this.journal.record({ type: 'attempt', saleId, at: this.at() });
  }

  completed(saleId: string, { via, customerUid, activatedItemUid, esim }: Completion): SaleRecord {
    // Gigastore's answer, with the customer waiting for the QR: it goes to the screen once written, and to
    // the disk right after. A power cut in between leaves the sale as if the answer had been lost, which
    // reconciliation settles from Gigastore's sales list; the sale was on the disk before it was sent.
    const flush = via === 'response' ? 'soon' : 'now';
    return this.journal.record(
      {
        type: 'completed',
        saleId,
        at: this.at(),
        via,
        customerUid,
        activatedItemUid,
        ...(esim ?? {}),
      },
      flush,
    );
  }

  refused(saleId: string, error: SaleError): SaleRecord {
    return this.journal.record({ type: 'refused', saleId, at: this.at(), error });
  }

  uncertain(saleId: string, error: SaleError): SaleRecord {
    return this.journal.record({ type: 'uncertain', saleId, at: this.at(), error });
  }

  noTrace(saleId: string): SaleRecord {
    return this.journal.record({ type: 'no-trace', saleId, at: this.at() });
  }

  /** Not charged: with the error that kept the request from Gigastore, or the reason it is taken as not charged. */
  absent(saleId: string, error?: SaleError): SaleRecord {
    return this.journal.record({ type: 'absent', saleId, at: this.at(), ...(error ? { error } : {}) });
  }

  duplicate(saleId: string, activatedItemUid: string, salesDate?: string | null): SaleRecord {
    return this.journal.record({
      type: 'duplicate',
      saleId,
      at: this.at(),
      activatedItemUid,
      ...(salesDate ? { salesDate } : {}),
    });
  }

  /** The eSIM's state as last read; nothing is written when it did not change. */
  state(saleId: string, state: string): SaleRecord | undefined {
    if (this.journal.get(saleId)?.esimState === state) return undefined;
    return this.journal.record({ type: 'state', saleId, at: this.at(), state });
  }

  printed(saleId: string, outcome: ReceiptPrint['outcome'], message?: string, clerk?: string): SaleRecord {
    return this.journal.record({
      type: 'printed',
      saleId,
      at: this.at(),
      outcome,
      ...(message ? { message } : {}),
      ...(clerk ? { clerk } : {}),
    });
  }

  refund(saleId: string, refund: Omit<Refund, 'at'>): SaleRecord {
    return this.journal.record({ type: 'refund', saleId, at: this.at(), refund });
  }

  started(saleId: string): SaleRecord {
    return this.journal.record({ type: 'started', saleId, at: this.at() });
  }

  /** Who changed settings, mode, credentials, the PIN or the shift, or opened a customer in care. */
  audit(action: AuditEntry['action'], detail: string, clerk?: string): void {
    this.trail?.record({ at: this.at(), action, detail, ...(clerk ? { clerk } : {}) });
  }

  /** A sale error stamped now. */
  error(code: string, message: string): SaleError {
    return { at: this.at(), code, message };
  }

  private at(): string {
    return this.now().toISOString();
  }
}
