// The secret goes only where it was entered for. The live Gigastore is the simulator behind TLS on loopback;
// a second https server stands for "attacker.example" and records every header it receives. The clerk's
// attacks are edits to settings.json between two runs (the address, the mode), and the Settings screen's
// own address field; none of them sends the stored secret anywhere new, or makes the console sell live.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/main/core/policy/policy-file';
import { LIVE_BASE_URL } from '../../src/shared/settings';
import { GigastoreSimulator } from '../../src/main/simulator/server';
import { saleRequestFor, tempDir } from '../support/console';
import { editJson, openCounterFiles } from '../support/counter-files';
import { keychain } from '../support/keychain';
import { httpsFront, recordingHttpsServer } from '../support/tls';

const SECRET = 'Live-Secret-4c8e';
const CREDENTIALS = { clientId: 'store-7', clientSecret: SECRET };
const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
});

async function liveGigastore() {
  const simulator = await new GigastoreSimulator({ credentials: CREDENTIALS }).start();
  const front = await httpsFront(simulator.baseUrl);
  closing.push(async () => {
    await front.close();
    await simulator.close();
  });
  return { simulator, baseUrl: front.baseUrl };
}

async function attacker() {
  const server = await recordingHttpsServer();
  closing.push(server.close);
  return server;
}

/** A counter whose manager entered the credentials for `liveBaseUrl`, and (when `live`) switched to live. */
async function counterEnteredFor(liveBaseUrl: string, live: boolean) {
  const dataDir = tempDir();
  const keys = keychain();
  const { counter, close } = await openCounterFiles(dataDir, { keys });
  await counter.setManagerPin({ next: '7391' });
  await counter.updateSettings({ liveBaseUrl, storeIp: '203.0.113.7' });
  await counter.setCredentials(CREDENTIALS);
  if (live) await counter.setMode('live');
  return { dataDir, keys, counter, close };
}

describe('the stored secret goes only to the live address it was entered for', () => {
  it('settings.json edited to another address sends nothing there; the Settings screen neither', async () => {
    const live = await liveGigastore();
    const stranger = await attacker();
    const { dataDir, keys, counter, close } = await counterEnteredFor(live.baseUrl, true);
    const { request } = await saleRequestFor(counter);
    expect((await counter.startSale(request)).phase).toBe('active'); // the path works where it was entered for
    expect(live.simulator.account.activations).toHaveLength(1);
    await close();

    editJson(dataDir, 'settings.json', (settings) => (settings.liveBaseUrl = stranger.baseUrl));
    const restarted = await openCounterFiles(dataDir, { keys });
    const sentence = `The Gigastore credentials were entered for ${live.baseUrl}; enter the secret again to use them with ${stranger.baseUrl}.`;
    const overview = await restarted.counter.getOverview();
    expect(overview.mode).toBe('live');
    expect(overview.credentials).toEqual({ configured: true, clientIdMasked: 'stor…-7', enteredFor: live.baseUrl });
    await expect(restarted.counter.listCatalogue()).rejects.toThrow(sentence);
    await expect(restarted.counter.startSale(request)).rejects.toThrow(sentence);
    await restarted.counter.reconcileNow().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the background probes had their turns
    expect(stranger.requests.filter((headers) => headers.authorization !== undefined)).toEqual([]);
    expect(stranger.requests).toEqual([]);

    // From the Settings screen, unlocked: back to the address entered for works, another sends nothing.
    await restarted.counter.unlockManager('7391');
    await restarted.counter.updateSettings({ liveBaseUrl: live.baseUrl });
    expect((await restarted.counter.listCatalogue()).length).toBeGreaterThan(0);
    await restarted.counter.updateSettings({ liveBaseUrl: stranger.baseUrl });
    await expect(restarted.counter.listCatalogue()).rejects.toThrow(sentence);
    expect(stranger.requests).toEqual([]);

    // The control: the stranger is reachable, and sees what a manager types and tests there (and only that).
    await expect(restarted.counter.testCredentials({ clientId: 'typed', clientSecret: 'typed-now' })).rejects.toThrow();
    expect(stranger.requests.map((headers) => headers.authorization)).toEqual([
      `Basic ${Buffer.from('typed:typed-now').toString('base64')}`,
    ]);
    expect(JSON.stringify(stranger.requests)).not.toContain(Buffer.from(`store-7:${SECRET}`).toString('base64'));

    // Entering the secret again binds it to the address now in Settings.
    await restarted.counter.updateSettings({ liveBaseUrl: live.baseUrl });
    await restarted.counter.setCredentials(CREDENTIALS);
    expect((await restarted.counter.getOverview()).credentials.enteredFor).toBe(live.baseUrl);
  });

  it('refuses a plain http:// live address with a sentence, typed in Settings or written in settings.json', async () => {
    const { dataDir, keys, counter, close } = await counterEnteredFor(LIVE_BASE_URL, false);
    for (const address of ['http://api.giga.store', 'http://127.0.0.1:8443', 'http://localhost:8443']) {
      await expect(counter.updateSettings({ liveBaseUrl: address })).rejects.toThrow(
        'The live Gigastore address must start with https:// (a plain http:// address would send the secret unencrypted).',
      );
    }
    await close();
    editJson(dataDir, 'settings.json', (settings) => (settings.liveBaseUrl = 'http://127.0.0.1:8443'));
    const { counter: restarted } = await openCounterFiles(dataDir, { keys });
    const overview = await restarted.getOverview();
    expect(overview.settings.liveBaseUrl).toBe(LIVE_BASE_URL);
    expect(overview.notices).toContain(
      'The settings file has an invalid liveBaseUrl (The live Gigastore address must start with https:// (a plain http:// address would send the secret unencrypted).); the default is used until it is changed in Settings.',
    );
  });
});

