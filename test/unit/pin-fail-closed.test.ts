// The PIN guards more than the screens: a vault.json edited by hand (the PIN record made unreadable,
// swapped for one whose PIN the clerk knows, or deleted) opens nothing; every guarded action is refused
// with a sentence that says what to do, and the only way out is the reset, which erases the credentials.
// Real files in a temp data folder, wired as the app wires them; the console is restarted after each edit.
import { describe, expect, it } from 'vitest';
import type { CounterConsole } from '../../src/main/core/console';
import { hashPin } from '../../src/main/core/pin-record';
import { tempDir } from '../support/console';
import { editJson, openCounterFiles } from '../support/counter-files';
import { keychain } from '../support/keychain';

const CREDENTIALS = { clientId: 'store-client-42', clientSecret: 'Sealed-Secret-9d1' };

/** A counter with a PIN and credentials sealed to it, closed; its vault.json edited; opened again (locked). */
async function lockedCounterWith(edit: (vault: Record<string, unknown>) => Promise<void> | void) {
  const dataDir = tempDir();
  const keys = keychain();
  const first = await openCounterFiles(dataDir, { keys });
  await first.counter.setManagerPin({ next: '7391' });
  await first.counter.setCredentials(CREDENTIALS);
  await first.close();
  const vault: Record<string, unknown> = {};
  editJson(dataDir, 'vault.json', (json) => Object.assign(vault, json));
  await edit(vault);
  editJson(dataDir, 'vault.json', (json) => {
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, vault);
  });
  return { dataDir, keys, ...(await openCounterFiles(dataDir, { keys })) };
}

/** Every manager action, and what each answered. */
async function everyGuardedAction(counter: CounterConsole): Promise<Record<string, string>> {
  const outcome = (call: Promise<unknown>) =>
    call.then(
      () => 'ALLOWED',
      (error: Error) => error.message,
    );
  return {
    unlock: await outcome(counter.unlockManager('7391')),
    settings: await outcome(counter.updateSettings({ storeName: 'Hijacked' })),
    liveAddress: await outcome(counter.updateSettings({ liveBaseUrl: 'https://attacker.example' })),
    credentials: await outcome(counter.setCredentials({ clientId: 'x', clientSecret: 'y' })),
    testCredentials: await outcome(counter.testCredentials({ clientId: 'x', clientSecret: 'y' })),
    live: await outcome(counter.setMode('live')),
    demo: await outcome(counter.setMode('demo')),
    refund: await outcome(counter.refundPackage({ activatedItemUid: 'item-1', reason: 'wrong country' })),
    doubleCharge: await outcome(counter.refundDuplicate('sale-1')),
    newPin: await outcome(counter.setManagerPin({ next: '1111' })),
    newPinWithOld: await outcome(counter.setManagerPin({ next: '1111', current: '7391' })),
  };
}

function expectAllRefused(answers: Record<string, string>, sentence: string): void {
  expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((key) => [key, sentence])));
}

describe('an edited vault.json unlocks nothing', () => {
  it('a PIN record that fails its schema locks every manager action, and no new PIN is set without the old one', async () => {
    const { counter, vaultFile } = await lockedCounterWith((vault) => {
      (vault.managerPin as { record: Record<string, unknown> }).record.cost = 'cheap';
    });
    const sentence =
      'The manager PIN record cannot be read (it was changed outside the console), so every manager action is locked; reset the PIN in Settings (this erases the stored Gigastore credentials).';
    expect((await counter.getOverview()).manager).toEqual({ pinSet: true, unlocked: false, problem: sentence });
    expectAllRefused(await everyGuardedAction(counter), sentence);
    expect((vaultFile.get('managerPin') as { record: { cost: unknown } }).record.cost).toBe('cheap'); // untouched
    expect((await counter.getOverview()).settings.storeName).not.toBe('Hijacked');
  });

  it('a PIN record swapped for one whose PIN the clerk knows is not the one the credentials were sealed with', async () => {
    const { counter } = await lockedCounterWith(async (vault) => {
      vault.managerPin = { record: await hashPin('0000'), tries: { failures: 0, lockouts: 0, lockedUntil: 0 } };
    });
    await expect(counter.unlockManager('0000')).rejects.toThrow(
      'The manager PIN record is not the one the Gigastore credentials were stored with (it was changed outside the console), so every manager action is locked',
    );
    expect((await counter.getOverview()).manager.unlocked).toBe(false);
    await expect(counter.setManagerPin({ next: '2222', current: '0000' })).rejects.toThrow('is not the one');
  });

  it('a PIN record deleted while credentials are stored locks every manager action instead of opening them', async () => {
    const { counter } = await lockedCounterWith((vault) => {
      delete vault.managerPin;
    });
    expectAllRefused(
      await everyGuardedAction(counter),
      'The manager PIN is missing although Gigastore credentials or live mode are set up, so every manager action is locked; reset the PIN in Settings (this erases the stored Gigastore credentials).',
    );
  });

  it('the reset is the way out: it erases the credentials, returns to demo mode and is recorded', async () => {
    const { counter, vaultFile, audit, dataDir, keys, close } = await lockedCounterWith((vault) => {
      (vault.managerPin as { record: Record<string, unknown> }).record.hash = 'not a hash';
    });
    const overview = await counter.resetManagerPin({ eraseCredentials: true });
    expect(overview.credentials).toEqual({ configured: false });
    expect(overview.manager).toEqual({ pinSet: false, unlocked: false });
    expect(overview.mode).toBe('demo');
    expect(vaultFile.has('credentials')).toBe(false);
    expect(vaultFile.has('managerPin')).toBe(false);
    expect(audit.list().at(-1)).toMatchObject({
      action: 'manager-pin-reset',
      detail: 'PIN removed, Gigastore credentials erased, demo mode',
    });
    await counter.setManagerPin({ next: '2468' });
    await close();

    // After a restart the new PIN holds, and nothing of the old credentials is left to use.
    const { counter: restarted } = await openCounterFiles(dataDir, { keys });
    expect((await restarted.getOverview()).manager).toEqual({ pinSet: true, unlocked: false });
    expect((await restarted.getOverview()).credentials.configured).toBe(false);
    await restarted.unlockManager('2468');
  });

  it('a PIN changed with the old one seals the credentials to the new record, so a restart still opens', async () => {
    const { counter, dataDir, keys, close } = await lockedCounterWith(() => undefined);
    await expect(counter.setManagerPin({ next: '5555', current: '0000' })).rejects.toThrow('That PIN is not right.');
    await counter.setManagerPin({ next: '5555', current: '7391' });
    await close();
    const { counter: restarted } = await openCounterFiles(dataDir, { keys });
    expect((await restarted.getOverview()).manager).toEqual({ pinSet: true, unlocked: false });
    await restarted.unlockManager('5555');
    expect((await restarted.getOverview()).credentials).toMatchObject({ configured: true });
  });
});
