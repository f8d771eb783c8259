// "Will it work on this phone?" through the console, over real HTTP to the simulator's supported devices
// list: a model in the list is found, one that is not says "not in the list", a brand alone asks for the
// whole name; the list is kept in the data folder (demo's in a folder of its own); the customer display's
// confirm screen carries the outcome once a check was made, and forgets it with the package.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchConsoleCall } from '../../src/main/core/dispatch';
import { demoConsole, saleRequestFor } from '../support/console';

describe('checkDevice', () => {
  it('finds a listed phone, says not in the list for another, and asks for the whole name for a brand', async () => {
    const { counter, dataDir, simulator } = await demoConsole();
    const found = await counter.checkDevice('iphone 11 pro');
    expect(found).toMatchObject({ outcome: 'found', stale: false });
    expect(found.matches[0]).toEqual({ name: 'Apple iPhone 11 Pro', exact: true });
    expect((await counter.checkDevice('Nokia 3310')).outcome).toBe('not-in-list');
    expect((await counter.checkDevice('Samsung')).outcome).toBe('narrow-down');
    expect(existsSync(join(dataDir, 'demo', 'supported-devices.json'))).toBe(true);
    const fetches = simulator.requests.filter((request) => request.path.endsWith('/esim-capable')).length;
    expect(fetches).toBe(1);
  });

  it('shows the outcome on the customer display while the package is confirmed, and forgets it with the package', async () => {
    const { counter } = await demoConsole();
    const { item } = await saleRequestFor(counter);
    await counter.previewSale({ inventoryItemId: item.id, customerLanguage: 'de' });
    expect(counter.customerView()).not.toHaveProperty('device');
    await counter.checkDevice('Nokia 3310');
    expect(counter.customerView()).toMatchObject({ screen: 'confirm', device: 'not-in-list' });
    await counter.previewSale(null);
    await counter.previewSale({ inventoryItemId: item.id, customerLanguage: 'de' });
    expect(counter.customerView()).not.toHaveProperty('device');
  });

  it('refuses a query of one letter in one sentence', async () => {
    const { counter } = await demoConsole();
    expect(await dispatchConsoleCall(counter, 'checkDevice', ['x'])).toEqual({
      ok: false,
      error: {
        code: 'ipc.invalid-arguments',
        message: 'the request: Type at least two letters of the phone: brand and model.',
      },
    });
  });
});
