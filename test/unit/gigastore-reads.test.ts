// The client's undocumented reads over real HTTP: against the simulator (its one form of each answer, and
// the other forms injected as its answers), and against a stand-in server for what the simulator cannot
// send (a plain-text body, the exact headers received).
import { describe, expect, it } from 'vitest';
import { createGigastoreClient } from '../../src/main/core/gigastore/client';
import { GigastoreError } from '../../src/main/core/gigastore/errors';
import { clientFor, registerRequest, startSimulator } from '../support/simulator';
import { startStandIn } from '../support/stand-in-server';

const SECRET_MARK = 'do-not-leak-7f3a';

function standInClient(baseUrl: string) {
  return createGigastoreClient({
    baseUrl,
    credentials: () => ({ clientId: 'demo', clientSecret: 'demo' }),
    timeoutMs: 2_000,
    retry: { limit: 0 },
  });
}

async function failure(promise: Promise<unknown>): Promise<GigastoreError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GigastoreError);
  return error as GigastoreError;
}

describe('version', () => {
  it('is read without any credentials: no Authorization header, no authentication', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator, { credentials: () => undefined });
    expect(await client.version()).toBe('simulator');
    expect(simulator.requests).toEqual([expect.not.objectContaining({ authScheme: expect.anything() })]);
    expect(simulator.requests[0]?.path).toBe('/gigastore/version');
    expect(simulator.authentications).toBe(0);
  });

  it('sends no Authorization header even when the client holds credentials and a token', async () => {
    const standIn = await startStandIn(({ path }) => ({
      body: path === '/gigastore/version' ? '{"apiVersion":"1.3.5"}' : '[]',
    }));
    const client = standInClient(standIn.baseUrl);
    await client.supportedDevices(); // a token is held now
    expect(await client.version()).toBe('1.3.5');
    const version = standIn.requests.find((request) => request.path === '/gigastore/version');
    expect(version?.headers).not.toHaveProperty('authorization');
    expect(standIn.requests.find((request) => request.path.includes('esim-capable'))?.headers.authorization).toBe(
      'Bearer stand-in-token',
    );
  });

  it('reads a plain-text version', async () => {
    const standIn = await startStandIn(() => ({ body: '1.3.5\n', contentType: 'text/plain' }));
    expect(await standInClient(standIn.baseUrl).version()).toBe('1.3.5');
  });

  it('says "a form this version does not understand" for an HTML page, quoting none of it', async () => {
    const page = `<html><body>${SECRET_MARK} maintenance page that is long enough to be no version at all</body></html>`;
    const standIn = await startStandIn(() => ({ body: page, contentType: 'text/html' }));
    const error = await failure(standInClient(standIn.baseUrl).version());
    expect(error.kind).toBe('unknown-form');
    expect(error.code).toBe('gigastore.unknown-form');
    expect(error.message).toBe('Gigastore answered in a form this version does not understand (the version).');
    expect(JSON.stringify({ ...error, message: error.message, cause: error.cause })).not.toContain(SECRET_MARK);
    expect(error.answer).toEqual({ length: Buffer.byteLength(page), contentType: 'text/html' });
  });
});

describe('supported devices', () => {
  it('reads the simulator’s list of brands with models, with the bearer token', async () => {
    const simulator = await startSimulator();
    const devices = await clientFor(simulator).supportedDevices();
    expect(devices).toContainEqual({ brand: 'Apple', model: 'iPhone 15 Pro' });
    expect(devices).toContainEqual({ brand: 'Google', model: 'Pixel 8' });
    const sent = simulator.requests.find((request) => request.path === '/gigastore/esim/device/esim-capable');
    expect(sent?.authScheme).toBe('Bearer');
  });

  it.each<[string, unknown]>([
    ['a flat list under data', { data: [{ manufacturer: 'Apple', model: 'iPhone 15' }] }],
    ['a map of brand to models', { Apple: ['iPhone 15'] }],
    ['brands under devices', { devices: [{ brand: 'Apple', models: [{ name: 'iPhone 15' }] }] }],
  ])('reads %s served over HTTP', async (_form, body) => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/esim-capable', action: 'answer', body });
    expect(await clientFor(simulator).supportedDevices()).toEqual([{ brand: 'Apple', model: 'iPhone 15' }]);
  });

  it('says it does not understand an answer in no known form, and keeps nothing of it', async () => {
    const simulator = await startSimulator();
    const body = { unexpected: { note: SECRET_MARK }, message: SECRET_MARK };
    simulator.faults.add({ path: '/esim-capable', action: 'answer', body });
    const error = await failure(clientFor(simulator).supportedDevices());
    expect(error.kind).toBe('unknown-form');
    expect(error.message).toBe(
      'Gigastore answered in a form this version does not understand (the supported devices list).',
    );
    expect(error.cause).toBeUndefined();
    expect(JSON.stringify(error.answer)).not.toContain(SECRET_MARK);
    expect(error.message).not.toContain(SECRET_MARK);
  });

  it('says it does not understand a body that is not JSON', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/esim-capable', action: 'malformed' });
    expect((await failure(clientFor(simulator).supportedDevices())).kind).toBe('unknown-form');
  });

  it('reports an HTTP error as one, not as an unknown form', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/esim-capable', action: 'status', status: 403 });
    const error = await failure(clientFor(simulator).supportedDevices());
    expect(error.kind).toBe('auth');
  });
});

