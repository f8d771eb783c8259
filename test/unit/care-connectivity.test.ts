// "Is it connected?" through the console, over real HTTP to the simulator: a sold eSIM is never seen until
// its profile is installed, then connected with where it was seen and the clerk's steps; an answer in a
// form this version does not read says so in one sentence; a malformed ICCID is refused at the boundary.
import { describe, expect, it } from 'vitest';
import { dispatchConsoleCall } from '../../src/main/core/dispatch';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('esimConnectivity', () => {
  it('is never seen before the install, connected with where and the steps after it', async () => {
    const { counter, events } = await demoConsole({ settings: { autoPrint: 'off' } });
    const { request } = await saleRequestFor(counter);
    const handoff = await counter.startSale(request);
    const iccid = handoff.esim!.iccid;

    const before = await counter.esimConnectivity(iccid);
    expect(before).toMatchObject({
      iccid,
      situation: 'never-seen',
      seen: 'no',
      summaryKey: 'connectivity.summary.neverSeen',
    });
    expect(before.guidanceKeys[0]).toBe('connectivity.guidance.roaming');

    await counter.simulateScan('INSTALLED');
    await until(() => events.handoff.at(-1)?.esim?.state === 'INSTALLED');
    const after = await counter.esimConnectivity(iccid);
    expect(after).toMatchObject({ situation: 'connected', seen: 'yes', connectedNow: true });
    expect(after.lastSeen).toEqual(expect.any(String));
    expect(after.where.countryCode).toMatch(/^[A-Z]{2}$/);
  });

  it('says in one sentence that it does not understand an answer in another form', async () => {
    const { counter, simulator } = await demoConsole({ settings: { autoPrint: 'off' } });
    const { request } = await saleRequestFor(counter);
    const iccid = (await counter.startSale(request)).esim!.iccid;
    simulator.faults.add({ path: '/status/connectivity', action: 'answer', body: { hello: 'world' } });
    await expect(counter.esimConnectivity(iccid)).rejects.toMatchObject({
      code: 'gigastore.unknown-form',
      message: expect.stringContaining('Gigastore answered in a form this version does not understand'),
    });
  });

  it('refuses an ICCID that is not 6 to 22 digits before asking Gigastore', async () => {
    const { counter, simulator } = await demoConsole();
    const asked = simulator.requests.length;
    expect(await dispatchConsoleCall(counter, 'esimConnectivity', ['89-49'])).toEqual({
      ok: false,
      error: { code: 'ipc.invalid-arguments', message: 'the request: An ICCID is 6 to 22 digits.' },
    });
    expect(simulator.requests.length).toBe(asked);
  });
});