describe('live mode needs a manager, not a text editor', () => {
  it('settings.json edited to "mode": "live" by hand stays in demo mode, says why, and sells nothing live', async () => {
    const live = await liveGigastore();
    const { dataDir, keys, close } = await counterEnteredFor(live.baseUrl, false);
    await close();
    editJson(dataDir, 'settings.json', (settings) => (settings.mode = 'live'));

    const restarted = await openCounterFiles(dataDir, { keys });
    const overview = await restarted.counter.getOverview();
    expect(overview.mode).toBe('demo');
    expect(overview.notices).toContain(
      'The settings file asks for live mode, but no manager switched this counter to live, so it stays in demo mode; a manager can switch to live in Settings.',
    );
    const { request } = await saleRequestFor(restarted.counter);
    expect((await restarted.counter.startSale(request)).phase).toBe('active');
    expect(restarted.demo()?.simulator.account.activations).toHaveLength(1);
    expect(live.simulator.requests).toEqual([]);

    // A manager's switch is the approval (sealed with the credentials); switching back withdraws it.
    await restarted.counter.leaveHandoff();
    await restarted.counter.unlockManager('7391');
    expect((await restarted.counter.setMode('live')).mode).toBe('live');
    expect((await restarted.counter.setMode('demo')).mode).toBe('demo');
    await restarted.close();
    editJson(dataDir, 'settings.json', (settings) => (settings.mode = 'live'));
    expect((await (await openCounterFiles(dataDir, { keys })).counter.getOverview()).mode).toBe('demo');
  });

  it('without any PIN or credentials, a hand-edited live mode locks the manager actions instead of opening them', async () => {
    const dataDir = tempDir();
    const keys = keychain();
    await (await openCounterFiles(dataDir, { keys })).close();
    editJson(dataDir, 'settings.json', (settings) => (settings.mode = 'live'));
    const { counter } = await openCounterFiles(dataDir, { keys });
    const overview = await counter.getOverview();
    expect(overview.mode).toBe('demo');
    expect(overview.manager.problem).toContain('The manager PIN is missing');
    await expect(counter.setManagerPin({ next: '1234' })).rejects.toThrow('The manager PIN is missing');
    await counter.resetManagerPin({ eraseCredentials: true });
    await counter.setManagerPin({ next: '1234' });
    expect((await counter.getOverview()).manager).toEqual({ pinSet: true, unlocked: true });
  });
});

describe('a refused policy', () => {
  it('keeps the counter out of live: neither live mode nor credentials are taken, and nothing is sealed', async () => {
    const live = await liveGigastore();
    const policyDir = tempDir();
    const policyPath = join(policyDir, 'policy.json');
    const dataDir = tempDir();
    const keys = keychain();
    const entered = await openCounterFiles(dataDir, { keys });
    await entered.counter.setManagerPin({ next: '7391' });
    await entered.counter.updateSettings({ liveBaseUrl: live.baseUrl, storeIp: '203.0.113.7' });
    await entered.counter.setCredentials(CREDENTIALS);
    await entered.close();

    writeFileSync(policyPath, JSON.stringify({ storeIp: 'not an address' }));
    const policy = readPolicy({ path: policyPath, named: true });
    expect(policy.status).toBe('refused');
    const { counter, close } = await openCounterFiles(dataDir, { keys, policy });
    closing.push(close);
    await counter.unlockManager('7391');
    const vaultBefore = readFileSync(join(dataDir, 'vault.json'), 'utf8');
    await expect(counter.setMode('live')).rejects.toMatchObject({ code: 'settings.policy-refused' });
    await expect(counter.setCredentials(CREDENTIALS)).rejects.toMatchObject({ code: 'settings.policy-refused' });
    expect(readFileSync(join(dataDir, 'vault.json'), 'utf8')).toBe(vaultBefore);
    expect((await counter.getOverview()).mode).toBe('demo');
  });
});
