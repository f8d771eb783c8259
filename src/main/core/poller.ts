// Follows one eSIM's state while its handoff is on screen: reads it on a schedule, reports each change,
// backs off while reads fail (honouring Retry-After, at most `maxBackoffMs` apart), and stops at a
// terminal state, on stop(), or after the follow time-out. One timer at a time; none once stopped.
import type { Tracking, TrackingStatus } from '../../shared/handoff';
import { GigastoreError } from './gigastore/errors';

interface PollerOptions {
  /** Reads the current state. */
  read: () => Promise<string>;
  onState: (state: string) => void;
  onTracking: (tracking: Tracking) => void;
  isTerminal: (state: string) => boolean;
  /** Delay before the next read, given how long the eSIM has been followed. */
  intervalMs: (followedForMs: number) => number;
  timeoutMs: number;
  maxBackoffMs?: number;
  now?: () => number;
}

export class EsimPoller {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private startedAt = 0;
  private failures = 0;
  private lastCheckedAt: string | undefined;
  private readonly now: () => number;

  constructor(private readonly options: PollerOptions) {
    this.now = options.now ?? Date.now;
  }

  get active(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.startedAt = this.now();
    this.failures = 0;
    this.options.onTracking({ status: 'live' });
    this.schedule(this.options.intervalMs(0));
  }

  stop(status: TrackingStatus = 'stopped'): void {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.options.onTracking(this.tracking(status));
  }

  private schedule(delayMs: number): void {
    const remaining = this.options.timeoutMs - (this.now() - this.startedAt);
    if (remaining <= 0) return this.stop('timed-out');
    this.timer = setTimeout(() => void this.tick(), Math.min(delayMs, remaining));
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    const readAt = this.now();
    if (readAt - this.startedAt >= this.options.timeoutMs) return this.stop('timed-out');
    let state: string;
    try {
      state = await this.options.read();
    } catch (error) {
      if (!this.running) return;
      this.failures++;
      const backoff = Math.min(
        this.options.maxBackoffMs ?? 30_000,
        this.options.intervalMs(this.now() - this.startedAt) * 2 ** this.failures,
      );
      const retryInMs =
        error instanceof GigastoreError && error.retryAfterMs !== undefined ? error.retryAfterMs : backoff;
      const message = error instanceof Error ? error.message : String(error);
      this.options.onTracking({ ...this.tracking('retrying'), retryInMs, message });
      return this.schedule(retryInMs);
    }
    if (!this.running) return;
    this.lastCheckedAt = new Date(this.now()).toISOString();
    const recovered = this.failures > 0;
    this.failures = 0;
    this.options.onState(state);
    if (this.options.isTerminal(state)) return this.stop('stopped');
    if (recovered) this.options.onTracking(this.tracking('live'));
    // Reads start one interval apart, however long each took: an install waits at most one interval to be
    // seen, and no minute holds more reads than the interval allows.
    const interval = this.options.intervalMs(readAt - this.startedAt);
    this.schedule(Math.max(0, readAt + interval - this.now()));
  }

  private tracking(status: TrackingStatus): Tracking {
    return { status, ...(this.lastCheckedAt ? { lastCheckedAt: this.lastCheckedAt } : {}) };
  }
}

/**
 * How late a read may reach Gigastore compared with the one 30 reads before it (the network, a busy
 * moment of the console): measured where Gigastore counts, reads exactly one interval apart would put the
 * 31st inside the first one's minute. The interval is stretched by this much per minute, 8 ms a read at 2 s.
 */
export const DELIVERY_JITTER_ALLOWANCE_MS = 250;

const stretchedForJitter = (baseMs: number) => (baseMs * (60_000 + DELIVERY_JITTER_ALLOWANCE_MS)) / 60_000;

/**
 * How often to read a pending eSIM, by how long it has been followed. Customers scan at any moment in the
 * first minutes (some at once, some after reading the steps, some after a question), so for the first 3
 * minutes every read is one set interval after the last (stretched by the delivery jitter allowance): that
 * is the most the rate allows (at the default 2 s, 30 reads in any minute, counted where Gigastore counts
 * them) and, evenly spread, the shortest wait for an install whenever it happens.
 * Then less often as the chance of an install fades: twice the interval up to 10 minutes, then five times,
 * never rarer than every 30 s (stretched alike). A webhook would be better still, but a counter behind the
 * store's NAT cannot receive one.
 */
export function adaptiveInterval(baseMs: number, followedForMs: number): number {
  if (followedForMs < 3 * 60_000) return stretchedForJitter(baseMs);
  if (followedForMs < 10 * 60_000) return stretchedForJitter(Math.min(30_000, baseMs * 2));
  return stretchedForJitter(Math.min(30_000, baseMs * 5));
}
