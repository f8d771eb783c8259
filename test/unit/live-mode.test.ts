// Live mode end to end against a Gigastore on loopback (the simulator behind TLS, standing in for
// api.giga.store): the vault's credentials, the live address from settings, a manager PIN, and testing
// credentials first.
import { describe, expect, it } from 'vitest';
import { GigastoreSimulator } from '../../src/main/simulator/server';
import { demoConsole, saleRequestFor } from '../support/console';
import { httpsFront } from '../support/tls';

describe('live mode', () => {
  it('tests credentials without storing them, then sells with the stored ones on the live address', async () => {
    const live = await new GigastoreSimulator({
      credentials: { clientId: 'store-7', clientSecret: 'live-secret-1' },
    }).start();
    const front = await httpsFront(live.baseUrl);
    try {
      const { counter, simulator: demo } = await demoConsole({
        settings: { liveBaseUrl: front.baseUrl, storeIp: '203.0.113.7' },
      });
      await counter.setManagerPin({ next: '8642' });

      await expect(counter.testCredentials({ clientId: 'store-7', clientSecret: 'wrong' })).rejects.toThrow(
        "refused the store's API credentials",
      );
      expect(await counter.testCredentials({ clientId: 'store-7', clientSecret: 'live-secret-1' })).toEqual({
        inventorySize: live.account.inventory.length,
        apiVersion: 'simulator',
      });
      expect((await counter.getOverview()).credentials.configured).toBe(false);

      await counter.setCredentials({ clientId: 'store-7', clientSecret: 'live-secret-1' });
      await counter.setMode('live');
      const { request } = await saleRequestFor(counter);
      const handoff = await counter.startSale(request);
      expect(handoff.phase).toBe('active');
      expect(live.account.activations).toHaveLength(1);
      expect(demo.account.activations).toHaveLength(0);
      expect(live.requests.find((record) => record.path.endsWith('/register'))?.body).toMatchObject({
        userIp: '203.0.113.7',
      });
      await expect(counter.simulateScan('INSTALLED')).rejects.toThrow('only possible in demo mode');
    } finally {
      await front.close();
      await live.close();
    }
  });

  it('accepts only https as the live address, loopback included', async () => {
    const { counter } = await demoConsole();
    await expect(counter.updateSettings({ liveBaseUrl: 'http://api.giga.store' })).rejects.toThrow('https://');
    await expect(counter.updateSettings({ liveBaseUrl: 'http://127.0.0.1:8443' })).rejects.toThrow('https://');
    await counter.updateSettings({ liveBaseUrl: 'https://127.0.0.1:8443' });
    await counter.updateSettings({ liveBaseUrl: 'https://api.giga.store' });
  });
});
