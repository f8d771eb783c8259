// The requests that spend the reseller's credit (register, top-up, top-up-with-profile) under the named
// faults: idempotency keys honoured or ignored, and the sale faults that make an outcome uncertain (the
// answer lost after the charge, the charge landing late, an error status after the charge).
import { STATUS_CODES } from 'node:http';
import { answerFor } from './http';
import type { NamedFaultPlan, SaleFault } from './named-faults';
import type { ApiAnswer } from './route';
import { Refusal } from './store';

const MONEY_PATH = /^\/gigastore\/activations\/(register|top-up|top-up-with-profile)$/;

export function isMoneyRequest(method: string, path: string): boolean {
  return method === 'POST' && MONEY_PATH.test(path);
}

/** The connection is destroyed without an answer (whatever happened to the charge). */
export const NO_ANSWER = 'no-answer';
export type MoneyOutcome = ApiAnswer | typeof NO_ANSWER;

/** A key whose first request has not yet produced its answer (a late charge still on its way). */
const PROCESSING = 'processing';

export class MoneyRequests {
  /** Honoured idempotency keys: the answer the first request produced, or that it is still processing. */
  private readonly byKey = new Map<string, ApiAnswer | typeof PROCESSING>();
  /** Charges still to land, each with what lands it. */
  private readonly lateCharges = new Map<NodeJS.Timeout, () => void>();

  constructor(private readonly faults: NamedFaultPlan) {}

  get pendingLateCharges(): number {
    return this.lateCharges.size;
  }

  /**
   * One money request whose bearer token was accepted. `process` does what Gigastore does with it (price
   * guard, credit check, charge) at the moment it is called, and gives the answer it would send.
   */
  handle(idempotencyKey: string | undefined, process: () => ApiAnswer): MoneyOutcome {
    const key = this.faults.modes.idempotency === 'honoured' ? idempotencyKey : undefined;
    const earlier = key === undefined ? undefined : this.byKey.get(key);
    if (earlier === PROCESSING) {
      return answerFor(
        new Refusal(
          409,
          'Conflict',
          `A request with idempotency key ${key} is still being processed; try again later.`,
        ),
      );
    }
    // A replay is answered as the first request was, and is not a new sale: it uses up no sale fault.
    if (earlier) return earlier;

    const fault = this.faults.takeSaleFault();
    if (fault?.name === 'late-charge') {
      this.chargeLater(fault.seconds, key, process);
      return NO_ANSWER;
    }
    const answer = process();
    // What is kept is the sale's own answer, so a replay after a lost or replaced answer gets the 200.
    if (key !== undefined) this.byKey.set(key, answer);
    return fault ? afterCharge(fault) : answer;
  }

  /** Forgets every honoured key (the faults were cleared: Gigastore behaves as normal again). */
  forgetKeys(): void {
    this.byKey.clear();
  }

  /** The simulator closes: a charge not yet landed never lands. */
  dropLateCharges(): void {
    this.lateCharges.forEach((_land, timer) => clearTimeout(timer));
    this.lateCharges.clear();
  }

  /** Lands every pending late charge now (a test decides when "late" is, whatever the machine's load). */
  landLateCharges(): number {
    const pending = [...this.lateCharges.entries()];
    for (const [timer, land] of pending) {
      clearTimeout(timer);
      land();
    }
    return pending.length;
  }

  private chargeLater(seconds: number, key: string | undefined, process: () => ApiAnswer): void {
    if (key !== undefined) this.byKey.set(key, PROCESSING);
    const land = () => {
      this.lateCharges.delete(timer);
      const answer = process();
      // Only while the key still waits for it: a clear in between forgot the key.
      if (key !== undefined && this.byKey.get(key) === PROCESSING) this.byKey.set(key, answer);
    };
    const timer = setTimeout(land, seconds * 1000);
    this.lateCharges.set(timer, land);
  }
}

/** What the client gets instead of the answer of a sale that was charged. */
function afterCharge(fault: Exclude<SaleFault, { name: 'late-charge' }>): MoneyOutcome {
  if (fault.name === 'lost-answer') return NO_ANSWER;
  const title = STATUS_CODES[fault.status] ?? 'Error';
  return answerFor(new Refusal(fault.status, title, `Injected fault: the simulator answers ${fault.status}.`));
}
