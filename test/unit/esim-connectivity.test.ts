// "Is it connected?": an eSIM's connectivity read from the simulator over HTTP (never seen until installed,
// then on a network in its coverage; seen but not now once switched off), and the clerk's guidance chosen
// by the situation, each step a key the clerk's window has in English and German.
import { describe, expect, it } from 'vitest';
import de from '../../src/shared/i18n/de.json';
import en from '../../src/shared/i18n/en.json';
import { checkConnectivity, connectivityView } from '../../src/main/core/care/esim-connectivity';
import { clientFor, registerRequest, startSimulator } from '../support/simulator';

const ROAMING = 'connectivity.guidance.roaming';
const MOBILE_DATA = 'connectivity.guidance.mobileData';
const RESTART = 'connectivity.guidance.restart';

const lookUp = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

async function soldEsim(countrySet: string) {
  const simulator = await startSimulator();
  const client = clientFor(simulator);
  const item = simulator.account.inventory.find((candidate) => candidate.countrySet === countrySet)!;
  const request = registerRequest(simulator, { inventoryItemId: item.id, expectedPrice: item.retailPrices[0] });
  const sale = await client.register(request, request.metatag);
  return { simulator, client, iccid: sale.esimProfile.iccid };
}

describe('an eSIM’s connectivity from Gigastore', () => {
  it('is never seen before the phone installs it: every step, data roaming first', async () => {
    const { client, iccid } = await soldEsim('AT');
    const view = await checkConnectivity(client, iccid);
    expect(view).toEqual({
      iccid,
      situation: 'never-seen',
      seen: 'no',
      connectedNow: false,
      where: {},
      summaryKey: 'connectivity.summary.neverSeen',
      guidanceKeys: [ROAMING, MOBILE_DATA, RESTART],
    });
  });

  it('is connected in the coverage’s country on a network once installed: no restart needed', async () => {
    const { simulator, client, iccid } = await soldEsim('AT');
    // Installed an hour ago and on the network since: seen now, not at the install.
    simulator.account.setEsimState(iccid, 'INSTALLED', new Date(Date.now() - 60 * 60 * 1000));
    const view = await checkConnectivity(client, iccid);
    expect(view).toMatchObject({
      situation: 'connected',
      seen: 'yes',
      connectedNow: true,
      where: { countryCode: 'AT', network: 'A1 Telekom Austria' },
      summaryKey: 'connectivity.summary.connected',
      guidanceKeys: [MOBILE_DATA, ROAMING],
    });
    expect(Date.now() - Date.parse(view.lastSeen ?? '')).toBeLessThan(60_000);
  });

  it('is seen but not connected once switched off: the restart comes first', async () => {
    const { simulator, client, iccid } = await soldEsim('EUR');
    const installedAt = new Date('2026-11-25T09:00:00Z');
    simulator.account.setEsimState(iccid, 'INSTALLED', installedAt);
    simulator.account.setEsimState(iccid, 'DISABLED', new Date());
    const view = await checkConnectivity(client, iccid);
    expect(view).toMatchObject({
      situation: 'seen',
      seen: 'yes',
      connectedNow: false,
      lastSeen: installedAt.toISOString(),
      where: { countryCode: 'AT' },
      summaryKey: 'connectivity.summary.seenNotNow',
      guidanceKeys: [RESTART, ROAMING, MOBILE_DATA],
    });
  });
});

describe('the view of any reading', () => {
  it('says "unknown" for a status word it does not know, and shows the word', () => {
    expect(connectivityView('89', { status: 'QUARANTINE' })).toMatchObject({
      situation: 'unknown',
      seen: 'unknown',
      status: 'QUARANTINE',
      summaryKey: 'connectivity.summary.unknown',
      guidanceKeys: [ROAMING, MOBILE_DATA, RESTART],
    });
  });

  it('counts a place without a time as seen', () => {
    expect(connectivityView('89', { countryName: 'Spain' })).toMatchObject({
      situation: 'seen',
      seen: 'yes',
      summaryKey: 'connectivity.summary.seen',
    });
  });

  it('has every summary and step in the clerk’s English and German', () => {
    const readings = [
      { connected: true },
      { lastSeen: 'x' },
      { connected: false, lastSeen: 'x' },
      { neverSeen: true },
      { status: 'X' },
    ];
    const keys = readings.flatMap((reading) => {
      const view = connectivityView('89', reading);
      return [view.summaryKey, ...view.guidanceKeys];
    });
    for (const key of new Set(keys)) {
      expect(lookUp(en, key), key).toEqual(expect.any(String));
      expect(lookUp(de, key), key).toEqual(expect.any(String));
    }
  });
});
