// "Will it work on this phone?": the supported devices list fetched from the simulator over HTTP at most once
// a day, kept in a real data folder, searched as a clerk types, and always answered with the carrier-lock
// reminder (in English and German for the clerk, in every customer language for the customer).
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_STRINGS } from '../../src/shared/customer-strings';
import de from '../../src/shared/i18n/de.json';
import en from '../../src/shared/i18n/en.json';
import {
  CARRIER_LOCK_REMINDER,
  DEVICE_CACHE_FILE,
  DeviceCatalogue,
} from '../../src/main/core/devices/device-catalogue';
import { clientFor, startSimulator } from '../support/simulator';

const HOUR = 60 * 60 * 1000;
const fetches = (simulator: { requestCount(path: string): number }) => simulator.requestCount('/esim-capable');

async function catalogueOnSimulator(options: { dataDir?: string } = {}) {
  const simulator = await startSimulator();
  const client = clientFor(simulator, { retry: { limit: 0 } });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'esim-counter-devices-'));
  const clock = { now: Date.parse('2026-11-25T09:00:00Z') };
  const catalogue = new DeviceCatalogue({
    dataDir,
    fetchDevices: () => client.supportedDevices(),
    now: () => clock.now,
  });
  return { simulator, catalogue, dataDir, clock };
}

const lookUp = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('the daily list', () => {
  it('is fetched once, kept in the data folder (0600), and not fetched again within a day', async () => {
    const { simulator, catalogue, dataDir, clock } = await catalogueOnSimulator();
    const first = await catalogue.list();
    expect(first.devices).toContainEqual({ brand: 'Apple', model: 'iPhone 15' });
    expect(first).toMatchObject({ stale: false, fetchedAt: '2026-11-25T09:00:00.000Z' });
    const file = join(dataDir, DEVICE_CACHE_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    clock.now += 23 * HOUR;
    await catalogue.list();
    await catalogue.check('iphone 15');
    expect(fetches(simulator)).toBe(1);
  });

  it('is fetched again after a day', async () => {
    const { simulator, catalogue, dataDir, clock } = await catalogueOnSimulator();
    await catalogue.list();
    clock.now += 24 * HOUR + 1;
    const again = await catalogue.list();
    expect(fetches(simulator)).toBe(2);
    expect(again.fetchedAt).toBe('2026-11-26T09:00:00.001Z');
    expect(JSON.parse(readFileSync(join(dataDir, DEVICE_CACHE_FILE), 'utf8')).fetchedAt).toBe(again.fetchedAt);
  });

  it('survives a restart: a new catalogue on the same folder reads the file instead of Gigastore', async () => {
    const { simulator, catalogue, dataDir } = await catalogueOnSimulator();
    await catalogue.list();
    const restarted = new DeviceCatalogue({
      dataDir,
      fetchDevices: () => Promise.reject(new Error('must not be called')),
      now: () => Date.parse('2026-11-25T20:00:00Z'),
    });
    expect((await restarted.check('pixel 8')).outcome).toBe('found');
    expect(fetches(simulator)).toBe(1);
  });

  it('keeps the old list when the daily refetch fails, says so, and waits before trying again', async () => {
    const { simulator, catalogue, clock } = await catalogueOnSimulator();
    await catalogue.list();
    simulator.faults.add({ path: '/esim-capable', action: 'status', status: 503, times: 5 });
    clock.now += 25 * HOUR;
    const kept = await catalogue.list();
    expect(kept).toMatchObject({ stale: true, fetchedAt: '2026-11-25T09:00:00.000Z' });
    expect(kept.problem).toMatch(/server error \(HTTP 503\)/);
    expect(kept.devices).toContainEqual({ brand: 'Apple', model: 'iPhone 15' });
    expect((await catalogue.check('iphone 15')).outcome).toBe('found');
    expect(fetches(simulator)).toBe(2);
    clock.now += 6 * 60 * 1000;
    simulator.clearFaults();
    expect(await catalogue.list()).toMatchObject({ stale: false, fetchedAt: '2026-11-26T10:06:00.000Z' });
    expect(fetches(simulator)).toBe(3);
  });

  it('fails with Gigastore’s sentence when there is no list yet and Gigastore cannot give one', async () => {
    const { simulator, catalogue, dataDir } = await catalogueOnSimulator();
    simulator.faults.add({ path: '/esim-capable', action: 'answer', body: { nothing: 'here' } });
    await expect(catalogue.check('iphone 15')).rejects.toThrow(
      'Gigastore answered in a form this version does not understand (the supported devices list).',
    );
    expect(existsSync(join(dataDir, DEVICE_CACHE_FILE))).toBe(false);
  });

  it('treats a damaged file as no list and fetches afresh', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-devices-'));
    writeFileSync(join(dataDir, DEVICE_CACHE_FILE), '{"fetchedAt": "2026-11-25T08:00:00Z", "devi');
    const { simulator, catalogue } = await catalogueOnSimulator({ dataDir });
    expect((await catalogue.list()).devices.length).toBeGreaterThan(50);
    expect(fetches(simulator)).toBe(1);
  });

  it('asks Gigastore once for many checks at the same moment', async () => {
    const { simulator, catalogue } = await catalogueOnSimulator();
    await Promise.all(['iphone 15', 'pixel 8', 'galaxy s24', 'xperia 1 v'].map((text) => catalogue.check(text)));
    expect(fetches(simulator)).toBe(1);
  });
});

