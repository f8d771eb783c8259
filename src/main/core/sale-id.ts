// Sale ids (sent to Gigastore as `metatag` and as the idempotency key): the counter id and a ULID, so ids
// sort by time across every counter of a chain and never repeat. Monotonic within one millisecond.
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(time: number): string {
  let out = '';
  for (let index = 0; index < 10; index++) {
    out = CROCKFORD[time % 32] + out;
    time = Math.floor(time / 32);
  }
  return out;
}

function nextRandom(time: number): number[] {
  if (time === lastTime) {
    // Same millisecond: increment the previous random part so ids still sort in creation order.
    const next = [...lastRandom];
    for (let index = next.length - 1; index >= 0; index--) {
      if ((next[index] as number) < 31) {
        next[index] = (next[index] as number) + 1;
        break;
      }
      next[index] = 0;
    }
    return next;
  }
  return [...randomBytes(16)].map((byte) => byte % 32);
}

function ulid(now = Date.now()): string {
  const random = nextRandom(now);
  lastTime = now;
  lastRandom = random;
  return encodeTime(now) + random.map((digit) => CROCKFORD[digit]).join('');
}

export function newSaleId(counterId: string, now = Date.now()): string {
  return `${counterId}-${ulid(now)}`;
}

/** The time a sale id was made (epoch ms), or NaN when it does not end in a ULID. */
export function saleIdTime(saleId: string): number {
  const time = saleId.slice(-26, -16);
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(time) || saleId.length < 27) return Number.NaN;
  return [...time].reduce((sum, char) => sum * 32 + CROCKFORD.indexOf(char), 0);
}

/** A sale id as newSaleId makes it: a counter id (1 to 16 letters, digits or "-"), "-", and a ULID. */
const SALE_ID = /^([A-Za-z0-9-]{1,16})-([0-9A-HJKMNP-TV-Z]{26})$/;

/** The counter whose sale this id is ("VIE3-1" for "VIE3-1-01J..."), or undefined for any other text. */
export function counterOfSaleId(saleId: string): string | undefined {
  return SALE_ID.exec(saleId)?.[1];
}
