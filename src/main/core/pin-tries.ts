// Wrong PIN tries and the lockouts they lead to. Five wrong tries lock the PIN for a minute, the next five
// for 5 minutes, then 15, then an hour (and an hour from then on), until the right PIN is entered. The count
// lives beside the PIN record; a count that is missing or damaged is never taken as zero (anyone who can edit
// the file could otherwise wipe it): it is taken as the longest lockout, starting when it was found.
import { z } from 'zod';

export const TRIES_BEFORE_LOCKOUT = 5;
const MINUTE = 60_000;
/** The lockout after the first, second, third and every further five wrong tries. */
const LOCKOUT_STEPS_MS = [1 * MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE] as const;
const LONGEST_LOCKOUT_MS = LOCKOUT_STEPS_MS[LOCKOUT_STEPS_MS.length - 1]!;

export const PinTriesSchema = z
  .object({
    /** Wrong tries since the last lockout began (or since the right PIN). */
    failures: z
      .number()
      .int()
      .min(0)
      .max(TRIES_BEFORE_LOCKOUT - 1),
    /** Lockouts in a row: how long the next one lasts. */
    lockouts: z.number().int().min(0),
    /** Epoch milliseconds; 0 when not locked out. */
    lockedUntil: z.number().int().min(0),
  })
  .strict();
export type PinTries = z.infer<typeof PinTriesSchema>;

export const NO_TRIES: PinTries = { failures: 0, lockouts: 0, lockedUntil: 0 };

export function lockoutMs(lockouts: number): number {
  return LOCKOUT_STEPS_MS[Math.min(lockouts, LOCKOUT_STEPS_MS.length) - 1] ?? LOCKOUT_STEPS_MS[0];
}

/** The tries after one more wrong one: the fifth starts a lockout as long as the step reached. */
export function afterWrongTry(tries: PinTries, now: number): PinTries {
  const failures = tries.failures + 1;
  if (failures < TRIES_BEFORE_LOCKOUT) return { ...tries, failures };
  const lockouts = tries.lockouts + 1;
  return { failures: 0, lockouts, lockedUntil: now + lockoutMs(lockouts) };
}

/** What a missing or damaged count stands for: the longest lockout, from now. */
export function failClosed(now: number): PinTries {
  return { failures: 0, lockouts: LOCKOUT_STEPS_MS.length, lockedUntil: now + LONGEST_LOCKOUT_MS };
}

export const isLockedOut = (tries: PinTries, now: number) => now < tries.lockedUntil;

/** "1 minute", "5 minutes", "40 seconds": rounded up, so the clerk never comes back too early. */
export function spoken(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The sentence for a try refused during a lockout: how long it lasts and how long is left. */
export function lockedOutSentence(tries: PinTries, now: number): string {
  return `Too many wrong PINs: the PIN is locked for ${spoken(lockoutMs(tries.lockouts))}; try again in ${spoken(tries.lockedUntil - now)}.`;
}

/** The sentence for the wrong try that starts a lockout. */
export function lockoutStartedSentence(tries: PinTries): string {
  return `That PIN is not right. Too many wrong PINs: the PIN is locked for ${spoken(lockoutMs(tries.lockouts))}.`;
}
