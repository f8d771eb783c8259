// Whether Gigastore can be reached, learnt from every call's outcome. While it cannot, selling is paused
// (a sale sent into a dead network would only end uncertain) and a light probe asks again every few
// seconds, so the banner goes away by itself when the network is back.
import type { ConnectionState } from '../../shared/api';
import { GigastoreError } from './gigastore/errors';

export interface ConnectionInfo {
  state: ConnectionState;
  message?: string;
}

const NETWORK_KINDS = new Set(['unreachable', 'network', 'timeout']);

export function isNetworkFailure(error: unknown): boolean {
  return error instanceof GigastoreError && NETWORK_KINDS.has(error.kind);
}

export class Connectivity {
  private info: ConnectionInfo = { state: 'unknown' };
  private probeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly onChange: (info: ConnectionInfo) => void,
    private readonly probeEveryMs = 5_000,
  ) {}

  get current(): ConnectionInfo {
    return this.info;
  }

  /**
   * Runs a Gigastore call and learns from its outcome. A read has already been retried by the client, so
   * its network failure means offline; a single unanswered sale (sent once, never retried) may just be one
   * slow answer, so only "unreachable" counts for it.
   */
  async observe<T>(call: () => Promise<T>, retried = true): Promise<T> {
    try {
      const result = await call();
      this.set({ state: 'online' });
      return result;
    } catch (error) {
      const offline = retried
        ? isNetworkFailure(error)
        : error instanceof GigastoreError && error.kind === 'unreachable';
      if (offline) this.set({ state: 'offline', message: (error as Error).message });
      else if (error instanceof GigastoreError && error.kind !== 'config') this.set({ state: 'online' });
      throw error;
    }
  }

  reset(): void {
    this.set({ state: 'unknown' });
  }

  stop(): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
  }

  private set(info: ConnectionInfo): void {
    if (info.state === 'offline') this.scheduleProbe();
    else this.stop();
    if (info.state === this.info.state && info.message === this.info.message) return;
    this.info = info;
    this.onChange(info);
  }

  private scheduleProbe(): void {
    if (this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      void this.observe(this.probe).catch(() => undefined);
    }, this.probeEveryMs);
  }
}