describe('connectivity', () => {
  it('is "never seen" until the eSIM is installed, then connected in its coverage on a network', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    const austria = simulator.account.inventory.find((item) => item.countrySet === 'AT')!;
    const sale = await client.register(
      registerRequest(simulator, { inventoryItemId: austria.id, expectedPrice: austria.retailPrices[0] }),
      'k1',
    );
    const iccid = sale.esimProfile.iccid;
    expect(await client.connectivity(iccid)).toEqual({ connected: false, neverSeen: true });
    simulator.account.setEsimState(iccid, 'INSTALLED', new Date());
    expect(await client.connectivity(iccid)).toEqual({
      connected: true,
      lastSeen: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      countryCode: 'AT',
      network: 'A1 Telekom Austria',
    });
    const sent = simulator.requests.find((request) => request.path.endsWith('/status/connectivity'));
    expect(sent).toMatchObject({ path: `/gigastore/esim/${iccid}/status/connectivity`, authScheme: 'Bearer' });
  });

  it('reads a status-word form served over HTTP', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({
      path: '/status/connectivity',
      action: 'answer',
      body: { result: { connectionStatus: 'OFFLINE', lastConnection: '2026-11-24T08:00:00Z', operator: 'EE' } },
    });
    expect(await clientFor(simulator).connectivity('8900000000000000001')).toEqual({
      connected: false,
      status: 'OFFLINE',
      lastSeen: '2026-11-24T08:00:00.000Z',
      network: 'EE',
    });
  });

  it('says it does not understand an answer with no connectivity field', async () => {
    const simulator = await startSimulator();
    simulator.faults.add({ path: '/status/connectivity', action: 'answer', body: { iccid: SECRET_MARK } });
    const error = await failure(clientFor(simulator).connectivity('8900000000000000001'));
    expect(error.kind).toBe('unknown-form');
    expect(error.message).toContain('Gigastore answered in a form this version does not understand');
    expect(JSON.stringify(error.answer)).not.toContain(SECRET_MARK);
  });
});

describe('coverage countries in a language', () => {
  it('sends the Locale header and gets the names in that language; only codes in a language it does not name', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    const german = await client.localizedCountries('EUR', 'de');
    expect(german).toContainEqual({ code: 'AT', name: 'Österreich' });
    expect(german).toContainEqual({ code: 'CH', name: 'Schweiz' });
    expect(await client.localizedCountries('AT', 'tr')).toEqual([{ code: 'AT', name: 'Avusturya' }]);
    expect(await client.localizedCountries('AT', 'ja')).toEqual([{ code: 'AT' }]);
  });

  it('sends the language as the Locale header', async () => {
    const standIn = await startStandIn(() => ({ body: '[{"code":"AT","name":"AT"}]' }));
    expect(await standInClient(standIn.baseUrl).localizedCountries('AT', 'fr')).toEqual([{ code: 'AT' }]);
    expect(standIn.requests.at(-1)?.headers.locale).toBe('fr');
  });

  it('refuses a language that is not a language tag before sending anything', async () => {
    const simulator = await startSimulator();
    const error = await failure(clientFor(simulator).localizedCountries('AT', 'de\r\nX-Evil: 1'));
    expect(error.kind).toBe('config');
    expect(simulator.requests).toHaveLength(0);
  });
});
