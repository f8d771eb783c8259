// The manager PIN holds against a clerk at the keyboard: tries sent at once are checked one after another
// and stop at the lockout, every try is counted on disk before its hash runs, the count and the lockout
// survive a restart, the lockouts grow, and a count that is missing or damaged locks rather than resets.
// scrypt is the real one, wrapped so the test can count how many hashes ran.
import Conf from 'conf';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scrypt } from 'node:crypto';
import type * as NodeCrypto from 'node:crypto';
import type { Result } from '../../src/shared/api';
import { bindConsole, trustedPages } from '../../src/main/glue/bridge';
import { ManagerLock } from '../../src/main/core/manager-pin';
import { hashPin, pinMatches, pinStoreIn } from '../../src/main/core/pin-record';
import { demoConsole, tempDir } from '../support/console';
import { editJson, openCounterFiles } from '../support/counter-files';
import { keychain } from '../support/keychain';

vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof NodeCrypto>();
  const counted = vi.fn(actual.scrypt);
  return { ...actual, default: { ...actual, scrypt: counted }, scrypt: counted };
});
const hashes = vi.mocked(scrypt);
beforeEach(() => {
  hashes.mockClear();
});

const MINUTE = 60_000;

/** A ManagerLock on vault.json in `dir` (a new conf instance each time: nothing shared in memory). */
function lockOn(dir: string, clock: { now: number }, audit: string[] = []) {
  const file = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'vault', projectName: 'esim-counter' });
  return new ManagerLock(pinStoreIn(file), {
    now: () => clock.now,
    audit: (action, detail) => audit.push(`${action}: ${detail}`),
  });
}

/** A PIN record as the store would hold it, hashed at scrypt's lowest allowed cost. */
async function cheapPinIn(dir: string, pin: string): Promise<void> {
  const { randomBytes, scrypt: realScrypt } = await vi.importActual<typeof NodeCrypto>('node:crypto');
  const salt = randomBytes(16);
  const cost = 2 ** 10;
  const hash = await new Promise<Buffer>((resolve, reject) =>
    realScrypt(pin, salt, 32, { N: cost, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
  const record = {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    cost,
    blockSize: 8,
  };
  const file = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'vault', projectName: 'esim-counter' });
  file.set('managerPin', { record, tries: { failures: 0, lockouts: 0, lockedUntil: 0 } });
}

const triesIn = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as { managerPin: { tries: unknown } }).managerPin.tries;

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'UNLOCKED',
    (error: Error) => error.message,
  );

