// The simulator's control routes that write its sales history directly (for the Z report's tests and for
// trainers): a package sold outside this console, under any sale id (another counter, another store), and
// a recorded retail price changed. Over real HTTP; what Gigastore's API then answers is read by the client.
import { describe, expect, it } from 'vitest';
import { newSaleId } from '../../src/main/core/sale-id';
import { clientFor, startSimulator } from '../support/simulator';

async function post(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/_simulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('writing the simulated sales history', () => {
  it('a sale of another store, dated and priced as given, is in the sales list; no credit is spent', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    const metatag = newSaleId('LON1-2');
    const item = simulator.account.inventory[3]!;
    const recorded = await post(simulator.baseUrl, 'activated-items', {
      metatag,
      inventoryItemId: item.id,
      salesDate: '2026-11-25T10:00:00.000Z',
      retailPrice: { priceValue: 12.5, currencyCode: 'EUR' },
      activationMode: 'FIRST_USE',
    });
    expect(recorded).toMatchObject({ status: 200, json: { ok: true, uid: expect.any(String) } });
    const [listed] = await client.activatedItems({ from: '2026-11-25T00:00:00.000Z', to: '2026-11-26T00:00:00.000Z' });
    expect(listed).toMatchObject({
      uid: recorded.json.uid,
      metatag,
      salesDate: '2026-11-25T10:00:00.000Z',
      retailPrice: { priceValue: 12.5, currencyCode: 'EUR' },
      balance: { name: item.name, activationMode: 'FIRST_USE' },
    });
    expect(simulator.account.creditCents).toBe(1000 * 100);
  });

  it('a recorded price changed: the package is listed at the new price', async () => {
    const simulator = await startSimulator();
    const { json } = await post(simulator.baseUrl, 'activated-items', { metatag: newSaleId('VIE3-1') });
    expect(
      (await post(simulator.baseUrl, `activated-items/${String(json.uid)}/retail-price`, { priceValue: 9.49 })).status,
    ).toBe(200);
    expect((await clientFor(simulator).activatedItem(String(json.uid))).retailPrice).toMatchObject({
      priceValue: 9.49,
      currencyCode: 'USD',
    });
  });

  it.each([
    ['activated-items', { metatag: 'X', inventoryItemId: 'nope' }, 404, 'Inventory item nope does not exist.'],
    ['activated-items', { metatag: 'X', salesDate: 'yesterday' }, 400, 'salesDate'],
    ['activated-items', { metatag: 'X', charged: true }, 400, 'charged'],
    ['activated-items', {}, 400, 'metatag'],
    ['activated-items/nope/retail-price', { priceValue: 1 }, 404, 'Activated item nope does not exist.'],
    ['activated-items/nope/retail-price', { priceValue: -1 }, 400, 'priceValue'],
  ])('POST %s %j is refused (%i), saying why', async (path, body, status, words) => {
    const simulator = await startSimulator();
    const refused = await post(simulator.baseUrl, path, body);
    expect(refused.status).toBe(status);
    expect(String(refused.json.detail)).toContain(words);
    expect(simulator.account.activatedItems(undefined, undefined)).toEqual([]);
  });

  it('like every control, takes nothing from a web page', async () => {
    const simulator = await startSimulator();
    const refused = await post(
      simulator.baseUrl,
      'activated-items',
      { metatag: 'X' },
      { origin: 'https://evil.example' },
    );
    expect(refused.status).toBe(403);
    expect(simulator.account.activatedItems(undefined, undefined)).toEqual([]);
  });
});
