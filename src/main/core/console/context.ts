// What the parts of the console share: the journal-backed services and a few callbacks. The console
// builds one context; admin, history, selling and care each take it instead of reaching into each other.
import type { Overview } from '../../../shared/api';
import type { CatalogueItem } from '../../../shared/catalogue';
import type { SaleRecord } from '../../../shared/sale';
import type { Backend } from '../backend';
import type { ConsoleOptions } from '../console';
import type { Connectivity } from '../connectivity';
import type { GigastoreClient } from '../gigastore/client';
import type { SalesLedger } from '../journal/ledger';
import type { ReconcileLoop } from '../journal/reconcile-loop';
import type { SaleRecords } from '../journal/sale-records';
import type { AuditEntry } from '../journal/audit-trail';
import type { Logger } from '../log/logger';
import type { ManagerLock } from '../manager-pin';
import type { Receipts } from '../receipt/receipts';
import type { SaleDesk } from '../sale-desk';

export interface ConsoleContext {
  options: ConsoleOptions;
  now: () => Date;
  log: Logger;
  manager: ManagerLock;
  backend: Backend;
  ledger: SalesLedger;
  desk: SaleDesk;
  connectivity: Connectivity;
  reconciler: ReconcileLoop;
  receipts: Receipts;
  /** The inventory as last listed, by item id. */
  catalogue: Map<string, CatalogueItem>;
  /** The Gigastore client; every call keeps the connection state current. */
  client: () => Promise<GigastoreClient>;
  /** A sale from the journal, or a sentence saying there is none. */
  sale: (saleId: string) => SaleRecord;
  overview: () => Promise<Overview>;
  emitOverview: () => void;
  /** The one writer of sale records and the audit trail. */
  records: SaleRecords;
  /** Records who did what (settings, mode, credentials, PIN, shifts) in the audit trail. */
  audit: (action: AuditEntry['action'], detail: string) => void;
}
