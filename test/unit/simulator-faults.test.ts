// The simulator's named sale faults and idempotency modes, proven over real HTTP: through the real
// Gigastore client where the client's view matters, by raw fetch where exact statuses and bodies do.
import { describe, expect, it } from 'vitest';
import { GigastoreError } from '../../src/main/core/gigastore/errors';
import type { GigastoreSimulator } from '../../src/main/simulator/server';
import { bearerFor, pause, rawRequest, waitFor } from '../support/gigastore-http';
import { clientFor, registerRequest, startSimulator } from '../support/simulator';

const REGISTER = '/gigastore/activations/register';

/** What one sale of the first inventory item costs the reseller, in cents. */
function saleCostCents(simulator: GigastoreSimulator): number {
  const item = simulator.account.inventory[0]!;
  return Math.round((item.prices?.[0] ?? item.retailPrices[0]!).priceValue * 100);
}

async function rawRegister(simulator: GigastoreSimulator, body: object, idempotencyKey?: string) {
  const token = await bearerFor(simulator.baseUrl);
  return rawRequest(simulator.baseUrl, 'POST', REGISTER, {
    token,
    json: body,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
}

describe('named sale faults', () => {
  it('lost-answer: the client gets a network error, and the sale is charged exactly once', async () => {
    const simulator = await startSimulator();
    const creditBefore = simulator.account.creditCents;
    simulator.namedFaults.add({ name: 'lost-answer' });
    const request = registerRequest(simulator);
    const error = await clientFor(simulator)
      .register(request, request.metatag)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GigastoreError);
    expect((error as GigastoreError).kind).toBe('network');
    expect(simulator.account.activations.map((activation) => activation.metatag)).toEqual([request.metatag]);
    expect(simulator.account.creditCents).toBe(creditBefore - saleCostCents(simulator));
    expect(simulator.requestCount('/register')).toBe(1);
  });

  it('lost-answer*2 strikes the next two sales, then sales are answered again', async () => {
    const simulator = await startSimulator();
    simulator.namedFaults.add('lost-answer*2');
    await expect(rawRegister(simulator, registerRequest(simulator))).rejects.toThrow();
    await expect(rawRegister(simulator, registerRequest(simulator))).rejects.toThrow();
    expect((await rawRegister(simulator, registerRequest(simulator))).status).toBe(200);
    expect(simulator.account.activations).toHaveLength(3);
    expect(simulator.namedFaults.pendingSaleFaults).toBe(0);
  });

  it('late-charge: nothing is charged at once; the same sale is charged once, dated when it lands', async () => {
    const simulator = await startSimulator();
    const creditBefore = simulator.account.creditCents;
    simulator.namedFaults.add('late-charge=0.3');
    const request = registerRequest(simulator, { customerEmail: 'late@example.com' });
    const sentAt = Date.now();
    await expect(clientFor(simulator).register(request, request.metatag)).rejects.toMatchObject({ kind: 'network' });
    expect(simulator.account.activations).toHaveLength(0);
    expect(simulator.account.creditCents).toBe(creditBefore);
    expect(simulator.pendingLateCharges).toBe(1);

    await waitFor(() => simulator.account.activations.length > 0);
    const landedBy = Date.now();
    const [activation] = simulator.account.activations;
    expect(activation!.metatag).toBe(request.metatag);
    expect(Date.parse(activation!.at)).toBeGreaterThanOrEqual(sentAt + 300);
    expect(Date.parse(activation!.at)).toBeLessThanOrEqual(landedBy);
    const details = simulator.account.customer(activation!.customerUid);
    expect(details.customer.email).toBe('late@example.com');
    expect(details.activatedItems.map((item) => [item.metatag, item.salesDate])).toEqual([
      [request.metatag, activation!.at],
    ]);
    await pause(350);
    expect(simulator.account.activations).toHaveLength(1);
    expect(simulator.account.creditCents).toBe(creditBefore - saleCostCents(simulator));
    expect(simulator.pendingLateCharges).toBe(0);
  });

  it('late-charge: the price guard is checked when the charge lands', async () => {
    const simulator = await startSimulator();
    simulator.namedFaults.add('late-charge=0.2');
    await expect(rawRegister(simulator, registerRequest(simulator))).rejects.toThrow();
    const retail = simulator.account.inventory[0]!.retailPrices[0]!;
    simulator.account.inventory[0]!.retailPrices[0] = { ...retail, priceValue: retail.priceValue + 1 };
    await waitFor(() => simulator.pendingLateCharges === 0);
    expect(simulator.account.activations).toHaveLength(0);
  });

  it('late-charge: a charge still pending when the simulator closes never lands', async () => {
    const simulator = await startSimulator();
    const creditBefore = simulator.account.creditCents;
    simulator.namedFaults.add('late-charge=0.2');
    await expect(rawRegister(simulator, registerRequest(simulator))).rejects.toThrow();
    expect(simulator.pendingLateCharges).toBe(1);
    await simulator.close();
    expect(simulator.pendingLateCharges).toBe(0);
    await pause(400);
    expect(simulator.account.activations).toHaveLength(0);
    expect(simulator.account.creditCents).toBe(creditBefore);
  });

  it.each([401, 409, 503])(
    'after-charge=%i: charged once, then answered that status as problem+json',
    async (status) => {
      const simulator = await startSimulator();
      const creditBefore = simulator.account.creditCents;
      simulator.namedFaults.add({ name: 'after-charge', status });
      const answer = await rawRegister(simulator, registerRequest(simulator));
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.json).toMatchObject({ status, detail: expect.any(String) });
      expect(simulator.account.activations).toHaveLength(1);
      expect(simulator.account.creditCents).toBe(creditBefore - saleCostCents(simulator));
    },
  );

  it('top-ups and top-ups with a new eSIM are money requests too', async () => {
    const simulator = await startSimulator();
    const first = (await rawRegister(simulator, registerRequest(simulator))).json as { customer: { uid: string } };
    const token = await bearerFor(simulator.baseUrl);
    const item = simulator.account.inventory[0]!;
    const topUp = (metatag: string) => ({
      inventoryItemId: item.id,
      metatag,
      customerUid: first.customer.uid,
      expectedPrice: item.retailPrices[0],
    });
    simulator.namedFaults.add('after-charge=502,lost-answer');
    const replaced = await rawRequest(simulator.baseUrl, 'POST', '/gigastore/activations/top-up', {
      token,
      json: topUp('TOPUP-1'),
    });
    expect(replaced.status).toBe(502);
    await expect(
      rawRequest(simulator.baseUrl, 'POST', '/gigastore/activations/top-up-with-profile', {
        token,
        json: { ...topUp('TOPUP-2'), userIp: '192.0.2.10', userCountry: 'DE' },
      }),
    ).rejects.toThrow();
    const details = simulator.account.customer(first.customer.uid);
    expect(details.activatedItems.map((entry) => entry.metatag)).toHaveLength(3);
    expect(details.relatedEsims).toHaveLength(2);
  });
});

