// The sale on the counter's screen: which one it is, and following its eSIM while it is there. The
// desk holds no copy of the sale: its Handoff is derived from the journal on every change.
import type { Handoff } from '../../shared/handoff';
import { isTerminalEsimState } from '../../shared/handoff';
import type { Settings } from '../../shared/settings';
import { ConsoleError } from './errors';
import type { GigastoreClient } from './gigastore/client';
import { handoffFromSale } from './handoff-view';
import type { SaleRecords } from './journal/sale-records';
import type { SalesJournal } from './journal/sales-journal';
import { adaptiveInterval, EsimPoller, type Tracking } from './poller';
import type { SettingsStore } from './settings';

export interface DeskOptions {
  journal: SalesJournal;
  records: SaleRecords;
  isInFlight: (saleId: string) => boolean;
  isPrinting: (saleId: string) => boolean;
  client: () => Promise<GigastoreClient>;
  settings: SettingsStore;
  emit: (handoff: Handoff | null) => void;
  pollIntervalMs?: (followedForMs: number, settings: Settings) => number;
}

/** No single-eSIM endpoint exists: read the customer and pick the eSIM; fall back to an ICCID search. */
export async function readEsimState(client: GigastoreClient, customerUid: string, iccid: string): Promise<string> {
  const details = await client.customer(customerUid);
  const esim =
    details.relatedEsims.find((candidate) => candidate.iccid === iccid) ??
    (await client.searchCustomers({ searchKey: 'ICCID', searchQuery: iccid, searchMode: 'isExact' }))
      .flatMap((customer) => customer.relatedEsims)
      .find((candidate) => candidate.iccid === iccid);
  if (!esim) throw new ConsoleError('esim.missing', `Gigastore does not list the eSIM ${iccid} any more.`);
  return esim.state;
}

export class SaleDesk {
  private screen: { saleId: string; tracking: Tracking } | null = null;
  private poller: EsimPoller | undefined;

  constructor(private readonly options: DeskOptions) {}

  handoff(): Handoff | null {
    if (!this.screen) return null;
    const sale = this.options.journal.get(this.screen.saleId);
    return sale
      ? handoffFromSale(
          sale,
          this.options.isInFlight(sale.saleId),
          this.screen.tracking,
          this.options.isPrinting(sale.saleId),
        )
      : null;
  }

  /** Refuses a new sale while the one on screen is not finished with. */
  assertFree(): void {
    const phase = this.handoff()?.phase;
    if (phase && phase !== 'failed' && phase !== 'not-charged') {
      throw new ConsoleError('sale.open', 'Another sale is on screen; press New sale first.');
    }
  }

  /** Puts a sale on screen; its first journal record will draw it. */
  open(saleId: string): void {
    this.stopFollowing();
    this.screen = { saleId, tracking: { status: 'idle' } };
  }

  show(saleId: string): Handoff {
    this.open(saleId);
    this.options.emit(this.handoff());
    this.follow();
    return this.handoff() as Handoff;
  }

  get saleId(): string | undefined {
    return this.screen?.saleId;
  }

  /** The journal changed `saleId`: redraw it if it is on screen. */
  refresh(saleId: string): void {
    if (this.screen?.saleId === saleId) this.options.emit(this.handoff());
  }

  /** Follows the on-screen eSIM until a terminal state, unless already following it. */
  follow(): void {
    const handoff = this.handoff();
    if (this.poller?.active || !handoff?.esim || !handoff.customerUid || isTerminalEsimState(handoff.esim.state))
      return;
    const { saleId, customerUid, esim } = handoff;
    const settings = () => this.options.settings.read();
    this.poller = new EsimPoller({
      read: async () => readEsimState(await this.options.client(), customerUid, esim.iccid),
      onState: (state) => this.options.records.state(saleId, state),
      onTracking: (tracking) => {
        if (this.screen?.saleId !== saleId) return;
        this.screen.tracking = tracking;
        this.options.emit(this.handoff());
      },
      isTerminal: isTerminalEsimState,
      intervalMs: (followedFor) =>
        this.options.pollIntervalMs?.(followedFor, settings()) ??
        adaptiveInterval(settings().pollIntervalMs, followedFor),
      timeoutMs: settings().followTimeoutMs,
    });
    this.poller.start();
  }

  keepFollowing(): void {
    const handoff = this.handoff();
    if (!handoff?.esim || isTerminalEsimState(handoff.esim.state)) {
      throw new ConsoleError('sale.not-following', 'There is no pending eSIM to follow.');
    }
    this.stopFollowing();
    this.follow();
  }

  leave(): void {
    this.stopFollowing();
    if (!this.screen) return;
    this.screen = null;
    this.options.emit(null);
  }

  private stopFollowing(): void {
    this.poller?.stop();
    this.poller = undefined;
  }
}
