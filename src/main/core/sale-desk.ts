// The sale on screen: which one it is, its eSIM followed until it is installed, and its view pushed to
// the windows. The desk keeps no copy of the sale: the view is the projection (handoff-view.ts) of the
// journal's record and the work in progress, recomputed whenever either changes, and pushed only when it
// differs from the last one pushed. A sale's answer is that same projection.
import type { ConsoleApi } from '../../shared/api';
import type { Handoff } from '../../shared/handoff';
import { isTerminalEsimState } from '../../shared/handoff';
import type { SaleRecord } from '../../shared/sale';
import type { ConsoleOptions } from './console/options';
import type { ConsoleStream } from './console/stream';
import { ConsoleError } from './errors';
import type { GigastoreClient } from './gigastore/client';
import { readEsimState } from './gigastore/esim-state';
import { handoffOf } from './handoff-view';
import type { SaleRecords } from './journal/sale-records';
import type { SalesJournal } from './journal/sales-journal';
import { adaptiveInterval, EsimPoller } from './poller';
import type { SettingsStore } from './settings';
import type { WorkInProgress } from './work-in-progress';

interface DeskParts {
  journal: SalesJournal;
  work: WorkInProgress;
  /** Where a read eSIM state is recorded. */
  records: Pick<SaleRecords, 'state'>;
  client: () => Promise<GigastoreClient>;
  settings: SettingsStore;
  /** Where the view goes: to every window. */
  stream: Pick<ConsoleStream, 'emit'>;
  options: Pick<ConsoleOptions, 'pollIntervalMs'>;
}

export class SaleDesk implements Pick<ConsoleApi, 'currentHandoff' | 'keepFollowing' | 'leaveHandoff'> {
  private onScreen: string | undefined;
  private poller: EsimPoller | undefined;
  /** The last view pushed, as JSON: an unchanged view is not pushed again. */
  private pushed = 'null';
  private closed = false;
  private readonly unsubscribe: Array<() => void>;

  constructor(private readonly parts: DeskParts) {
    this.unsubscribe = [
      parts.journal.onRecord((sale) => this.recorded(sale)),
      parts.work.onChange((saleId) => {
        if (saleId === this.onScreen) this.redraw();
      }),
    ];
  }

  /** The view of the sale on screen, or null. */
  handoff(): Handoff | null {
    const sale = this.onScreen === undefined ? undefined : this.parts.journal.get(this.onScreen);
    return sale ? handoffOf(sale, this.parts.work.of(sale.saleId)) : null;
  }

  get saleId(): string | undefined {
    return this.onScreen;
  }

  async currentHandoff(): Promise<Handoff | null> {
    return this.handoff();
  }

  async keepFollowing(): Promise<void> {
    const handoff = this.handoff();
    if (!handoff?.esim || isTerminalEsimState(handoff.esim.state)) {
      throw new ConsoleError('sale.not-following', 'There is no pending eSIM to follow.');
    }
    this.stopFollowing();
    this.follow();
  }

  async leaveHandoff(): Promise<void> {
    if (this.handoff()?.phase === 'activating') {
      throw new ConsoleError('sale.activating', 'The activation is still on its way; wait for Gigastore to answer.');
    }
    this.leave();
  }

  /** Refuses what cannot happen while the sale on screen is not finished with. */
  assertFree(refusal = 'Another sale is on screen; press New sale first.'): void {
    const phase = this.handoff()?.phase;
    if (phase && phase !== 'failed' && phase !== 'not-charged') throw new ConsoleError('sale.open', refusal);
  }

  /** Puts a sale on screen; its first journal record draws it. */
  open(saleId: string): void {
    this.stopFollowing();
    const previous = this.onScreen;
    this.onScreen = saleId;
    if (previous !== undefined) this.parts.work.track(previous, undefined);
    this.parts.work.track(saleId, undefined);
  }

  /** Puts a sale already in the journal on screen, and follows its eSIM. */
  show(saleId: string): Handoff {
    this.open(saleId);
    this.redraw();
    this.follow();
    return this.handoff() as Handoff;
  }

  /** Follows the on-screen eSIM until a terminal state, unless already following it. */
  follow(): void {
    const handoff = this.handoff();
    if (this.poller?.active || !handoff?.esim || !handoff.customerUid || isTerminalEsimState(handoff.esim.state))
      return;
    const { saleId, customerUid, esim } = handoff;
    const settings = () => this.parts.settings.read();
    this.poller = new EsimPoller({
      read: async () => readEsimState(await this.parts.client(), customerUid, esim.iccid),
      onState: (state) => this.parts.records.state(saleId, state),
      onTracking: (tracking) => {
        if (this.onScreen === saleId) this.parts.work.track(saleId, tracking);
      },
      isTerminal: isTerminalEsimState,
      intervalMs: (followedFor) =>
        this.parts.options.pollIntervalMs?.(followedFor, settings()) ??
        adaptiveInterval(settings().pollIntervalMs, followedFor),
      timeoutMs: settings().followTimeoutMs,
    });
    this.poller.start();
  }

  leave(): void {
    this.stopFollowing();
    const leaving = this.onScreen;
    if (leaving === undefined) return;
    this.onScreen = undefined;
    this.parts.work.track(leaving, undefined);
    this.redraw();
  }

  /** Leaves the screen and stops listening: nothing is pushed any more. */
  close(): void {
    this.leave();
    this.closed = true;
    this.unsubscribe.forEach((stop) => stop());
  }

  /**
   * Who waits on what: an answer is waited on by the clerk and the customer, so its view goes out at once;
   * a sale just begun (or sent again) is waited on by its own request, so the request leaves first and the
   * screen says "activating" a moment later (setImmediate runs after this turn's I/O).
   */
  private recorded(sale: SaleRecord): void {
    if (sale.saleId !== this.onScreen) return;
    if (sale.status !== 'pending') {
      // An answer with an eSIM is followed before its view goes out, so the windows get one view (QR and
      // "following" together), not two in a row while they draw the QR.
      if (sale.status === 'completed' && this.poller === undefined) this.follow();
      return this.redraw();
    }
    setImmediate(() => {
      if (sale.saleId === this.onScreen) this.redraw();
    });
  }

  private redraw(): void {
    if (this.closed) return;
    const handoff = this.handoff();
    // A sale just put on screen has no record yet: the screen keeps what it shows until the first one.
    if (!handoff && this.onScreen !== undefined) return;
    const json = JSON.stringify(handoff);
    if (json === this.pushed) return;
    this.pushed = json;
    this.parts.stream.emit('handoff', handoff);
  }

  private stopFollowing(): void {
    this.poller?.stop();
    this.poller = undefined;
  }
}
