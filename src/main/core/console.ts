// The ConsoleApi implementation: the one object the IPC bridge, the browser-test binding and the unit
// tests all drive. Sales go through the ledger (journal first, never re-sent blindly); the sale on screen
// is followed by the desk; the journal is the only state, and every change is pushed as an event.
import type {
  ConsoleApi,
  ConsoleEventName,
  ConsoleEvents,
  DateRange,
  DemoFault,
  Overview,
  ReconcileResult,
  Credentials,
  DisplayOption,
  HelpPage,
  PinChange,
  SalePreview,
  SaleRequest,
  SalesQuery,
  SaleView,
  ScanOutcome,
} from '../../shared/api';
import { toCatalogueItem, type CatalogueItem } from '../../shared/catalogue';
import type { CustomerView } from '../../shared/customer-view';
import type { Handoff } from '../../shared/handoff';
import type { SaleRecord } from '../../shared/sale';
import type { Settings } from '../../shared/settings';
import { Backend, type ClientTuning, type DemoWorld } from './backend';
import { Connectivity } from './connectivity';
import { ConsoleError } from './errors';
import { createGigastoreClient, type GigastoreClient } from './gigastore/client';
import { dayRange, findSales, salesCsv, toSaleView } from './journal/history';
import { SalesLedger } from './journal/ledger';
import { ReconcileLoop } from './journal/reconcile-loop';
import type { SalesJournal } from './journal/sales-journal';
import { customerViewOf, type Preview } from './customer/customer-view';
import { openExternalPage } from './external-links';
import { silentLogger, type Logger } from './log/logger';
import { ManagerLock, memoryPinStore, type PinStore } from './manager-pin';
import { Receipts, type ReceiptPrinter } from './receipt/receipts';
import { readEsimState, SaleDesk } from './sale-desk';
import { newSaleId } from './sale-id';
import type { SettingsStore } from './settings';
import type { CredentialVault } from './vault';

export interface ConsoleOptions {
  settings: SettingsStore;
  vault: CredentialVault;
  journal: SalesJournal;
  startDemo: () => Promise<DemoWorld>;
  /** Where the manager PIN's hash is kept (the vault's file in the app); in memory when absent. */
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
  reconcileEveryMs?: number;
  probeEveryMs?: number;
}

/** Demo mode has no customer IP either; a documentation address stands in (RFC 5737). */
const DEMO_USER_IP = '192.0.2.10';

type Listener<E extends ConsoleEventName> = (payload: ConsoleEvents[E]) => void;

export class CounterConsole implements ConsoleApi {
  private readonly backend: Backend;
  private readonly ledger: SalesLedger;
  private readonly connectivity: Connectivity;
  private readonly reconciler: ReconcileLoop;
  private readonly desk: SaleDesk;
  private readonly now: () => Date;
  private readonly log: Logger;
  private readonly manager: ManagerLock;
  private readonly listeners: { [E in ConsoleEventName]: Set<Listener<E>> } = {
    handoff: new Set(),
    overview: new Set(),
    sale: new Set(),
  };
  private readonly catalogue = new Map<string, CatalogueItem>();
  private readonly receipts: Receipts;
  /** Sales whose receipt was printed by itself already (once per sale, and only for the sale on screen). */
  private readonly autoPrinted = new Set<string>();
  private activation: Promise<Handoff> | undefined;
  private preview: Preview | null = null;
  private lastCustomerView = '';
  private readonly customerListeners = new Set<(view: CustomerView) => void>();
  private readonly observedClients = new WeakMap<GigastoreClient, GigastoreClient>();

