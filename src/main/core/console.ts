// The ConsoleApi implementation: the one object the IPC bridge, the browser-test binding and the unit
// tests all drive. It owns the handoff on screen, starts sales, follows the eSIM, and reports changes as
// events. It never imports electron.
import type { ConsoleApi, ConsoleEventName, ConsoleEvents, Overview, SaleRequest, ScanOutcome } from '../../shared/api';
import { toCatalogueItem, type CatalogueItem } from '../../shared/catalogue';
import { isTerminalEsimState, type Handoff } from '../../shared/handoff';
import type { Settings } from '../../shared/settings';
import { Backend, type ClientTuning, type DemoWorld } from './backend';
import { ConsoleError, toErrorInfo } from './errors';
import { GigastoreError } from './gigastore/errors';
import { activatingHandoff, activeHandoff, withPhase, withState, withTracking } from './handoff-view';
import { EsimPoller } from './poller';
import { newSaleId } from './sale-id';
import type { SettingsStore } from './settings';
import type { CredentialVault } from './vault';

export interface ConsoleOptions {
  settings: SettingsStore;
  vault: CredentialVault;
  startDemo: () => Promise<DemoWorld>;
  clientTuning?: ClientTuning;
  now?: () => Date;
  /** Sentences from start-up for the clerk (a settings file kept aside, credentials unreadable). */
  startupNotices?: readonly string[];
  /** The delay between reads of a pending eSIM; by default the poll interval from settings. */
  pollIntervalMs?: (followedForMs: number, settings: Settings) => number;
}

/** Demo mode has no customer IP either; a documentation address stands in (RFC 5737). */
const DEMO_USER_IP = '192.0.2.10';

type Listener<E extends ConsoleEventName> = (payload: ConsoleEvents[E]) => void;

export class CounterConsole implements ConsoleApi {
  private readonly backend: Backend;
  private readonly now: () => Date;
  private readonly listeners: { [E in ConsoleEventName]: Set<Listener<E>> } = {
    handoff: new Set(),
    overview: new Set(),
  };
  private readonly catalogue = new Map<string, CatalogueItem>();
  private handoff: Handoff | null = null;
  private poller: EsimPoller | undefined;
  private activation: Promise<Handoff> | undefined;
  private connection: Overview['connection'] = { state: 'unknown' };

