// The Handoff: one sale as the counter sees it, from the Activate key to the customer's installed eSIM.
// main computes it from the sale's journal record and pushes every change; the renderer only draws it.
import type { CatalogueItem } from './catalogue';
import type { ActivationMode } from './gigastore';
import type { ManualEntry } from './lpa';
import type { SaleKind } from './sale';

/**
 * activating  the register request is on its way (the journal already holds the sale)
 * active      Gigastore confirmed the sale; the eSIM is followed until INSTALLED or ERROR
 * verifying   the outcome is uncertain (time-out, reset, 5xx, crash): reconciling, never re-sent blindly
 * failed      Gigastore refused the sale with an answer: nothing was charged
 * not-charged reconciliation proved the sale absent: nothing was charged, retry keeps the same sale id
 */
export type SalePhase = 'activating' | 'active' | 'verifying' | 'failed' | 'not-charged';

/** How the eSIM state is being followed: live, backing off after errors, stopped, or timed out. */
export type TrackingStatus = 'idle' | 'live' | 'retrying' | 'stopped' | 'timed-out';

export interface Tracking {
  status: TrackingStatus;
  lastCheckedAt?: string;
  retryInMs?: number;
  message?: string;
}

export interface ErrorInfo {
  code: string;
  message: string;
}

export interface HandoffEsim {
  iccid: string;
  activationCode: string;
  /** Null when the activation code could not be split (the QR still carries it as sent). */
  manual: ManualEntry | null;
  state: string;
  stateSince: string;
}

/**
 * A plain type, not a schema: main computes it (core/handoff-view.ts) from the journal and pushes it to a
 * renderer, which trusts main; nothing outside the process hands one in.
 */
export interface Handoff {
  saleId: string;
  /** A first sale, a top-up (no new eSIM: its handoff has no QR), or a second eSIM. */
  kind: SaleKind;
  startedAt: string;
  item: CatalogueItem;
  customerCountry: string;
  customerEmail?: string;
  /** The customer's language (receipt and customer display). */
  customerLanguage?: string;
  activationMode?: ActivationMode;
  phase: SalePhase;
  customerUid?: string;
  activatedItemUid?: string;
  esim?: HandoffEsim;
  stateHistory: Array<{ state: string; at: string }>;
  tracking: Tracking;
  error?: ErrorInfo;
  /** The receipt: not yet printed, printing, printed, saved as PDF, or the last print failed (with why). */
  receipt: { status: 'none' | 'printing' | 'printed' | 'failed' | 'pdf'; message?: string };
}

/** States after which nothing more will happen without the customer or support acting. */
export function isTerminalEsimState(state: string): boolean {
  return state === 'INSTALLED' || state === 'ERROR';
}

/** One sentence of guidance per state (an i18n key under `state.`), unknown states included. */
export function guidanceKey(state: string): string {
  switch (state) {
    case 'RELEASED':
    case 'INSTALLED':
    case 'DISABLED':
    case 'ERROR':
      return `state.${state}.guidance`;
    default:
      return 'state.OTHER.guidance';
  }
}