  constructor(private readonly options: ConsoleOptions) {
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? silentLogger;
    this.manager = new ManagerLock(options.pins ?? memoryPinStore());
    this.backend = new Backend(options.settings, options.vault, options.startDemo, options.clientTuning);
    this.ledger = new SalesLedger(options.journal, {
      reconciliationWindowMs: () => options.settings.read().reconciliationWindowMs,
      now: this.now,
    });
    this.connectivity = new Connectivity(
      () => this.client().then((client) => client.inventory()),
      (info) => {
        (info.state === 'offline' ? this.log.warn : this.log.info)('connection', { ...info });
        this.emitOverview();
      },
      options.probeEveryMs,
    );
    this.receipts = new Receipts(options.journal, options.settings, () => this.client(), this.now, options.printer);
    this.desk = new SaleDesk({
      journal: options.journal,
      isInFlight: (saleId) => this.ledger.isInFlight(saleId),
      isPrinting: (saleId) => this.receipts.isPrinting(saleId),
      client: () => this.client(),
      settings: options.settings,
      now: this.now,
      emit: (handoff) => this.emit('handoff', handoff),
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
    this.reconciler = new ReconcileLoop(
      () => this.reconcile(),
      () => this.options.journal.unresolved().length > 0,
      options.reconcileEveryMs ?? 10_000,
      () => undefined,
    );
    options.journal.onRecord((sale) => this.onSaleRecorded(sale));
  }

  /** Start-up: resolve any sale the last run left uncertain. */
  start(): void {
    if (this.options.journal.unresolved().length) void this.reconciler.kick().catch(() => undefined);
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
      connection: this.connectivity.current,
      credentials: this.options.vault.describe(),
      notices: [
        ...(this.options.startupNotices ?? []),
        ...this.options.settings.problems,
        ...this.options.journal.problems,
      ],
      unresolvedSales: this.options.journal.unresolved().length,
      manager: this.manager.status(),
    };
  }

  async listCatalogue(): Promise<CatalogueItem[]> {
    const items = (await (await this.client()).inventory()).map(toCatalogueItem);
    this.catalogue.clear();
    items.forEach((item) => this.catalogue.set(item.id, item));
    return items;
  }

  async previewSale(preview: SalePreview): Promise<void> {
    const item = preview ? this.catalogue.get(preview.inventoryItemId) : undefined;
    this.preview = preview && item ? { item, language: preview.customerLanguage } : null;
    this.emitCustomerView();
  }

  /** What the customer display shows now. */
  customerView(): CustomerView {
    return customerViewOf(this.desk.handoff(), this.preview, this.options.settings.read());
  }

  /** The customer window's only feed: a separate subscription, so the counter window never carries it. */
  onCustomerView(listener: (view: CustomerView) => void): () => void {
    this.customerListeners.add(listener);
    return () => this.customerListeners.delete(listener);
  }

  async currentHandoff(): Promise<Handoff | null> {
    return this.desk.handoff();
  }

  /** Single-flight: a second Activate while one is on its way gets the same sale, not a second request. */
  startSale(request: SaleRequest): Promise<Handoff> {
    this.activation ??= this.activate(request).finally(() => {
      this.activation = undefined;
    });
    return this.activation;
  }

  retrySale(): Promise<Handoff> {
    this.activation ??= this.retry().finally(() => {
      this.activation = undefined;
    });
    return this.activation;
  }

  async leaveHandoff(): Promise<void> {
    if (this.desk.handoff()?.phase === 'activating') {
      throw new ConsoleError('sale.activating', 'The activation is still on its way; wait for Gigastore to answer.');
    }
    this.desk.leave();
  }

  async keepFollowing(): Promise<void> {
    this.desk.keepFollowing();
  }

  async simulateScan(outcome: ScanOutcome): Promise<void> {
    const world = await this.backend.demo();
    if (!world) throw new ConsoleError('demo.only', 'Simulating a scan is only possible in demo mode.');
    const iccid = this.desk.handoff()?.esim?.iccid;
    if (!iccid) throw new ConsoleError('sale.no-esim', 'There is no eSIM on screen to scan.');
    world.scan(iccid, outcome);
  }

  async stageDemoFault(fault: DemoFault): Promise<void> {
    const world = await this.backend.demo();
    if (!world) throw new ConsoleError('demo.only', 'Staging a Gigastore failure is only possible in demo mode.');
    world.stage(fault);
  }

  async updateSettings(patch: Parameters<ConsoleApi['updateSettings']>[0]): Promise<Settings> {
    this.manager.assertManager('change the settings');
    const settings = this.options.settings.update(patch);
    this.backend.forgetClient();
    this.emitOverview();
    return settings;
  }

  async setMode(mode: Settings['mode']): Promise<Overview> {
    const onScreen = this.desk.handoff();
    if (onScreen && onScreen.phase !== 'failed' && onScreen.phase !== 'not-charged') {
      throw new ConsoleError('sale.open', 'Finish the sale on screen before switching between demo and live.');
    }
    if (mode === 'live' && !this.manager.status().pinSet) {
      throw new ConsoleError(
        'manager.no-pin',
        'Set a manager PIN before switching to live mode: it guards the live credentials and settings.',
      );
    }
    this.manager.assertManager('switch between demo and live');
    if (mode === 'live' && !this.options.vault.describe().configured) {
      throw new ConsoleError(
        'settings.no-credentials',
        'Enter the Gigastore client id and secret before switching to live mode.',
      );
    }
    this.desk.leave();
    this.options.settings.setMode(mode);
    this.catalogue.clear();
    this.connectivity.reset();
    this.emitOverview();
    if (this.options.journal.unresolved().length) void this.reconciler.kick().catch(() => undefined);
    return this.getOverview();
  }

  async setCredentials(credentials: Parameters<ConsoleApi['setCredentials']>[0]): Promise<Overview> {
    this.manager.assertManager('change the Gigastore credentials');
    await this.options.vault.write(credentials);
    this.backend.forgetClient();
    this.emitOverview();
    return this.getOverview();
  }

  async testCredentials(credentials: Credentials): Promise<{ inventorySize: number }> {
    this.manager.assertManager('test Gigastore credentials');
    const client = createGigastoreClient({
      ...this.options.clientTuning,
      baseUrl: this.options.settings.read().liveBaseUrl,
      credentials: () => credentials,
    });
    await client.checkCredentials();
    return { inventorySize: (await client.inventory()).length };
  }

  openHelpPage(page: HelpPage): Promise<void> {
    return openExternalPage(page, this.options.openExternal);
  }

  async listDisplays(): Promise<DisplayOption[]> {
    return this.options.displays?.() ?? [];
  }

  async setManagerPin(change: PinChange): Promise<Overview> {
    await this.manager.setPin(change.next, change.current);
    this.emitOverview();
    return this.getOverview();
  }

  async unlockManager(pin: string): Promise<Overview> {
    await this.manager.unlock(pin);
    this.emitOverview();
    return this.getOverview();
  }

  async lockManager(): Promise<Overview> {
    this.manager.lock();
    this.emitOverview();
    return this.getOverview();
  }

  async reconcileNow(): Promise<ReconcileResult[]> {
    const outcomes = await this.reconciler.kick();
    return outcomes.map(({ saleId, outcome }) => ({ saleId, outcome }));
  }

  async listSales(query: SalesQuery): Promise<SaleView[]> {
    // Sales being checked are few and known at once, without reading the whole history.
    const onlyUnresolved = query.status?.every((status) => status === 'pending' || status === 'verifying');
    if (onlyUnresolved) return findSales(this.options.journal.unresolved(), query).map(toSaleView);
    return findSales(this.options.journal.all(dayRange(query)), query).map(toSaleView);
  }

  async getSale(saleId: string): Promise<SaleView> {
    return toSaleView(this.sale(saleId));
  }

  async refreshSale(saleId: string): Promise<SaleView> {
    const sale = this.sale(saleId);
    if (sale.status !== 'completed' || !sale.customerUid || !sale.iccid) {
      throw new ConsoleError('sale.no-esim', 'This sale has no eSIM to look up.');
    }
    const state = await readEsimState(await this.client(), sale.customerUid, sale.iccid);
    const updated =
      state === sale.esimState
        ? sale
        : this.options.journal.record({ type: 'state', saleId, at: this.now().toISOString(), state });
    return toSaleView(updated);
  }

  async showSale(saleId: string): Promise<Handoff> {
    const onScreen = this.desk.handoff();
    if (onScreen && (onScreen.phase === 'activating' || onScreen.phase === 'verifying')) {
      throw new ConsoleError('sale.open', 'Another sale is still being checked on screen; wait for it first.');
    }
    const sale = this.sale(saleId);
    if (sale.status !== 'completed')
      throw new ConsoleError('sale.not-completed', 'Only a sale that went through has an eSIM to show.');
    return this.desk.show(saleId);
  }

  listPrinters() {
    return this.receipts.listPrinters();
  }

  async printReceipt(saleId: string): Promise<void> {
    const printed = this.receipts.print(this.sale(saleId));
    this.desk.refresh(saleId); // shows "printing"
    await printed;
  }

  async saveReceiptPdf(saleId: string): Promise<{ path: string } | null> {
    const path = await this.receipts.savePdf(this.sale(saleId));
    return path ? { path } : null;
  }

  async exportSalesCsv(range: DateRange): Promise<{ path: string } | null> {
    if (range.from > range.to) throw new ConsoleError('export.range', 'The first day comes after the last day.');
    if (!this.options.saveFile) throw new ConsoleError('export.unavailable', 'Saving files is not available here.');
    const sales = findSales(this.options.journal.all(dayRange(range)), range).reverse();
    const name = range.from === range.to ? `esim-sales-${range.from}.csv` : `esim-sales-${range.from}_${range.to}.csv`;
    const path = await this.options.saveFile(name, salesCsv(sales));
    return path ? { path } : null;
  }

  async close(): Promise<void> {
    this.desk.leave();
    this.reconciler.stop();
    this.connectivity.stop();
    await this.backend.close();
  }

  private async activate(request: SaleRequest): Promise<Handoff> {
    this.desk.assertFree();
    if (this.connectivity.current.state === 'offline') {
      throw new ConsoleError(
        'sale.offline',
        'Gigastore cannot be reached, so selling is paused; the console keeps checking and says when it is back.',
      );
    }
    const settings = this.options.settings.read();
    const userIp = settings.storeIp || (settings.mode === 'demo' ? DEMO_USER_IP : '');
    if (!userIp) {
      throw new ConsoleError(
        'settings.store-ip',
        "Enter the store's public IP address in Settings: Gigastore requires it with every sale.",
      );
    }
    const item = this.catalogue.get(request.inventoryItemId) ?? (await this.findItem(request.inventoryItemId));
    const client = await this.client();
    const saleId = newSaleId(settings.counterId);
    this.preview = null; // from here on the sale itself is what the customer sees
    this.desk.open(saleId);
    const sale = await this.ledger.sell(client, {
      saleId,
      counterId: settings.counterId,
      mode: settings.mode,
      item,
      price: request.expectedPrice,
      customerCountry: request.customerCountry,
      ...(request.customerEmail ? { customerEmail: request.customerEmail } : {}),
      language: request.customerLanguage ?? settings.storeLanguage,
      ...(request.activationMode ? { activationMode: request.activationMode } : {}),
      userIp,
    });
    return this.afterAttempt(sale);
  }

  private async retry(): Promise<Handoff> {
    const onScreen = this.desk.handoff();
    if (!onScreen) throw new ConsoleError('sale.none', 'There is no sale on screen to try again.');
    if (this.connectivity.current.state === 'offline') {
      throw new ConsoleError(
        'sale.offline',
        'Gigastore cannot be reached, so selling is paused; the console keeps checking and says when it is back.',
      );
    }
    const sale = await this.ledger.retry(await this.client(), onScreen.saleId);
    return this.afterAttempt(sale);
  }

  private afterAttempt(sale: SaleRecord): Handoff {
    if (sale.status === 'completed') this.desk.follow();
    if (sale.status === 'verifying') void this.reconciler.kick().catch(() => undefined);
    return this.desk.handoff() as Handoff;
  }

  private async reconcile() {
    const client = await this.client();
    const world = await this.backend.demo();
    if (world) this.ledger.retireOrphanedDemoSales(client.baseUrl);
    const outcomes = await this.ledger.reconcile(client);
    if (outcomes.some((outcome) => outcome.outcome === 'completed')) this.desk.follow();
    return outcomes;
  }

  private sale(saleId: string): SaleRecord {
    const sale = this.options.journal.get(saleId);
    if (!sale) throw new ConsoleError('sale.unknown', `There is no sale ${saleId} in the journal.`);
    return sale;
  }

  private async findItem(id: string): Promise<CatalogueItem> {
    await this.listCatalogue();
    const item = this.catalogue.get(id);
    if (!item)
      throw new ConsoleError(
        'sale.unknown-item',
        'This package is no longer in the inventory; pick it again from the catalogue.',
      );
    return item;
  }

  /** The Gigastore client, every call of which keeps the connection state current. */
  private async client(): Promise<GigastoreClient> {
    const client = await this.backend.client();
    let wrapped = this.observedClients.get(client);
    if (!wrapped) {
      wrapped = observed(client, this.connectivity);
      this.observedClients.set(client, wrapped);
    }
    return wrapped;
  }

  private onSaleRecorded(sale: SaleRecord): void {
    const matchingId = sale.activationCode?.split('$')[2];
    if (matchingId) this.options.secret?.(matchingId);
    const lastError = sale.errors.at(-1);
    (sale.status === 'verifying' || sale.status === 'refused' ? this.log.warn : this.log.info)('sale', {
      saleId: sale.saleId,
      status: sale.status,
      esimState: sale.esimState,
      ...(lastError ? { error: lastError.code, message: lastError.message, rawBody: lastError.rawBody } : {}),
    });
    this.emit('sale', toSaleView(sale));
    this.desk.refresh(sale.saleId);
    this.emitOverview();
    this.autoPrint(sale);
  }

  /** Prints the on-screen sale's receipt by itself once it is activated (or installed), as settings say. */
  private autoPrint(sale: SaleRecord): void {
    const { autoPrint } = this.options.settings.read();
    const due =
      autoPrint === 'activated'
        ? sale.status === 'completed'
        : autoPrint === 'installed' && sale.esimState === 'INSTALLED';
    if (!due || !this.options.printer || this.desk.saleId !== sale.saleId || this.autoPrinted.has(sale.saleId)) return;
    this.autoPrinted.add(sale.saleId);
    // A failure is journaled and shown on the handoff with a Print button; nothing more to do here.
    void this.printReceipt(sale.saleId).catch(() => undefined);
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

/** Wraps every call of a client so its outcome updates the connection state. */
function observed(client: GigastoreClient, connectivity: Connectivity): GigastoreClient {
  return Object.fromEntries(
    Object.entries(client).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? (...args: unknown[]) => connectivity.observe(() => value(...args), name !== 'register')
        : value,
    ]),
  ) as unknown as GigastoreClient;
}
