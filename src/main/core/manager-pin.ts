// The manager PIN: guards what can cost the store money or change how it sells (leaving demo mode,
// credentials, settings, refunds). Stored only as a salted scrypt hash, slow on purpose so that a copied
// file does not give the PIN away by trying every number; five wrong tries lock it for a minute.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { ConsoleError } from './errors';

const PinSchema = z.string().regex(/^\d{4,12}$/, 'A PIN is 4 to 12 digits.');

export const PinRecordSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.string(),
  hash: z.string(),
  cost: z.number().int(),
  blockSize: z.number().int(),
});
export type PinRecord = z.infer<typeof PinRecordSchema>;

export interface PinStore {
  read(): unknown;
  write(record: PinRecord): void;
}

/** About 0.1 s per try on a counter PC; 32 MiB of memory per try makes it costly on GPUs too. */
export const SCRYPT_COST = 2 ** 15;
const BLOCK_SIZE = 8;
const KEY_LENGTH = 32;
const MAX_TRIES = 5;
const LOCKOUT_MS = 60_000;
const UNLOCKED_FOR_MS = 5 * 60_000;

function derive(pin: string, salt: Buffer, cost: number, blockSize: number): Promise<Buffer> {
  const options: ScryptOptions = { N: cost, r: blockSize, p: 1, maxmem: 256 * cost * blockSize };
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string): Promise<PinRecord> {
  const salt = randomBytes(16);
  const hash = await derive(PinSchema.parse(pin), salt, SCRYPT_COST, BLOCK_SIZE);
  return {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    cost: SCRYPT_COST,
    blockSize: BLOCK_SIZE,
  };
}

export async function pinMatches(pin: string, record: PinRecord): Promise<boolean> {
  const expected = Buffer.from(record.hash, 'base64');
  const actual = await derive(pin, Buffer.from(record.salt, 'base64'), record.cost, record.blockSize);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export class ManagerLock {
  private unlockedUntil = 0;
  private failures = 0;
  private lockedOutUntil = 0;

  constructor(
    private readonly store: PinStore,
    private readonly now: () => number = Date.now,
  ) {}

  private record(): PinRecord | undefined {
    const parsed = PinRecordSchema.safeParse(this.store.read());
    return parsed.success ? parsed.data : undefined;
  }

  status(): { pinSet: boolean; unlocked: boolean } {
    return { pinSet: this.record() !== undefined, unlocked: this.isUnlocked() };
  }

  isUnlocked(): boolean {
    return this.now() < this.unlockedUntil;
  }

  /** Sets the PIN: the first time freely, afterwards only with the current PIN. Unlocks for a while. */
  async setPin(next: string, current?: string): Promise<void> {
    const existing = this.record();
    if (existing) await this.check(current ?? '', existing);
    this.store.write(await hashPin(next));
    this.unlockedUntil = this.now() + UNLOCKED_FOR_MS;
  }

  async unlock(pin: string): Promise<void> {
    const record = this.record();
    if (!record) throw new ConsoleError('manager.no-pin', 'No manager PIN is set yet.');
    await this.check(pin, record);
    this.unlockedUntil = this.now() + UNLOCKED_FOR_MS;
  }

  lock(): void {
    this.unlockedUntil = 0;
  }

  /** Refuses unless a manager unlocked the console. Before any PIN exists (first run, demo) nothing is guarded. */
  assertManager(action: string): void {
    if (!this.record() || this.isUnlocked()) return;
    throw new ConsoleError('manager.locked', `A manager must enter the PIN to ${action}.`);
  }

  private async check(pin: string, record: PinRecord): Promise<void> {
    if (this.now() < this.lockedOutUntil) {
      throw new ConsoleError('manager.locked-out', 'Too many wrong PINs: try again in a minute.');
    }
    if (PinSchema.safeParse(pin).success && (await pinMatches(pin, record))) {
      this.failures = 0;
      return;
    }
    this.failures++;
    if (this.failures >= MAX_TRIES) {
      this.failures = 0;
      this.lockedOutUntil = this.now() + LOCKOUT_MS;
    }
    throw new ConsoleError('manager.wrong-pin', 'That PIN is not right.');
  }
}

export function memoryPinStore(): PinStore {
  let record: unknown;
  return {
    read: () => record,
    write: (next) => {
      record = next;
    },
  };
}
