// The manager PIN: guards what can cost the store money or change how it sells (leaving demo mode,
// credentials, settings, refunds). It holds against a clerk at the keyboard: tries are checked one at a
// time, each is counted on disk before its hash runs (so neither tries sent at once nor quitting the app in
// the middle of one escape the count), and the lockouts grow (see pin-tries). It also fails closed: a PIN
// record that is missing while there is something to guard, that cannot be read, or that is not the one the
// stored credentials were sealed with, locks every manager action; the way out is a reset that erases the
// credentials, never a new PIN without the old one.
import { ConsoleError } from './errors';
import {
  PinSchema,
  StoredPinSchema,
  hashPin,
  memoryPinStore,
  pinMatches,
  type PinRecord,
  type PinStore,
} from './pin-record';
import {
  NO_TRIES,
  PinTriesSchema,
  TRIES_BEFORE_LOCKOUT,
  afterWrongTry,
  failClosed,
  isLockedOut,
  lockedOutSentence,
  lockoutMs,
  lockoutStartedSentence,
  spoken,
  type PinTries,
} from './pin-tries';

export { memoryPinStore } from './pin-record';
export type { PinStore } from './pin-record';

const UNLOCKED_FOR_MS = 5 * 60_000;

const MISSING =
  'The manager PIN is missing although Gigastore credentials or live mode are set up, so every manager action is locked; reset the PIN in Settings (this erases the stored Gigastore credentials).';
const UNREADABLE =
  'The manager PIN record cannot be read (it was changed outside the console), so every manager action is locked; reset the PIN in Settings (this erases the stored Gigastore credentials).';
const NOT_SEALED =
  'The manager PIN record is not the one the Gigastore credentials were stored with (it was changed outside the console), so every manager action is locked; reset the PIN in Settings (this erases the stored Gigastore credentials).';

type PinState =
  { kind: 'none' } | { kind: 'broken'; problem: string } | { kind: 'set'; record: PinRecord; tries: PinTries };

interface ManagerLockOptions {
  now?: () => number;
  /** Records a wrong try or a lockout (the audit trail, with the clerk on shift). */
  audit?: (action: 'manager-pin-failed' | 'manager-locked-out', detail: string) => void;
  /** Whether there is something a missing PIN would leave open (stored credentials, live mode asked for). */
  required?: () => boolean;
  /** The hash of the PIN record the stored credentials were sealed with, while there are credentials. */
  sealedPinHash?: () => string | undefined;
}

export class ManagerLock {
  private unlockedUntil = 0;
  /** Every check waits for the one before it: a second try starts after the first one is counted and done. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(
    private readonly store: PinStore = memoryPinStore(),
    private readonly options: ManagerLockOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  status(): { pinSet: boolean; unlocked: boolean; problem?: string } {
    const state = this.state();
    if (state.kind === 'broken') return { pinSet: true, unlocked: false, problem: state.problem };
    return { pinSet: state.kind === 'set', unlocked: state.kind === 'set' && this.isUnlocked() };
  }

  isUnlocked(): boolean {
    return this.now() < this.unlockedUntil;
  }

  /** The record's hash, for sealing the credentials to it; undefined while no usable PIN is set. */
  recordHash(): string | undefined {
    const state = this.state();
    return state.kind === 'set' ? state.record.hash : undefined;
  }

  /**
   * Sets the PIN: the first time freely, afterwards only with the current PIN (a broken record: never, see
   * reset). `beforeWrite` runs first with the new record (the credentials are sealed to it). Unlocks for a while.
   */
  setPin(next: string, current?: string, beforeWrite?: (record: PinRecord) => Promise<void>): Promise<void> {
    return this.oneAtATime(async () => {
      const state = this.usableState();
      if (state.kind === 'set') await this.check(current ?? '', state);
      const record = await hashPin(next);
      await beforeWrite?.(record);
      this.store.write({ record, tries: NO_TRIES });
      this.unlockedUntil = this.now() + UNLOCKED_FOR_MS;
    });
  }

  unlock(pin: string): Promise<void> {
    return this.oneAtATime(async () => {
      const state = this.usableState();
      if (state.kind === 'none') throw new ConsoleError('manager.no-pin', 'No manager PIN is set yet.');
      await this.check(pin, state);
      this.unlockedUntil = this.now() + UNLOCKED_FOR_MS;
    });
  }

  lock(): void {
    this.unlockedUntil = 0;
  }

  /** Forgets the PIN and its tries (the caller erased what it guarded first); waits for a check in progress. */
  reset(): Promise<void> {
    return this.oneAtATime(async () => {
      this.store.clear();
      this.unlockedUntil = 0;
    });
  }

  /** Refuses unless a manager unlocked the console. Before any PIN exists (first run, demo) nothing is guarded. */
  assertManager(action: string): void {
    const state = this.state();
    if (state.kind === 'broken') throw new ConsoleError('manager.pin-broken', state.problem);
    if (state.kind === 'none' || this.isUnlocked()) return;
    throw new ConsoleError('manager.locked', `A manager must enter the PIN to ${action}.`);
  }

  private usableState(): Exclude<PinState, { kind: 'broken' }> {
    const state = this.state();
    if (state.kind === 'broken') throw new ConsoleError('manager.pin-broken', state.problem);
    return state;
  }

  /** What the store holds now, read afresh each time: an edit made while the app runs counts at once. */
  private state(): PinState {
    const stored = this.store.read();
    if (stored === undefined) {
      return this.options.required?.() ? { kind: 'broken', problem: MISSING } : { kind: 'none' };
    }
    const parsed = StoredPinSchema.safeParse(stored);
    if (!parsed.success) return { kind: 'broken', problem: UNREADABLE };
    const { record } = parsed.data;
    const sealed = this.options.sealedPinHash?.();
    if (sealed !== undefined && sealed !== record.hash) return { kind: 'broken', problem: NOT_SEALED };
    const tries = PinTriesSchema.safeParse(parsed.data.tries);
    if (tries.success) return { kind: 'set', record, tries: tries.data };
    // Never zero: the longest lockout, written down so that it ends an hour from now and not later.
    const closed = failClosed(this.now());
    this.store.write({ record, tries: closed });
    this.options.audit?.(
      'manager-locked-out',
      `for ${spoken(lockoutMs(closed.lockouts))}: the count of wrong tries was missing or damaged`,
    );
    return { kind: 'set', record, tries: closed };
  }

  /**
   * One try. The wrong-try count goes to the store before the hash runs, and is taken back only when the
   * PIN is right; during a lockout no hash runs at all.
   */
  private async check(pin: string, { record, tries }: { record: PinRecord; tries: PinTries }): Promise<void> {
    const now = this.now();
    if (isLockedOut(tries, now)) throw new ConsoleError('manager.locked-out', lockedOutSentence(tries, now));
    const counted = afterWrongTry(tries, now);
    this.store.write({ record, tries: counted });
    if (PinSchema.safeParse(pin).success && (await pinMatches(pin, record))) {
      this.store.write({ record, tries: NO_TRIES });
      return;
    }
    this.options.audit?.(
      'manager-pin-failed',
      `wrong PIN (${tries.failures + 1} of ${TRIES_BEFORE_LOCKOUT} before a lockout)`,
    );
    if (isLockedOut(counted, now)) {
      this.options.audit?.('manager-locked-out', `for ${spoken(lockoutMs(counted.lockouts))}`);
      throw new ConsoleError('manager.locked-out', lockoutStartedSentence(counted));
    }
    throw new ConsoleError('manager.wrong-pin', 'That PIN is not right.');
  }

  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
