import { statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoConsole, saleRequestFor, tempDir, until } from '../support/console';

describe('the console at start-up', () => {
  it('reports a torn journal tail, keeps every earlier sale, and reconciles the sale it left pending', async () => {
    const dataDir = tempDir();
    const first = await demoConsole({ dataDir });
    const { request } = await saleRequestFor(first.counter);
    const sales = [];
    for (let index = 0; index < 2; index++) {
      sales.push(await first.counter.startSale(request));
      await first.counter.leaveHandoff();
    }
    first.journal.close();
    const path = join(dataDir, 'sales.journal');
    truncateSync(path, statSync(path).size - 30);

    // The same simulator stands in for Gigastore after the restart: it still holds both sales.
    const second = await demoConsole({
      dataDir,
      console: {
        startDemo: async () => ({
          baseUrl: first.simulator.baseUrl,
          credentials: { clientId: 'demo', clientSecret: 'demo' },
          scan: () => undefined,
          stage: () => undefined,
          close: async () => undefined,
        }),
      },
    });
    const overview = await second.counter.getOverview();
    expect(overview.notices.some((notice) => notice.startsWith("The journal's last record was cut off"))).toBe(true);
    expect(overview.unresolvedSales).toBe(1);
    second.counter.start();
    await until(() => second.journal.unresolved().length === 0, 5_000);
    const listed = await second.counter.listSales({});
    expect(listed.map((sale) => sale.saleId)).toEqual([sales[1]!.saleId, sales[0]!.saleId]);
    expect(listed.every((sale) => sale.status === 'completed')).toBe(true);
    expect(listed[0]).toMatchObject({
      completedVia: 'reconciliation',
      iccid: first.simulator.account.activations[1]!.iccid,
    });
  });
});
