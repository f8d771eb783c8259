// "Online means Gigastore answers": the header's Online/Offline from GET /gigastore/version, which needs no
// credentials, so it holds in demo and live mode alike, before any credentials are entered, and costs
// Gigastore nothing. The same answer names the API version for Settings' "Test". GigastoreOnline asks on a
// schedule (often while offline, rarely while online) and reports each change; wiring it into the console
// replaces the inventory probe of connectivity.ts.
import type { ConnectionState } from '../../shared/api';
import { GigastoreError } from './gigastore/errors';

export interface OnlineReading {
  state: Exclude<ConnectionState, 'unknown'>;
  /** The API version Gigastore names, when its answer could be read. */
  apiVersion?: string;
  /** Why offline, or why the version is not known although Gigastore answered. */
  message?: string;
  checkedAt: string;
}

const NO_CONNECTION_KINDS = new Set(['unreachable', 'network', 'timeout', 'config']);
/** A gateway's answers when Gigastore behind it is not answering. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/** Whether a failed version read means Gigastore cannot be reached (offline) or only that it said no. */
function offline(error: unknown): boolean {
  if (!(error instanceof GigastoreError)) return true;
  return NO_CONNECTION_KINDS.has(error.kind) || (error.kind === 'http' && GATEWAY_STATUSES.has(error.status ?? 0));
}

/** One probe: online with the API version, online without it (an answer in another form), or offline. */
export async function probeGigastore(version: () => Promise<string>, now = () => new Date()): Promise<OnlineReading> {
  try {
    const apiVersion = await version();
    return { state: 'online', apiVersion, checkedAt: now().toISOString() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { state: offline(error) ? 'offline' : 'online', message, checkedAt: now().toISOString() };
  }
}

export interface GigastoreOnlineOptions {
  /** GigastoreClient.version of the client in use (demo or live). */
  version: () => Promise<string>;
  /** Called with each reading whose state, version or message differs from the last. */
  onChange: (reading: OnlineReading) => void;
  onlineEveryMs?: number;
  offlineEveryMs?: number;
  now?: () => Date;
}

export class GigastoreOnline {
  private reading: OnlineReading | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly options: GigastoreOnlineOptions) {}

  /** The last reading, if any probe has finished. */
  get current(): OnlineReading | undefined {
    return this.reading;
  }

  /** Probes now, then on the schedule, until stop(). */
  start(): void {
    if (this.running) return;
    this.running = true;
    void this.checkNow();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One probe now (Settings' "Test" too); the schedule continues from it. */
  async checkNow(): Promise<OnlineReading> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const reading = await probeGigastore(this.options.version, this.options.now);
    const last = this.reading;
    this.reading = reading;
    if (last?.state !== reading.state || last.apiVersion !== reading.apiVersion || last.message !== reading.message) {
      this.options.onChange(reading);
    }
    if (this.running) {
      const every =
        reading.state === 'online' ? (this.options.onlineEveryMs ?? 60_000) : (this.options.offlineEveryMs ?? 5_000);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.checkNow(), every);
    }
    return reading;
  }
}
