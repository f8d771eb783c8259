import { describe, expect, it } from 'vitest';
import { hashPin, ManagerLock, memoryPinStore, pinMatches, SCRYPT_COST } from '../../src/main/core/manager-pin';
import { demoConsole } from '../support/console';

describe('the manager PIN', () => {
  it('is stored as a salted, slow scrypt hash, never as the PIN', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('2468');
    expect(first.cost).toBe(SCRYPT_COST);
    expect(SCRYPT_COST).toBeGreaterThanOrEqual(2 ** 15);
    expect(await pinMatches('2468', first)).toBe(true);
    expect(await pinMatches('2469', first)).toBe(false);
  });

  it('locks out for a minute after five wrong tries', async () => {
    let now = 1_000_000;
    const lock = new ManagerLock(memoryPinStore(), () => now);
    await lock.setPin('2468');
    lock.lock();
    for (let attempt = 0; attempt < 5; attempt++)
      await expect(lock.unlock('0000')).rejects.toThrow('That PIN is not right.');
    await expect(lock.unlock('2468')).rejects.toThrow('Too many wrong PINs');
    now += 61_000;
    await lock.unlock('2468');
    expect(lock.isUnlocked()).toBe(true);
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