describe('idempotency modes', () => {
  it('ignored (the default): a replayed key charges again', async () => {
    const simulator = await startSimulator();
    const body = registerRequest(simulator);
    const first = await rawRegister(simulator, body, body.metatag);
    const replay = await rawRegister(simulator, body, body.metatag);
    expect([first.status, replay.status]).toEqual([200, 200]);
    expect(replay.text).not.toBe(first.text);
    expect(simulator.account.activations).toHaveLength(2);
    expect(simulator.requests.filter((record) => record.idempotencyKey === body.metatag)).toHaveLength(2);
  });

  it('honoured: a replayed key gets the identical first answer and charges once', async () => {
    const simulator = await startSimulator();
    const creditBefore = simulator.account.creditCents;
    simulator.namedFaults.add('idempotency=honoured');
    const body = registerRequest(simulator);
    const first = await rawRegister(simulator, body, body.metatag);
    const replay = await rawRegister(simulator, body, body.metatag);
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.text).toBe(first.text);
    expect(simulator.account.activations).toHaveLength(1);
    expect(simulator.account.creditCents).toBe(creditBefore - saleCostCents(simulator));
    // Another key is another sale.
    expect((await rawRegister(simulator, registerRequest(simulator), 'OTHER-KEY')).status).toBe(200);
    expect(simulator.account.activations).toHaveLength(2);
  });

  it('honoured: after a lost answer, the replay gets the charged sale’s 200 and charges nothing more', async () => {
    const simulator = await startSimulator();
    simulator.namedFaults.add('idempotency=honoured,lost-answer');
    const client = clientFor(simulator);
    const request = registerRequest(simulator);
    await expect(client.register(request, request.metatag)).rejects.toMatchObject({ kind: 'network' });
    const replayed = await client.register(request, request.metatag);
    const [activation] = simulator.account.activations;
    expect(simulator.account.activations).toHaveLength(1);
    expect(replayed.customer.uid).toBe(activation!.customerUid);
    expect(replayed.esimProfile.iccid).toBe(activation!.iccid);
    expect(replayed.activatedItem.metatag).toBe(request.metatag);
  });

  it('honoured: after-charge replays the charged sale’s 200 too', async () => {
    const simulator = await startSimulator();
    simulator.namedFaults.add('idempotency=honoured,after-charge=500');
    const body = registerRequest(simulator);
    expect((await rawRegister(simulator, body, body.metatag)).status).toBe(500);
    const replay = await rawRegister(simulator, body, body.metatag);
    expect(replay.status).toBe(200);
    expect(replay.json).toMatchObject({ customer: { uid: simulator.account.activations[0]!.customerUid } });
    expect(simulator.account.activations).toHaveLength(1);
  });

  it('honoured: a replay while a late charge is pending gets 409, then the landed sale', async () => {
    const simulator = await startSimulator();
    simulator.namedFaults.add('idempotency=honoured,late-charge=0.3');
    const body = registerRequest(simulator);
    await expect(rawRegister(simulator, body, body.metatag)).rejects.toThrow();
    const early = await rawRegister(simulator, body, body.metatag);
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toBe('application/problem+json');
    expect((early.json as { detail: string }).detail).toBe(
      `A request with idempotency key ${body.metatag} is still being processed; try again later.`,
    );
    expect(simulator.account.activations).toHaveLength(0);

    await waitFor(() => simulator.account.activations.length > 0);
    const late = await rawRegister(simulator, body, body.metatag);
    expect(late.status).toBe(200);
    expect(late.json).toMatchObject({ customer: { uid: simulator.account.activations[0]!.customerUid } });
    expect(simulator.account.activations).toHaveLength(1);
  });
});
