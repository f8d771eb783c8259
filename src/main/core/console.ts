// The ConsoleApi implementation: the one object the IPC bridge, the browser-test binding and the unit
// tests all drive. It wires the journal-backed services together and hands each call to its part:
// selling, care, history, administration. The journal is the only state; every change is an event.
import type {
  ConsoleApi,
  ConsoleEventName,
  ConsoleEvents,
  DisplayOption,
  Overview,
  SalePreview,
  ScanOutcome,
} from '../../shared/api';
import type { CustomerView } from '../../shared/customer-view';
import type { SaleRecord } from '../../shared/sale';
import type { Settings } from '../../shared/settings';
import { Backend, type ClientTuning, type DemoWorld } from './backend';
import { Connectivity } from './connectivity';
import { Administration } from './console/admin';
import { CustomerCare } from './console/care';
import { CustomerLookup } from './console/care-lookup';
import type { ConsoleContext } from './console/context';
import { SalesHistory } from './console/history';
import { Selling } from './console/selling';
import { customerViewOf, type Preview } from './customer/customer-view';
import { ConsoleError } from './errors';
import type { AuditTrail } from './journal/audit-trail';
import type { GigastoreClient } from './gigastore/client';
import { toSaleView } from './journal/history';
import { SalesLedger } from './journal/ledger';
import { ReconcileLoop } from './journal/reconcile-loop';
import { SaleRecords } from './journal/sale-records';
import type { SalesJournal } from './journal/sales-journal';
import { silentLogger, type Logger } from './log/logger';
import { approvedSettings } from './live-approval';
import { ManagerLock, memoryPinStore, type PinStore } from './manager-pin';
import { Receipts, type ReceiptPrinter } from './receipt/receipts';
import { SaleDesk } from './sale-desk';
import type { SettingsStore } from './settings';
import type { CredentialVault } from './vault';

export interface ConsoleOptions {
  settings: SettingsStore;
  vault: CredentialVault;
  journal: SalesJournal;
  startDemo: () => Promise<DemoWorld>;
  /** Who changed settings, mode, credentials, PIN or shift, and when (History's activity, the CSV). */
  audit?: AuditTrail;
  /** Where the manager PIN's hash and its wrong tries are kept (the vault's file in the app); in memory when absent. */
  pins?: PinStore;
  /** Opens a URL in the system browser (shell.openExternal in the app); only allow-listed pages reach it. */
  openExternal?: (url: string) => Promise<void>;
  /** The displays connected now (Electron's screen module in the app). */
  displays?: () => DisplayOption[];
  /** Where events are logged (redacted by the logger). */
  log?: Logger;
  /** Told every value that must never be logged (each sale's matching id), for the log's redactor. */
  secret?: (value: string) => void;
  /** The receipt printer (Electron's print window in the app). */
  printer?: ReceiptPrinter;
  /** Where an export goes: the app asks the clerk with a save dialog. Resolves undefined when cancelled. */
  saveFile?: (suggestedName: string, content: string) => Promise<string | undefined>;
  clientTuning?: ClientTuning;
  now?: () => Date;
  /** Sentences from start-up for the clerk (a settings file kept aside, credentials unreadable). */
  startupNotices?: readonly string[];
  /** The delay between reads of a pending eSIM; by default the poll interval from settings. */
  pollIntervalMs?: (followedForMs: number, settings: Settings) => number;
  /** How often sales of unknown outcome are looked for while there are any. */
  reconcileEveryMs?: number;
  /** How often Gigastore is looked at for a late or second charge while a sale is watched. */
  watchEveryMs?: number;
  probeEveryMs?: number;
}

type Listener<E extends ConsoleEventName> = (payload: ConsoleEvents[E]) => void;

