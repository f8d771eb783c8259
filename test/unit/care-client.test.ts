// Gigastore's after-sale rules through the client against the simulator over HTTP.
import { describe, expect, it } from 'vitest';
import { type GigastoreError } from '../../src/main/core/gigastore/errors';
import { useData } from '../../src/main/simulator/care';
import { clientFor, registerRequest, startSimulator } from '../support/simulator';

async function firstSale(countrySet = 'EUR', options: Parameters<typeof startSimulator>[0] = {}) {
  const simulator = await startSimulator(options);
  const client = clientFor(simulator);
  const item = simulator.account.inventory.find((candidate) => candidate.countrySet === countrySet)!;
  const request = registerRequest(simulator, { inventoryItemId: item.id, expectedPrice: item.retailPrices[0] });
  const sale = await client.register(request, request.metatag);
  const same = (set: string, skip = 0) =>
    simulator.account.inventory.filter((candidate) => candidate.countrySet === set)[skip]!;
  return { simulator, client, sale, same };
}

const fail = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as GigastoreError,
  );

describe('after-sale rules against the simulator', () => {
  it('tops up a customer with a package of their coverage set, without a new eSIM', async () => {
    const { simulator, client, sale, same } = await firstSale();
    const item = same('EUR', 1);
    const answer = await client.topUp(
      {
        inventoryItemId: item.id,
        metatag: 'T-1',
        customerUid: sale.customer.uid,
        expectedPrice: item.retailPrices[0]!,
      },
      'T-1',
    );
    expect(answer.esimProfile ?? null).toBeNull();
    expect((await client.customer(sale.customer.uid)).activatedItems.map((entry) => entry.metatag)).toEqual([
      expect.any(String),
      'T-1',
    ]);
    expect(simulator.requests.at(-2)?.idempotencyKey).toBe('T-1');
  });

  it('refuses a top-up of another coverage set', async () => {
    const { client, sale, same } = await firstSale();
    const item = same('AT');
    const error = await fail(
      client.topUp(
        {
          inventoryItemId: item.id,
          metatag: 'T-2',
          customerUid: sale.customer.uid,
          expectedPrice: item.retailPrices[0]!,
        },
        'T-2',
      ),
    );
    expect(error?.status).toBe(409);
    expect(error?.message).toContain("This customer's packages cover EUR; a AT package needs a new customer.");
  });

  it('gives an existing customer a second eSIM with its own activation code', async () => {
    const { client, sale, same } = await firstSale();
    const item = same('EUR', 2);
    const answer = await client.topUpWithProfile(
      {
        inventoryItemId: item.id,
        metatag: 'P-1',
        customerUid: sale.customer.uid,
        expectedPrice: item.retailPrices[0]!,
        userIp: '192.0.2.10',
        userCountry: 'DE',
      },
      'P-1',
    );
    expect(answer.esimProfile.iccid).not.toBe(sale.esimProfile.iccid);
    expect(answer.esimProfile.activationCode).not.toBe(sale.esimProfile.activationCode);
    expect((await client.customer(sale.customer.uid)).relatedEsims).toHaveLength(2);
  });

  it('refunds an unused package, and refuses a used one and a second refund with Gigastore’s sentence', async () => {
    const { simulator, client, sale, same } = await firstSale();
    const credit = simulator.account.creditCents;
    expect(await client.refund(sale.activatedItem.uid)).toEqual({
      path: '/gigastore/activations/activated-items/{uid}/refund',
    });
    expect(simulator.account.creditCents).toBeGreaterThan(credit);
    expect(simulator.account.refunded.has(sale.activatedItem.uid)).toBe(true);
    expect((await fail(client.refund(sale.activatedItem.uid)))?.message).toContain(
      'This package has already been refunded.',
    );

    const item = same('EUR', 1);
    const topUp = await client.topUp(
      {
        inventoryItemId: item.id,
        metatag: 'T-3',
        customerUid: sale.customer.uid,
        expectedPrice: item.retailPrices[0]!,
      },
      'T-3',
    );
    useData(simulator.account, topUp.activatedItem.uid, 10);
    expect((await fail(client.refund(topUp.activatedItem.uid)))?.message).toContain(
      'The package has been used and can no longer be refunded.',
    );
  });

  it('stops refunding at the monthly limit', async () => {
    const { simulator, client, sale, same } = await firstSale('EUR', { monthlyRefundLimit: 1 });
    await client.refund(sale.activatedItem.uid);
    const item = same('EUR', 1);
    const topUp = await client.topUp(
      {
        inventoryItemId: item.id,
        metatag: 'T-4',
        customerUid: sale.customer.uid,
        expectedPrice: item.retailPrices[0]!,
      },
      'T-4',
    );
    const error = await fail(client.refund(topUp.activatedItem.uid));
    expect(error?.status).toBe(409);
    expect(error?.message).toContain('The monthly refund limit (1) has been reached.');
    expect(simulator.account.refunded.has(topUp.activatedItem.uid)).toBe(false);
  });

  it('falls back to the documented refund path once when the prefixed one is unknown', async () => {
    const { simulator, client, sale } = await firstSale('EUR', { refundPath: 'documented' });
    expect(await client.refund(sale.activatedItem.uid)).toEqual({ path: '/activations/activated-items/{uid}/refund' });
    expect(simulator.requests.filter((record) => record.path.endsWith('/refund')).map((record) => record.path)).toEqual(
      [
        `/gigastore/activations/activated-items/${sale.activatedItem.uid}/refund`,
        `/activations/activated-items/${sale.activatedItem.uid}/refund`,
      ],
    );
  });

  it('starts an ON_DEMAND package on request, and allows ON_DEMAND only for worldwide and regional sets', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    const regional = simulator.account.inventory.find((candidate) => candidate.countrySet === 'EUR')!;
    const request = registerRequest(simulator, {
      inventoryItemId: regional.id,
      expectedPrice: regional.retailPrices[0],
      activationMode: 'ON_DEMAND',
    });
    const sale = await client.register(request, request.metatag);
    expect(sale.activatedItem.balance?.activatedAt ?? null).toBeNull();
    const started = await client.activateItem(sale.activatedItem.uid);
    expect(started.balance?.activatedAt).toEqual(expect.any(String));
    expect((await fail(client.activateItem(sale.activatedItem.uid)))?.message).toContain(
      'This package is active already.',
    );

    const country = simulator.account.inventory.find((candidate) => candidate.countrySet === 'AT')!;
    const refused = registerRequest(simulator, {
      inventoryItemId: country.id,
      expectedPrice: country.retailPrices[0],
      activationMode: 'ON_DEMAND',
    });
    expect((await fail(client.register(refused, refused.metatag)))?.message).toContain(
      'ON_DEMAND activation is available only for worldwide and regional packages.',
    );
  });
});
