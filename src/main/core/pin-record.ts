// The manager PIN as it is kept on disk: a salted scrypt hash, slow on purpose so that a copied file does
// not give the PIN away by trying every number, and beside it the count of wrong tries, so that quitting
// the app does not forget them. The PIN itself is never stored.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

export const PinSchema = z.string().regex(/^\d{4,12}$/, 'A PIN is 4 to 12 digits.');

/** About 0.1 s per try on a counter PC; 32 MiB of memory per try makes it costly on GPUs too. */
const SCRYPT_COST = 2 ** 15;
const BLOCK_SIZE = 8;
const KEY_LENGTH = 32;
/**
 * The costs a record may name: each record carries its own (so a later version can raise it), a power of
 * two never so dear that reading it would exhaust the memory (256 MiB at 2^18). A record is only ever
 * written with SCRYPT_COST; one swapped in by hand is caught by the credentials' seal, whatever its cost.
 */
const ALLOWED_COSTS = [2 ** 10, 2 ** 11, 2 ** 12, 2 ** 13, 2 ** 14, 2 ** 15, 2 ** 16, 2 ** 17, 2 ** 18];

const PinRecordSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
    hash: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    cost: z.number().refine((cost) => ALLOWED_COSTS.includes(cost)),
    blockSize: z.literal(BLOCK_SIZE),
  })
  .strict();
export type PinRecord = z.infer<typeof PinRecordSchema>;

/** What the PIN store holds: the record, and the wrong tries beside it (checked on their own: see pin-tries). */
export const StoredPinSchema = z.object({ record: PinRecordSchema, tries: z.unknown().optional() }).strict();
interface StoredPin {
  record: PinRecord;
  tries: unknown;
}

export interface PinStore {
  read(): unknown;
  write(stored: StoredPin): void;
  clear(): void;
}

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

export function memoryPinStore(): PinStore {
  let stored: unknown;
  return {
    read: () => stored,
    write: (next) => {
      stored = structuredClone(next);
    },
    clear: () => {
      stored = undefined;
    },
  };
}

/** A key-value file (electron-store in the app, conf in tests: the same file), as the PIN store. */
interface PinFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** The PIN lives in the vault's file under one key; each write reaches the disk before it returns. */
export function pinStoreIn(file: PinFile, key = 'managerPin'): PinStore {
  return {
    read: () => file.get(key),
    write: (stored) => file.set(key, stored),
    clear: () => file.delete(key),
  };
}