export class CounterConsole implements ConsoleApi {
  private readonly context: ConsoleContext;
  private readonly selling: Selling;
  private readonly care: CustomerCare;
  private readonly customers: CustomerLookup;
  private readonly history: SalesHistory;
  private readonly admin: Administration;
  private readonly listeners: { [E in ConsoleEventName]: Set<Listener<E>> } = {
    handoff: new Set(),
    overview: new Set(),
    sale: new Set(),
  };
  private readonly options: ConsoleOptions;
  private readonly customerListeners = new Set<(view: CustomerView) => void>();
  private readonly observedClients = new WeakMap<GigastoreClient, GigastoreClient>();
  /** Sales whose receipt was printed by itself already (once per sale, and only for the sale on screen). */
  private readonly autoPrinted = new Set<string>();
  private readonly pendingPrints = new Set<NodeJS.Timeout>();
  /** Set by close(): work deferred from a journal record (history, overview, receipt) is then dropped. */
  private closed = false;
  private preview: Preview | null = null;
  private lastCustomerView = '';
  private clerk: string | undefined;

  constructor(given: ConsoleOptions) {
    const { vault } = given;
    // Every part reads the settings through this view: live only with a manager's sealed approval.
    const options = { ...given, settings: approvedSettings(given.settings, () => vault.read()?.liveApproved === true) };
    this.options = options;
    const now = options.now ?? (() => new Date());
    const backend = new Backend(options.settings, options.vault, options.startDemo, options.clientTuning);
    const records = new SaleRecords(options.journal, now, options.audit);
    const ledger = new SalesLedger(records, {
      reconciliationWindowMs: () => options.settings.read().reconciliationWindowMs,
      now,
    });
    const log = options.log ?? silentLogger;
    const client = () => this.client();
    const connectivity = new Connectivity(
      () => client().then((gigastore) => gigastore.inventory()),
      (info) => {
        (info.state === 'offline' ? log.warn : log.info)('connection', { ...info });
        this.emitOverview();
      },
      options.probeEveryMs,
    );
    const receipts = new Receipts(records, options.settings, client, now, options.printer, () => this.clerk);
    const desk = new SaleDesk({
      journal: options.journal,
      records,
      isInFlight: (saleId) => ledger.isInFlight(saleId),
      isPrinting: (saleId) => receipts.isPrinting(saleId),
      client,
      settings: options.settings,
      emit: (handoff) => this.emit('handoff', handoff),
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
    const reconciler = new ReconcileLoop(
      () => this.reconcile(),
      () => this.nextReconcileMs(),
      (error, failures) => {
        log.warn('reconciliation', { failures: failures.count, message: failures.message });
        this.emitOverview();
      },
      now,
      () => this.emitOverview(), // a check succeeded after failing ones: the header's count clears
    );
    this.context = {
      options,
      now,
      log,
      manager: new ManagerLock(options.pins ?? memoryPinStore(), {
        now: () => now().getTime(),
        audit: (action, detail) => records.audit(action, detail, this.clerk),
        // A missing PIN opens nothing while credentials are stored or settings.json asks for live mode.
        required: () => vault.read() !== undefined || given.settings.read().mode === 'live',
        sealedPinHash: () => vault.read()?.pinHash,
      }),
      backend,
      ledger,
      desk,
      connectivity,
      reconciler,
      receipts,
      catalogue: new Map(),
      client,
      sale: (saleId) => {
        const sale = options.journal.get(saleId);
        if (!sale) throw new ConsoleError('sale.unknown', `There is no sale ${saleId} in the journal.`);
        return sale;
      },
      overview: () => this.getOverview(),
      emitOverview: () => this.emitOverview(),
      records,
      audit: (action, detail) => records.audit(action, detail, this.clerk),
    };
    const clerk = () => this.clerk;
    this.selling = new Selling(this.context, () => (this.preview = null), clerk);
    this.care = new CustomerCare(this.context, this.selling, clerk);
    this.customers = new CustomerLookup(this.context);
    this.history = new SalesHistory(this.context);
    this.admin = new Administration(this.context);
    options.journal.onRecord((sale) => this.onSaleRecorded(sale));
  }

  // Selling and the handoff on screen.
  startSale: ConsoleApi['startSale'] = (request) => this.selling.sell(request);
  retrySale: ConsoleApi['retrySale'] = () => this.selling.retry();
  currentHandoff: ConsoleApi['currentHandoff'] = async () => this.context.desk.handoff();
  keepFollowing: ConsoleApi['keepFollowing'] = async () => this.context.desk.keepFollowing();
  // Customer care.
  lookupCustomer: ConsoleApi['lookupCustomer'] = (lookup) => this.customers.lookup(lookup);
  openCustomer: ConsoleApi['openCustomer'] = (customerUid) => this.customers.open(customerUid);
  showEsimQr: ConsoleApi['showEsimQr'] = (request) => this.customers.showQr(request);
  startCareSale: ConsoleApi['startCareSale'] = (sale) => this.care.sell(sale);
  refundPackage: ConsoleApi['refundPackage'] = (refund) => this.care.refund(refund);
  refundDuplicate: ConsoleApi['refundDuplicate'] = (saleId) => this.care.refundDuplicate(saleId);
  startPackage: ConsoleApi['startPackage'] = (uid) => this.care.startPackage(uid);
  // History.
  reconcileNow: ConsoleApi['reconcileNow'] = () => this.history.reconcileNow();
  listSales: ConsoleApi['listSales'] = (query) => this.history.listSales(query);
  getSale: ConsoleApi['getSale'] = (saleId) => this.history.getSale(saleId);
  refreshSale: ConsoleApi['refreshSale'] = (saleId) => this.history.refreshSale(saleId);
  showSale: ConsoleApi['showSale'] = (saleId) => this.history.showSale(saleId);
  exportSalesCsv: ConsoleApi['exportSalesCsv'] = (range) => this.history.exportSalesCsv(range);
  listActivity: ConsoleApi['listActivity'] = (range) => this.history.listActivity(range);
  exportActivityCsv: ConsoleApi['exportActivityCsv'] = (range) => this.history.exportActivityCsv(range);
  // Administration.
  updateSettings: ConsoleApi['updateSettings'] = (patch) => this.admin.updateSettings(patch);
  setMode: ConsoleApi['setMode'] = (mode) => this.admin.setMode(mode);
  setCredentials: ConsoleApi['setCredentials'] = (credentials) => this.admin.setCredentials(credentials);
  testCredentials: ConsoleApi['testCredentials'] = (credentials) => this.admin.testCredentials(credentials);
  openHelpPage: ConsoleApi['openHelpPage'] = (page) => this.admin.openHelpPage(page);
  listDisplays: ConsoleApi['listDisplays'] = () => this.admin.listDisplays();
  setManagerPin: ConsoleApi['setManagerPin'] = (change) => this.admin.setManagerPin(change);
  unlockManager: ConsoleApi['unlockManager'] = (pin) => this.admin.unlockManager(pin);
  lockManager: ConsoleApi['lockManager'] = () => this.admin.lockManager();
  resetManagerPin: ConsoleApi['resetManagerPin'] = () => this.admin.resetManagerPin();
  stageDemoFault: ConsoleApi['stageDemoFault'] = (fault) => this.admin.stageDemoFault(fault);
  // Receipts.
  listPrinters: ConsoleApi['listPrinters'] = () => this.context.receipts.listPrinters();
  printReceipt: ConsoleApi['printReceipt'] = (saleId) => this.print(saleId);
  printRefundSlip: ConsoleApi['printRefundSlip'] = (saleId) => this.print(saleId, 'refund');
  saveReceiptPdf: ConsoleApi['saveReceiptPdf'] = async (saleId) => {
    const path = await this.context.receipts.savePdf(this.context.sale(saleId));
    return path ? { path } : null;
  };

  /** Start-up: resolve any sale the last run left uncertain, and go on watching the ones once in doubt. */
  start(): void {
    if (this.nextReconcileMs() !== undefined) void this.context.reconciler.kick().catch(() => undefined);
  }

  on<E extends ConsoleEventName>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners[event] as Set<Listener<E>>;
    set.add(listener);
    return () => set.delete(listener);
  }

  async getOverview(): Promise<Overview> {
    const settings = this.options.settings.read();
    return {
      mode: settings.mode,
      settings,
      connection: this.context.connectivity.current,
      credentials: this.options.vault.describe(),
      notices: [
        ...(this.options.startupNotices ?? []),
        ...this.options.settings.problems,
        ...this.options.journal.problems,
      ],
      unresolvedSales: this.options.journal.unresolved().length,
      doubleCharges: this.context.ledger.reconciliation.doubleCharged().map((sale) => sale.saleId),
      reconcileFailures: this.context.reconciler.failures,
      shift: this.clerk ? { clerk: this.clerk } : {},
      manager: this.context.manager.status(),
    };
  }

  listCatalogue: ConsoleApi['listCatalogue'] = () => this.selling.loadCatalogue();

  async startShift(clerk: string): Promise<Overview> {
    const { clerks } = this.options.settings.read();
    if (!clerks.includes(clerk))
      throw new ConsoleError('shift.unknown', `${clerk} is not in this counter's list of clerks.`);
    this.clerk = clerk;
    this.customers.forget(); // the customers the last clerk looked up are not this one's to open
    this.context.audit('shift-start', clerk);
    this.emitOverview();
    return this.getOverview();
  }

  async endShift(): Promise<Overview> {
    this.context.audit('shift-end', this.clerk ?? '');
    this.clerk = undefined;
    this.customers.forget();
    this.emitOverview();
    return this.getOverview();
  }

  async previewSale(preview: SalePreview): Promise<void> {
    const item = preview ? this.context.catalogue.get(preview.inventoryItemId) : undefined;
    this.preview = preview && item ? { item, language: preview.customerLanguage } : null;
    this.emitCustomerView();
  }

  /** What the customer display shows now. */
  customerView(): CustomerView {
    return customerViewOf(this.context.desk.handoff(), this.preview, this.options.settings.read());
  }

  /** The customer window's only feed: a separate subscription, so the counter window never carries it. */
  onCustomerView(listener: (view: CustomerView) => void): () => void {
    this.customerListeners.add(listener);
    return () => this.customerListeners.delete(listener);
  }

  async leaveHandoff(): Promise<void> {
    if (this.context.desk.handoff()?.phase === 'activating') {
      throw new ConsoleError('sale.activating', 'The activation is still on its way; wait for Gigastore to answer.');
    }
    this.context.desk.leave();
  }

  async simulateScan(outcome: ScanOutcome): Promise<void> {
    const world = await this.context.backend.demo();
    if (!world) throw new ConsoleError('demo.only', 'Simulating a scan is only possible in demo mode.');
    const iccid = this.context.desk.handoff()?.esim?.iccid;
    if (!iccid) throw new ConsoleError('sale.no-esim', 'There is no eSIM on screen to scan.');
    world.scan(iccid, outcome);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pendingPrints.forEach(clearTimeout);
    this.pendingPrints.clear();
    this.context.desk.leave();
    this.context.reconciler.stop();
    this.context.connectivity.stop();
    await this.context.backend.close();
  }

  private async print(saleId: string, kind?: 'refund'): Promise<void> {
    const sale = this.context.sale(saleId);
    if (kind === 'refund' && !sale.refunds.some((refund) => refund.outcome === 'refunded')) {
      throw new ConsoleError('receipt.not-refunded', 'This sale was not refunded: there is no refund slip to print.');
    }
    const printed = this.context.receipts.print(sale, kind);
    this.context.desk.refresh(saleId); // shows "printing"
    await printed;
  }

  private async reconcile() {
    const client = await this.client();
    if (await this.context.backend.demo()) this.context.ledger.retireOrphanedDemoSales(client.baseUrl);
    const outcomes = await this.context.ledger.reconcile(client);
    if (outcomes.some((outcome) => outcome.outcome !== 'still-verifying')) this.context.desk.follow();
    return outcomes;
  }

  /** The next background look at Gigastore: soon while an outcome is unknown, now and then while one is watched. */
  private nextReconcileMs(): number | undefined {
    if (this.options.journal.unresolved().length) return this.options.reconcileEveryMs ?? 10_000;
    const watched = this.context.ledger.reconciliation.watched().length > 0;
    return watched ? (this.options.watchEveryMs ?? 60_000) : undefined;
  }

  /** The Gigastore client, every call of which keeps the connection state current. */
  private async client(): Promise<GigastoreClient> {
    const client = await this.context.backend.client();
    let wrapped = this.observedClients.get(client);
    if (!wrapped) {
      wrapped = observed(client, this.context.connectivity);
      this.observedClients.set(client, wrapped);
    }
    return wrapped;
  }

  private onSaleRecorded(sale: SaleRecord): void {
    const matchingId = sale.activationCode?.split('$')[2];
    if (matchingId) this.options.secret?.(matchingId);
    // Who waits on what: an answer is waited on by the clerk and the customer, so its screen goes out at
    // once; a sale just begun is waited on by its own request, so the request leaves first and the screen
    // says "activating" a moment later. History, the log, the overview and the receipt follow once the
    // pending answers have gone out (setImmediate runs after this turn's I/O).
    const begun = sale.status === 'pending';
    if (!begun) this.context.desk.refresh(sale.saleId);
    if (sale.watched && !this.closed) this.context.reconciler.wake();
    setImmediate(() => {
      if (this.closed) return;
      if (begun) this.context.desk.refresh(sale.saleId);
      this.logSale(sale);
      this.emit('sale', toSaleView(sale));
      this.emitOverview();
      this.autoPrint(sale);
    });
  }

  private logSale(sale: SaleRecord): void {
    const lastError = sale.errors.at(-1);
    (sale.status === 'verifying' || sale.status === 'refused' ? this.context.log.warn : this.context.log.info)('sale', {
      saleId: sale.saleId,
      kind: sale.kind,
      status: sale.status,
      clerk: sale.clerk,
      esimState: sale.esimState,
      ...(lastError ? { error: lastError.code, message: lastError.message, answer: lastError.answer } : {}),
    });
  }

  /** Prints the on-screen sale's receipt by itself once it is activated (or installed), as settings say. */
  private autoPrint(sale: SaleRecord): void {
    const { autoPrint } = this.options.settings.read();
    const due =
      autoPrint === 'activated'
        ? sale.status === 'completed'
        : autoPrint === 'installed' && sale.esimState === 'INSTALLED';
    if (!due || !this.options.printer || this.context.desk.saleId !== sale.saleId || this.autoPrinted.has(sale.saleId))
      return;
    this.autoPrinted.add(sale.saleId);
    // The QR first: the receipt is laid out and printed once the handoff is surely on screen, so the two
    // never compete for the processor and the disk while the customer waits for the code. A failure is
    // journaled and shown on the handoff with a Print button; nothing more to do here.
    const timer = setTimeout(() => {
      this.pendingPrints.delete(timer);
      if (!this.closed) void this.print(sale.saleId).catch(() => undefined);
    }, AUTO_PRINT_DELAY_MS);
    this.pendingPrints.add(timer);
  }

  private emitOverview(): void {
    void this.getOverview().then((overview) => this.emit('overview', overview));
  }

  private emit<E extends ConsoleEventName>(event: E, payload: ConsoleEvents[E]): void {
    for (const listener of this.listeners[event] as Set<Listener<E>>) listener(payload);
    if (event === 'handoff' || event === 'overview') this.emitCustomerView();
  }

  private emitCustomerView(): void {
    if (this.customerListeners.size === 0) return;
    const view = this.customerView();
    const key = JSON.stringify(view);
    if (key === this.lastCustomerView) return;
    this.lastCustomerView = key;
    this.customerListeners.forEach((listener) => listener(view));
  }
}

/** How long after a sale is activated its receipt prints by itself: the handoff is on screen by then. */
const AUTO_PRINT_DELAY_MS = 600;

/** Calls sent once and never retried by the client: one unanswered one may just be a slow answer. */
const SENT_ONCE = new Set(['register', 'topUp', 'topUpWithProfile', 'refund', 'activateItem']);

/** Wraps every call of a client so its outcome updates the connection state. */
function observed(client: GigastoreClient, connectivity: Connectivity): GigastoreClient {
  return Object.fromEntries(
    Object.entries(client).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? (...args: unknown[]) => connectivity.observe(() => value(...args), !SENT_ONCE.has(name))
        : value,
    ]),
  ) as unknown as GigastoreClient;
}
