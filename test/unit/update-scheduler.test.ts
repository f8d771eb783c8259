// When an update installs: only at an opportunity (the end of a shift, the start of the console before
// anyone sells) and never while the counter is busy. The Electron side is a stand-in port here; busy()
// and the shifts come from a real console on the simulator where they are the point.
import { describe, expect, it } from 'vitest';
import { counterBusy } from '../../src/main/core/updates/counter-busy';
import { followShifts } from '../../src/main/core/updates/follow-shifts';
import { UpdateScheduler, type UpdaterPort } from '../../src/main/core/updates/update-scheduler';
import { demoConsole, saleRequestFor, until } from '../support/console';

/** A feed that offers `version` (or nothing), downloads at once, and records each install with busy() then. */
function standInPort(version: string | undefined, busyNow: () => boolean) {
  const installs: boolean[] = [];
  let checks = 0;
  const port: UpdaterPort = {
    check: async () => {
      checks++;
      return version;
    },
    download: async () => undefined,
    install: () => void installs.push(busyNow()),
  };
  return { port, installs, checks: () => checks };
}

function scheduler(
  port: UpdaterPort,
  busy: () => boolean,
  extra: Partial<ConstructorParameters<typeof UpdateScheduler>[0]> = {},
) {
  return new UpdateScheduler({ updater: port, busy, worksInShifts: () => true, retryInstallMs: 5, ...extra });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the update scheduler', () => {
  it('probe: over 300 random shifts and sales, an install never happens while busy', async () => {
    let busy = false;
    let installs = 0;
    for (let round = 0; round < 300; round++) {
      const { port, installs: seen } = standInPort('2.0.0', () => busy);
      const updates = scheduler(port, () => busy, { retryInstallMs: 1 });
      busy = Math.random() < 0.5;
      updates.start();
      for (let step = 0; step < 6; step++) {
        busy = Math.random() < 0.6;
        if (Math.random() < 0.5) updates.shiftEnded();
        else updates.shiftStarted();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
      }
      updates.stop();
      expect(seen).not.toContain(true);
      expect(seen.length).toBeLessThanOrEqual(1);
      installs += seen.length;
    }
    expect(installs).toBeGreaterThan(30); // the probe did see installs, each one while idle
  });

  it('at start, before anyone sells, an update found (or left downloaded last time) installs at once', async () => {
    const { port, installs } = standInPort('2.0.0', () => false);
    const updates = scheduler(port, () => false);
    updates.start();
    await settle();
    expect(installs).toEqual([false]);
    expect(updates.view()).toEqual({ state: 'installing', version: '2.0.0' });
    updates.stop();
  });

  it('a sale begun before the update is ready closes the start opportunity: it waits for the end of the shift', async () => {
    let busy = true;
    const { port, installs } = standInPort('2.0.0', () => busy);
    const updates = scheduler(port, () => busy);
    updates.start();
    await settle();
    busy = false;
    await settle();
    expect(installs).toEqual([]);
    expect(updates.view()).toEqual({ state: 'ready', version: '2.0.0', installsAt: 'shift-end' });
    updates.shiftEnded();
    expect(installs).toEqual([false]);
    updates.stop();
  });

  it('the start opportunity ends after its window even with nothing sold', async () => {
    let now = 0;
    let release: (version: string) => void = () => undefined;
    const installs: string[] = [];
    const port: UpdaterPort = {
      check: () => new Promise((resolve) => (release = resolve)),
      download: async () => undefined,
      install: () => void installs.push('installed'),
    };
    const updates = scheduler(port, () => false, { startWindowMs: 60_000, now: () => now });
    updates.start();
    now = 61_000; // the download took longer than the window
    release('2.0.0');
    await settle();
    expect(installs).toEqual([]);
    updates.stop();
  });

  it('a shift ended with a sale still on screen waits; the next clerk starting a shift postpones it again', async () => {
    let busy = false;
    const { port, installs } = standInPort('2.0.0', () => busy);
    const updates = scheduler(port, () => busy);
    updates.start();
    updates.shiftStarted();
    await settle();
    busy = true;
    updates.shiftEnded();
    await settle();
    expect(installs).toEqual([]);
    updates.shiftStarted(); // the next clerk took over before the sale was left
    busy = false;
    await settle();
    expect(installs).toEqual([]);
    updates.shiftEnded();
    expect(installs).toEqual([false]);
    updates.stop();
  });

  it('says "at the next start" where the counter works without shifts, and shows nothing before the download', async () => {
    let release: (version: string) => void = () => undefined;
    const port: UpdaterPort = {
      check: () => new Promise((resolve) => (release = resolve)),
      download: async () => undefined,
      install: () => undefined,
    };
    const updates = scheduler(port, () => true, { worksInShifts: () => false });
    updates.start();
    expect(updates.view()).toBeUndefined();
    release('2.0.0');
    await settle();
    expect(updates.view()).toEqual({ state: 'ready', version: '2.0.0', installsAt: 'next-start' });
    updates.stop();
  });

  it('checks at start and then every interval; a failed check is tried again at the next one', async () => {
    let fail = true;
    let checks = 0;
    const port: UpdaterPort = {
      check: async () => {
        checks++;
        if (fail) throw new Error('feed unreachable');
        return undefined;
      },
      download: async () => undefined,
      install: () => undefined,
    };
    const warnings: unknown[] = [];
    const updates = scheduler(port, () => true, {
      checkEveryMs: 20,
      log: { info: () => undefined, warn: (_event, fields) => warnings.push(fields), error: () => undefined },
    });
    updates.start();
    await until(() => checks >= 2);
    fail = false;
    await until(() => checks >= 4);
    updates.stop();
    expect(warnings[0]).toEqual({ failed: 'checking', message: 'feed unreachable' });
    expect(warnings.length).toBeLessThan(checks);
  });
});

describe('busy and shifts, from a real console', () => {
  it('busy while a sale is on screen or being confirmed, idle once the clerk leaves it', async () => {
    const { counter, journal } = await demoConsole();
    const busy = counterBusy(counter, journal);
    expect(busy()).toBe(false);
    const { item, request } = await saleRequestFor(counter);
    await counter.previewSale({ inventoryItemId: item.id, customerLanguage: 'en' });
    expect(busy()).toBe(true);
    await counter.startSale(request);
    expect(busy()).toBe(true);
    await until(() => counter.customerView().screen === 'scan');
    await counter.leaveHandoff();
    expect(busy()).toBe(false);
  });

  it('busy while a sale’s outcome is being checked, with nothing on screen', async () => {
    const { counter, journal, simulator } = await demoConsole({ settings: { reconciliationWindowMs: 60_000 } });
    // The answer is lost; nothing was charged, but only the window (a minute here) can tell.
    simulator.faults.add({ path: '/register', action: 'reset' });
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request).catch(() => undefined);
    await until(() => journal.unresolved().length === 1);
    await counter.leaveHandoff();
    expect(counterBusy(counter, journal)()).toBe(true);
  });

  it('End shift is the end of a shift, a clerk’s name the start of one', async () => {
    const { counter } = await demoConsole({ settings: { clerks: ['Ana', 'Ben'] } });
    const heard: string[] = [];
    followShifts(counter, { shiftEnded: () => heard.push('ended'), shiftStarted: () => heard.push('started') });
    await counter.startShift('Ana');
    await counter.startShift('Ben');
    await counter.endShift();
    await until(() => heard.length === 3);
    expect(heard).toEqual(['started', 'started', 'ended']);
  });
});