describe('the manager PIN', () => {
  it('is stored as a salted, slow scrypt hash, never as the PIN', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('2468');
    expect(first.cost).toBeGreaterThanOrEqual(2 ** 15);
    expect(second.cost).toBe(first.cost);
    expect(await pinMatches('2468', first)).toBe(true);
    expect(await pinMatches('2469', first)).toBe(false);
  });

  it('40 tries sent at once through the IPC bridge run at most 5 hashes and end locked out, saying for how long', async () => {
    const dir = tempDir();
    // The console's clock stands still, so the sentence's "try again in" is exact however slow the machine.
    const now = new Date(Date.UTC(2026, 10, 25, 9));
    const { counter, audit } = await openCounterFiles(dir, { keys: keychain(), console: { now: () => now } });
    await counter.updateSettings({ clerks: ['Ana'] });
    await counter.startShift('Ana'); // every failure and lockout is recorded with the clerk on shift
    await counter.setManagerPin({ next: '7391' });
    await counter.lockManager();
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>>();
    const ipc = {
      handle: (channel: string, handler: never) => void handlers.set(channel, handler),
      removeHandler() {},
    };
    bindConsole(ipc as never, counter, trustedPages(['app://counter/index.html']));
    const frame = { senderFrame: { url: 'app://counter/index.html', parent: null } };
    hashes.mockClear();

    // The right PIN is among them (the 21st): it comes after the lockout, so it opens nothing either.
    const pins = Array.from({ length: 40 }, (_, index) => (index === 20 ? '7391' : String(1000 + index)));
    const answers = await Promise.all(pins.map((pin) => handlers.get('console:unlockManager')!(frame, pin)));

    expect(hashes).toHaveBeenCalledTimes(5);
    const sentences = answers.map((answer) => (answer.ok ? 'UNLOCKED' : answer.error.message));
    expect(sentences.slice(0, 4)).toEqual(Array(4).fill('That PIN is not right.'));
    expect(sentences[4]).toBe('That PIN is not right. Too many wrong PINs: the PIN is locked for 1 minute.');
    expect(new Set(sentences.slice(5))).toEqual(
      new Set(['Too many wrong PINs: the PIN is locked for 1 minute; try again in 1 minute.']),
    );
    expect((await counter.getOverview()).manager).toEqual({ pinSet: true, unlocked: false });
    const trail = audit.list().filter((entry) => entry.action.startsWith('manager-') && entry.action !== 'manager-pin');
    expect(trail.map(({ action, clerk, detail }) => `${action} (${clerk}): ${detail}`)).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `manager-pin-failed (Ana): wrong PIN (${n} of 5 before a lockout)`),
      'manager-locked-out (Ana): for 1 minute',
    ]);
  });

  it('locks for 1 minute after five wrong tries, then 5, 15 and 60 minutes, and 60 from then on', async () => {
    const clock = { now: Date.UTC(2026, 10, 25, 9) };
    const audit: string[] = [];
    const dir = tempDir();
    // 30 hashes: the record is written with a low cost (it carries its own), so they take milliseconds.
    await cheapPinIn(dir, '2468');
    const lock = lockOn(dir, clock, audit);
    for (const minutes of [1, 5, 15, 60, 60]) {
      const spoken = `${minutes} minute${minutes === 1 ? '' : 's'}`;
      for (let attempt = 1; attempt <= 4; attempt++)
        await expect(lock.unlock('0000')).rejects.toThrow(/^That PIN is not right\.$/);
      await expect(lock.unlock('0000')).rejects.toThrow(
        `That PIN is not right. Too many wrong PINs: the PIN is locked for ${spoken}.`,
      );
      hashes.mockClear();
      await expect(lock.unlock('2468')).rejects.toThrow(
        `Too many wrong PINs: the PIN is locked for ${spoken}; try again in ${spoken}.`,
      );
      clock.now += minutes * MINUTE - 1000;
      await expect(lock.unlock('2468')).rejects.toThrow(`locked for ${spoken}; try again in 1 second.`);
      expect(hashes).not.toHaveBeenCalled(); // no hash runs during a lockout, not even for the right PIN
      clock.now += 1000;
    }
    expect(audit.filter((line) => line.startsWith('manager-pin-failed'))).toHaveLength(25);
    expect(audit.filter((line) => line.startsWith('manager-locked-out'))).toEqual([
      'manager-locked-out: for 1 minute',
      'manager-locked-out: for 5 minutes',
      'manager-locked-out: for 15 minutes',
      'manager-locked-out: for 60 minutes',
      'manager-locked-out: for 60 minutes',
    ]);

    // The right PIN clears the count and the escalation: the next lockout is a minute again.
    await lock.unlock('2468');
    expect(lock.isUnlocked()).toBe(true);
    for (let attempt = 1; attempt <= 4; attempt++) await expect(lock.unlock('0000')).rejects.toThrow();
    await expect(lock.unlock('0000')).rejects.toThrow('locked for 1 minute.');
  });

  it('keeps the wrong tries and the lockout across a restart (a new lock on the same file)', async () => {
    const dir = tempDir();
    const clock = { now: Date.UTC(2026, 10, 25, 9) };
    const before = lockOn(dir, clock);
    await before.setPin('2468');
    for (let attempt = 1; attempt <= 3; attempt++) await expect(before.unlock('0000')).rejects.toThrow();

    const afterRestart = lockOn(dir, clock);
    expect(triesIn(dir)).toEqual({ failures: 3, lockouts: 0, lockedUntil: 0 });
    await expect(afterRestart.unlock('1111')).rejects.toThrow(/^That PIN is not right\.$/);
    await expect(afterRestart.unlock('1111')).rejects.toThrow('the PIN is locked for 1 minute.');

    const again = lockOn(dir, clock);
    hashes.mockClear();
    expect(await refusal(again.unlock('2468'))).toBe(
      'Too many wrong PINs: the PIN is locked for 1 minute; try again in 1 minute.',
    );
    expect(hashes).not.toHaveBeenCalled();
    clock.now += MINUTE;
    await again.unlock('2468');
    expect(triesIn(dir)).toEqual({ failures: 0, lockouts: 0, lockedUntil: 0 });
  });

  it('counts each try on disk before its hash runs, and takes it back only when the PIN is right', async () => {
    const dir = tempDir();
    const lock = lockOn(dir, { now: Date.UTC(2026, 10, 25, 9) });
    await lock.setPin('2468');
    const seenWhileHashing: unknown[] = [];
    const { scrypt: realScrypt } = await vi.importActual<typeof NodeCrypto>('node:crypto');
    const watching = ((...args: Parameters<typeof realScrypt>) => {
      seenWhileHashing.push(triesIn(dir)); // the app killed now, mid-hash, would leave this on disk
      return (realScrypt as (...values: unknown[]) => void)(...args);
    }) as typeof realScrypt;
    hashes.mockImplementationOnce(watching).mockImplementationOnce(watching);
    await expect(lock.unlock('0000')).rejects.toThrow();
    await lock.unlock('2468');
    expect(seenWhileHashing).toEqual([
      { failures: 1, lockouts: 0, lockedUntil: 0 },
      { failures: 2, lockouts: 0, lockedUntil: 0 },
    ]);
    expect(triesIn(dir)).toEqual({ failures: 0, lockouts: 0, lockedUntil: 0 });
  });

  it('takes a missing or damaged count of wrong tries as the longest lockout, never as zero, and records it', async () => {
    for (const damage of [
      (pin: Record<string, unknown>) => delete pin.tries,
      (pin: Record<string, unknown>) => (pin.tries = { failures: -5, lockouts: 0, lockedUntil: 0 }),
      (pin: Record<string, unknown>) => (pin.tries = 'zero'),
    ]) {
      const dir = tempDir();
      const clock = { now: Date.UTC(2026, 10, 25, 9) };
      const audit: string[] = [];
      await lockOn(dir, clock).setPin('2468');
      editJson(dir, 'vault.json', (json) => damage(json.managerPin as Record<string, unknown>));

      const lock = lockOn(dir, clock, audit);
      expect(await refusal(lock.unlock('2468'))).toBe(
        'Too many wrong PINs: the PIN is locked for 60 minutes; try again in 60 minutes.',
      );
      expect(audit).toEqual(['manager-locked-out: for 60 minutes: the count of wrong tries was missing or damaged']);
      clock.now += 60 * MINUTE;
      await lock.unlock('2468');
    }
  });

  it('guards settings, credentials and the mode once set; changing it needs the current one', async () => {
    const { counter } = await demoConsole();
    await counter.updateSettings({ storeName: 'First run, no PIN yet' });
    await counter.setManagerPin({ next: '2468' });
    await counter.lockManager();
    await expect(counter.updateSettings({ storeName: 'x' })).rejects.toThrow(
      'A manager must enter the PIN to change the settings.',
    );
    await expect(counter.setCredentials({ clientId: 'a', clientSecret: 'b' })).rejects.toThrow(
      'to change the Gigastore credentials',
    );
    await expect(counter.setMode('live')).rejects.toThrow('to switch between demo and live');
    await expect(counter.unlockManager('1357')).rejects.toThrow('That PIN is not right.');
    await expect(counter.setManagerPin({ next: '1111' })).rejects.toThrow('That PIN is not right.');

    expect((await counter.unlockManager('2468')).manager).toEqual({ pinSet: true, unlocked: true });
    await counter.updateSettings({ storeName: 'Unlocked' });
    await counter.setManagerPin({ next: '1111', current: '2468' });
    await counter.lockManager();
    await counter.unlockManager('1111');
  });
});