describe('finding the customer’s phone', () => {
  it.each<[string, string]>([
    ['iphone 15 pro', 'Apple iPhone 15 Pro'],
    ['Iphnoe 15', 'Apple iPhone 15'],
    ['galaxy s24', 'Samsung Galaxy S24'],
    ['pixle 8', 'Google Pixel 8'],
    ['SAMSUNG Galaxy S24+', 'Samsung Galaxy S24+'],
    ['s24 ultra', 'Samsung Galaxy S24 Ultra'],
    ['iphone15 pro max', 'Apple iPhone 15 Pro Max'],
    ['galxy z flip 5', 'Samsung Galaxy Z Flip5'],
    ['xperia 1 v', 'Sony Xperia 1 V'],
  ])('"%s" finds %s first', async (typed, name) => {
    const { catalogue } = await catalogueOnSimulator();
    const check = await catalogue.check(typed);
    expect(check.outcome).toBe('found');
    expect(check.matches[0]).toMatchObject({ name, exact: true });
  });

  it('ranks by similarity: the exact model first, then its variants, nothing of another number', async () => {
    const { catalogue } = await catalogueOnSimulator();
    const { matches } = await catalogue.check('iphone 15 pro');
    expect(matches.map((match) => match.name)).toEqual([
      'Apple iPhone 15 Pro',
      'Apple iPhone 15 Pro Max',
      'Apple iPhone 15',
      'Apple iPhone 15 Plus',
    ]);
    const scores = matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('says "not in the list" (never incompatible) for a model that is not there, with the closest ones', async () => {
    const { catalogue } = await catalogueOnSimulator();
    const variant = await catalogue.check('iphone 14 mini');
    expect(variant.outcome).toBe('not-in-list');
    expect(variant.matches[0]?.name).toBe('Apple iPhone 14');
    expect(variant.matches.every((match) => !match.exact)).toBe(true);
    const unknown = await catalogue.check('Nokia 3310');
    expect(unknown).toMatchObject({ outcome: 'not-in-list', matches: [] });
    expect(JSON.stringify([variant, unknown])).not.toMatch(/incompatible/i);
  });

  it('does not take the Pro Max for the Pro, nor the 8a for the 8', async () => {
    const { simulator, catalogue } = await catalogueOnSimulator();
    simulator.faults.add({
      path: '/esim-capable',
      action: 'answer',
      body: [
        { brand: 'Apple', models: ['iPhone 15 Pro Max'] },
        { brand: 'Google', models: ['Pixel 8a'] },
      ],
    });
    expect((await catalogue.check('iphone 15 pro')).outcome).toBe('not-in-list');
    expect((await catalogue.check('pixel 8')).outcome).toBe('not-in-list');
  });

  it('puts the model typed first even when Gigastore names it at length and a variant more briefly', async () => {
    const { simulator, catalogue } = await catalogueOnSimulator();
    simulator.faults.add({
      path: '/esim-capable',
      action: 'answer',
      body: { Acme: ['One 5G Dual SIM Global Edition Version NFC', 'One Pro'] },
    });
    const check = await catalogue.check('acme one');
    expect(check.outcome).toBe('found');
    expect(check.matches.map((match) => match.name)).toEqual([
      'Acme One 5G Dual SIM Global Edition Version NFC',
      'Acme One Pro',
    ]);
  });

  it('asks for the whole name when one word names many models, and keeps to the limit', async () => {
    const { catalogue } = await catalogueOnSimulator();
    const check = await catalogue.check('samsung', 3);
    expect(check.outcome).toBe('narrow-down');
    expect(check.matches).toHaveLength(3);
    expect(check.matches.every((match) => match.brand === 'Samsung')).toBe(true);
  });

  it('always carries the carrier-lock reminder, written for the clerk (en, de) and the customer (every language)', async () => {
    const { catalogue } = await catalogueOnSimulator();
    for (const typed of ['iphone 15', 'nokia 3310', 'samsung']) {
      expect((await catalogue.check(typed)).reminder).toEqual(CARRIER_LOCK_REMINDER);
    }
    expect(lookUp(en, CARRIER_LOCK_REMINDER.clerkKey)).toMatch(/carrier-locked/);
    expect(lookUp(de, CARRIER_LOCK_REMINDER.clerkKey)).toMatch(/SIM-Lock/);
    for (const strings of Object.values(CUSTOMER_STRINGS)) {
      expect(lookUp({ customer: strings.customer }, CARRIER_LOCK_REMINDER.customerKey)).toEqual(expect.any(String));
    }
  });
});
