// Whether Gigastore can be reached, learnt from every call's outcome (the client tells each one: see
// CallOutcome in gigastore/client.ts) and from GET /gigastore/version (gigastore-online.ts), read on a
// schedule. While it cannot, selling is paused (a sale sent into a dead network would only end uncertain)
// and the version is asked again every few seconds, so the banner goes away by itself when the network is
// back.
import type { ConnectionState } from '../../shared/api';
import type { CallOutcome } from './gigastore/client';
import { GigastoreError } from './gigastore/errors';

interface ConnectionInfo {
  state: ConnectionState;
  message?: string;
}

const NETWORK_KINDS = new Set(['unreachable', 'network', 'timeout']);

/**
 * What a call's outcome says about the network. A repeatable call has already been retried by the client,
 * so its network failure means offline; a call sent once (a sale, never retried) unanswered may just be one
 * slow answer, so only "unreachable" counts for it. Any answer from Gigastore (but a refusal of our own
 * set-up) means online. Anything else says nothing.
 */
function stateAfter({ repeatable, error }: CallOutcome): ConnectionState | undefined {
  if (error === undefined) return 'online';
  if (!(error instanceof GigastoreError)) return undefined;
  if (repeatable ? NETWORK_KINDS.has(error.kind) : error.kind === 'unreachable') return 'offline';
  return error.kind === 'config' ? undefined : 'online';
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

  /** Learns from one call's outcome. */
  learn(outcome: CallOutcome): void {
    const state = stateAfter(outcome);
    if (state === 'offline') this.set({ state, message: (outcome.error as Error).message });
    else if (state === 'online') this.set({ state });
  }

  /** Takes a reading of GET /gigastore/version: Gigastore answering it or not is the state. */
  observe(reading: { state: 'online' | 'offline'; message?: string }): void {
    const { state, message } = reading;
    this.set(state === 'offline' && message !== undefined ? { state, message } : { state });
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
      // The probe tells learn() or observe() how it went.
      void this.probe().catch(() => undefined);
    }, this.probeEveryMs);
  }
}
