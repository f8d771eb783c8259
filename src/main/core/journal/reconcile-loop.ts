// Runs reconciliation now (start-up, on demand) and again in the background while any sale needs it:
// every few seconds while an outcome is unknown, less often while sales are only watched for a late or a
// second charge. One run at a time; no timer once nothing is left to look at. A run that fails is logged
// and counted (the header shows it), and the loop keeps going.
import type { ReconcileOutcome } from './reconciliation';

interface LoopFailures {
  /** Runs that failed since the last one that succeeded. */
  count: number;
  /** The last failure's sentence. */
  message?: string;
  at?: string;
}

export class ReconcileLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReconcileOutcome[]> | undefined;
  private stopped = false;
  private failed: LoopFailures = { count: 0 };

  constructor(
    private readonly run: () => Promise<ReconcileOutcome[]>,
    /** How long until the next background run; undefined: nothing needs one. */
    private readonly nextDelayMs: () => number | undefined,
    /** Told of every failed run, after it is counted. */
    private readonly onFailure: (error: unknown, failures: LoopFailures) => void,
    private readonly now: () => Date = () => new Date(),
    /** Told when a run succeeds after failed ones (the header's count of failures clears). */
    private readonly onRecovered: () => void = () => undefined,
  ) {}

  get failures(): LoopFailures {
    return this.failed;
  }

  /** Reconciles now (joining a run already under way) and keeps going in the background while needed. */
  kick(): Promise<ReconcileOutcome[]> {
    this.stopped = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running ??= this.run()
      .then(
        (outcomes) => {
          const recovered = this.failed.count > 0;
          this.failed = { count: 0 };
          if (recovered) this.onRecovered();
          return outcomes;
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          this.failed = { count: this.failed.count + 1, message, at: this.now().toISOString() };
          this.onFailure(error, this.failed);
          throw error;
        },
      )
      .finally(() => {
        this.running = undefined;
        this.schedule();
      });
    return this.running;
  }

  /** Start-up: looks now when anything needs it (a sale the last run left uncertain, or one still watched). */
  resume(): void {
    if (this.nextDelayMs() !== undefined) this.kick().catch(() => undefined);
  }

  /** Something may need a look (a sale became uncertain or watched): schedule one if none is due. */
  wake(): void {
    if (!this.running) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    const delay = this.stopped || this.timer ? undefined : this.nextDelayMs();
    if (delay === undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // The failure is counted and reported by kick itself.
      this.kick().catch(() => undefined);
    }, delay);
  }
}
