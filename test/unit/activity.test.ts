import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { demoConsole, saleRequestFor } from '../support/console';

const today = () => new Date().toLocaleDateString('sv-SE');

describe('who did what, and when', () => {
  it('records sales, refunds, receipts, settings and shifts with the clerk, lists them in order, exports them, and keeps them across a restart', async () => {
    const exported: Record<string, string> = {};
    const { counter, dataDir } = await demoConsole({
      console: {
        printer: { list: async () => [], print: async () => undefined, savePdf: async () => undefined },
        saveFile: async (name, content) => {
          exported[name] = content;
          return `/exports/${name}`;
        },
      },
      settings: { autoPrint: 'off' },
    });
    await counter.updateSettings({ clerks: ['Mira'] });
    await counter.startShift('Mira');
    const sold = await counter.startSale((await saleRequestFor(counter)).request);
    await counter.printReceipt(sold.saleId);
    await counter.refundPackage({ activatedItemUid: sold.activatedItemUid!, reason: 'Wrong package' });
    await counter.endShift();

    const entries = await counter.listActivity({ from: today(), to: today() });
    expect(entries.map((entry) => [entry.action, entry.clerk])).toEqual([
      ['settings', undefined],
      ['shift-start', 'Mira'],
      ['first', 'Mira'],
      ['receipt', 'Mira'],
      ['refund', 'Mira'],
      ['shift-end', 'Mira'],
    ]);
    expect(entries.find((entry) => entry.action === 'refund')?.detail).toContain('refunded: Wrong package');

    expect(await counter.exportActivityCsv({ from: today(), to: today() })).toEqual({
      path: `/exports/esim-activity-${today()}.csv`,
    });
    const csv = exported[`esim-activity-${today()}.csv`]!.trim().split('\r\n');
    expect(csv[0]).toBe('at,action,clerk,sale_id,detail');
    expect(csv).toHaveLength(7);

    await counter.exportSalesCsv({ from: today(), to: today() });
    expect(exported[`esim-sales-${today()}.csv`]).toContain(',first,');
    expect(exported[`esim-sales-${today()}.csv`]).toContain('refunded,Wrong package,Mira,1');

    const reopened = AuditTrail.open(dataDir);
    expect(reopened.list().map((entry) => entry.action)).toEqual(['settings', 'shift-start', 'shift-end']);
    expect(readFileSync(`${dataDir}/audit.journal`, 'utf8')).not.toContain('LPA:');
  });
});
