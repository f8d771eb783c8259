// Runs reconciliation now (start-up, on demand) and again every few seconds while any sale's outcome is
// still unknown. One run at a time; no timer once nothing is left to check.
import type { ReconcileOutcome } from './ledger';

export class ReconcileLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReconcileOutcome[]> | undefined;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<ReconcileOutcome[]>,
    private readonly hasWork: () => boolean,
    private readonly everyMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Reconciles now (joining a run already under way) and keeps going in the background while needed. */
  kick(): Promise<ReconcileOutcome[]> {
    this.stopped = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running ??= this.run().finally(() => {
      this.running = undefined;
      this.schedule();
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.stopped || this.timer || !this.hasWork()) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.kick().catch(this.onError);
    }, this.everyMs);
  }
}
