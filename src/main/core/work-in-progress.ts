// What this process is doing to a sale right now, which the journal does not hold: its request on the
// way to Gigastore, its receipt at the printer, its eSIM being followed. It is kept in memory on purpose:
// it ends with the process (a request that was on its way when the app stopped is not on its way after a
// restart, and the journal's 'pending' then reads as "uncertain"). A sale's view is its journal record
// plus this (handoff-view.ts); every change here is announced, so the view on screen is redrawn.
import type { Tracking } from '../../shared/handoff';

/** Work that runs once at a time per sale. */
type Task = 'sending' | 'printing';

export interface SaleWork {
  /** Its request is on its way from this process: a pending sale is then 'activating', not 'verifying'. */
  sending: boolean;
  /** Its receipt is at the printer: another print of it waits. */
  printing: boolean;
  /** How its eSIM is being followed (while the sale is on screen). */
  tracking: Tracking;
}

const NOT_FOLLOWED: Tracking = { status: 'idle' };

export class WorkInProgress {
  private readonly tasks: Record<Task, Set<string>> = { sending: new Set(), printing: new Set() };
  private readonly tracking = new Map<string, Tracking>();
  private readonly listeners = new Set<(saleId: string) => void>();

  of(saleId: string): SaleWork {
    return {
      sending: this.tasks.sending.has(saleId),
      printing: this.tasks.printing.has(saleId),
      tracking: this.tracking.get(saleId) ?? NOT_FOLLOWED,
    };
  }

  has(task: Task, saleId: string): boolean {
    return this.tasks[task].has(saleId);
  }

  begin(task: Task, saleId: string): void {
    this.tasks[task].add(saleId);
    this.changed(saleId);
  }

  end(task: Task, saleId: string): void {
    if (this.tasks[task].delete(saleId)) this.changed(saleId);
  }

  /** How the sale's eSIM is followed now; undefined: it is not (any more). */
  track(saleId: string, tracking: Tracking | undefined): void {
    if (tracking) this.tracking.set(saleId, tracking);
    else if (!this.tracking.delete(saleId)) return;
    this.changed(saleId);
  }

  /** Called with the sale's id after every change of its work. */
  onChange(listener: (saleId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(saleId: string): void {
    this.listeners.forEach((listener) => listener(saleId));
  }
}