  constructor(private readonly options: ConsoleOptions) {
    this.backend = new Backend(options.settings, options.vault, options.startDemo, options.clientTuning);
    this.now = options.now ?? (() => new Date());
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
      connection: this.connection,
      credentials: this.options.vault.describe(),
      notices: [...(this.options.startupNotices ?? []), ...this.options.settings.problems],
    };
  }

  async listCatalogue(): Promise<CatalogueItem[]> {
    const items = (await this.gigastore((client) => client.inventory())).map(toCatalogueItem);
    this.catalogue.clear();
    items.forEach((item) => this.catalogue.set(item.id, item));
    return items;
  }

  async currentHandoff(): Promise<Handoff | null> {
    return this.handoff;
  }

  /** Single-flight: a second Activate while one is on its way gets the same sale, not a second request. */
  startSale(request: SaleRequest): Promise<Handoff> {
    this.activation ??= this.activate(request).finally(() => {
      this.activation = undefined;
    });
    return this.activation;
  }

  async leaveHandoff(): Promise<void> {
    if (this.handoff?.phase === 'activating') {
      throw new ConsoleError('sale.activating', 'The activation is still on its way; wait for Gigastore to answer.');
    }
    this.poller?.stop();
    this.poller = undefined;
    this.setHandoff(null);
  }

  async keepFollowing(): Promise<void> {
    const handoff = this.handoff;
    if (!handoff?.esim || isTerminalEsimState(handoff.esim.state)) {
      throw new ConsoleError('sale.not-following', 'There is no pending eSIM to follow.');
    }
    this.follow(handoff);
  }

  async simulateScan(outcome: ScanOutcome): Promise<void> {
    const world = await this.backend.demo();
    if (!world) throw new ConsoleError('demo.only', 'Simulating a scan is only possible in demo mode.');
    const iccid = this.handoff?.esim?.iccid;
    if (!iccid) throw new ConsoleError('sale.no-esim', 'There is no eSIM on screen to scan.');
    world.scan(iccid, outcome);
  }

  async updateSettings(patch: Parameters<ConsoleApi['updateSettings']>[0]): Promise<Settings> {
    const settings = this.options.settings.update(patch);
    this.backend.forgetClient();
    this.emit('overview', await this.getOverview());
    return settings;
  }

  async setMode(mode: Settings['mode']): Promise<Overview> {
    if (this.handoff && this.handoff.phase !== 'failed') {
      throw new ConsoleError('sale.open', 'Finish the sale on screen before switching between demo and live.');
    }
    if (mode === 'live' && !this.options.vault.describe().configured) {
      throw new ConsoleError(
        'settings.no-credentials',
        'Enter the Gigastore client id and secret before switching to live mode.',
      );
    }
    this.options.settings.setMode(mode);
    this.catalogue.clear();
    this.connection = { state: 'unknown' };
    const overview = await this.getOverview();
    this.emit('overview', overview);
    return overview;
  }

  async setCredentials(credentials: Parameters<ConsoleApi['setCredentials']>[0]): Promise<Overview> {
    await this.options.vault.write(credentials);
    this.backend.forgetClient();
    const overview = await this.getOverview();
    this.emit('overview', overview);
    return overview;
  }

  async close(): Promise<void> {
    this.poller?.stop();
    this.poller = undefined;
    await this.backend.close();
  }

  private async activate(request: SaleRequest): Promise<Handoff> {
    if (this.handoff && this.handoff.phase !== 'failed' && this.handoff.phase !== 'not-charged') {
      throw new ConsoleError('sale.open', 'Another sale is on screen; press New sale first.');
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
    const client = await this.backend.client();
    const saleId = newSaleId(settings.counterId);
    let handoff = this.setHandoff(activatingHandoff(saleId, item, request, this.now()));
    try {
      const answer = await this.gigastore(() =>
        client.register(
          {
            inventoryItemId: item.id,
            metatag: saleId,
            userIp,
            userCountry: request.customerCountry,
            expectedPrice: request.expectedPrice,
            ...(request.customerEmail ? { customerEmail: request.customerEmail } : {}),
            ...(request.activationMode ? { activationMode: request.activationMode } : {}),
          },
          saleId,
        ),
      );
      handoff = this.setHandoff(activeHandoff(handoff, answer, this.now()));
      if (!isTerminalEsimState(answer.esimProfile.state)) this.follow(handoff);
    } catch (error) {
      const uncertain = error instanceof GigastoreError && error.outcomeUncertain;
      handoff = this.setHandoff(withPhase(handoff, uncertain ? 'verifying' : 'failed', toErrorInfo(error)));
    }
    return handoff;
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

  private follow(handoff: Handoff): void {
    const { customerUid, esim, saleId } = handoff;
    if (!customerUid || !esim) return;
    this.poller?.stop();
    const poller = new EsimPoller({
      read: () => this.gigastore((client) => this.readEsimState(client, customerUid, esim.iccid)),
      onState: (state) => this.updateHandoff(saleId, (current) => withState(current, state, this.now())),
      onTracking: (tracking) => this.updateHandoff(saleId, (current) => withTracking(current, tracking)),
      isTerminal: isTerminalEsimState,
      intervalMs: (followedFor) =>
        this.options.pollIntervalMs?.(followedFor, this.options.settings.read()) ??
        this.options.settings.read().pollIntervalMs,
      timeoutMs: this.options.settings.read().followTimeoutMs,
    });
    this.poller = poller;
    poller.start();
  }

  /** No single-eSIM endpoint exists: read the customer and pick the eSIM; fall back to an ICCID search. */
  private async readEsimState(
    client: Awaited<ReturnType<Backend['client']>>,
    customerUid: string,
    iccid: string,
  ): Promise<string> {
    const details = await client.customer(customerUid);
    const esim =
      details.relatedEsims.find((candidate) => candidate.iccid === iccid) ??
      (await client.searchCustomers({ searchKey: 'ICCID', searchQuery: iccid, searchMode: 'isExact' }))
        .flatMap((customer) => customer.relatedEsims)
        .find((candidate) => candidate.iccid === iccid);
    if (!esim) throw new ConsoleError('esim.missing', `Gigastore does not list the eSIM ${iccid} any more.`);
    return esim.state;
  }

  /** Runs a Gigastore call and keeps the connection state (online / offline) current from its outcome. */
  private async gigastore<T>(call: (client: Awaited<ReturnType<Backend['client']>>) => Promise<T>): Promise<T> {
    const client = await this.backend.client();
    try {
      const result = await call(client);
      this.setConnection({ state: 'online' });
      return result;
    } catch (error) {
      if (error instanceof GigastoreError && ['unreachable', 'network', 'timeout'].includes(error.kind)) {
        this.setConnection({ state: 'offline', message: error.message });
      } else if (error instanceof GigastoreError) {
        this.setConnection({ state: 'online' });
      }
      throw error;
    }
  }

  private setConnection(connection: Overview['connection']): void {
    if (connection.state === this.connection.state && connection.message === this.connection.message) return;
    this.connection = connection;
    void this.getOverview().then((overview) => this.emit('overview', overview));
  }

  private updateHandoff(saleId: string, change: (handoff: Handoff) => Handoff): void {
    if (this.handoff?.saleId === saleId) this.setHandoff(change(this.handoff));
  }

  private setHandoff<H extends Handoff | null>(handoff: H): H {
    this.handoff = handoff;
    this.emit('handoff', handoff);
    return handoff;
  }

  private emit<E extends ConsoleEventName>(event: E, payload: ConsoleEvents[E]): void {
    for (const listener of this.listeners[event] as Set<Listener<E>>) listener(payload);
  }
}
