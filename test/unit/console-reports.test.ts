// The Z report and the whole store through the console, as the counter window calls them: a demo console on
// its own simulator over real HTTP, another counter's sale and a package the journal does not know put into
// Gigastore's sales list through the simulator's control route.
import { describe, expect, it } from 'vitest';
import { dispatchConsoleCall } from '../../src/main/core/dispatch';
import { newSaleId } from '../../src/main/core/sale-id';
import type { PrintJob } from '../../src/main/core/receipt/printer';
import { control } from '../support/store-counters';
import { demoConsole, saleRequestFor } from '../support/console';

const today = () => new Date().toLocaleDateString('sv-SE');

async function reportingCounter() {
  const printed: Array<{ html: string; job: PrintJob }> = [];
  const pdfs: Array<{ html: string; paper: string; name: string }> = [];
  const saved: Record<string, string> = {};
  const setup = await demoConsole({
    console: {
      printer: {
        list: async () => [],
        print: async (html, job) => void printed.push({ html, job }),
        savePdf: async (html, paper, name) => {
          pdfs.push({ html, paper, name });
          return `/pdfs/${name}`;
        },
      },
      saveFile: async (name, content) => {
        saved[name] = content;
        return `/exports/${name}`;
      },
    },
    settings: { autoPrint: 'off', paper: '58mm', counterId: 'VIE3-1', storeName: 'Vienna 3' },
  });
  return { ...setup, printed, pdfs, saved };
}

describe('the close of day and the whole store, through the console', () => {
  it("reports a day with a difference, prints it on the settings' paper, saves it as PDF and CSV, and lists the store", async () => {
    const { counter, simulator, printed, pdfs, saved } = await reportingCounter();
    await counter.updateSettings({ clerks: ['Mira'] });
    await counter.startShift('Mira');
    const sold = await counter.startSale((await saleRequestFor(counter)).request);
    const unknown = newSaleId('VIE3-1');
    const other = newSaleId('VIE3-2');
    await control(simulator, 'activated-items', { metatag: unknown });
    await control(simulator, 'activated-items', { metatag: other });

    const day = await counter.zReport({ day: today() }, false);
    expect(day.period).toMatchObject({ kind: 'day', day: today() });
    expect(day.sales.map((sale) => sale.saleId)).toEqual([sold.saleId]);
    expect(day.byClerk.map((group) => group.label)).toEqual(['Mira']);
    expect(day.flagged).toBe(true);
    expect(day.check.differences.map((difference) => [difference.kind, difference.saleId])).toEqual([
      ['not-in-journal', unknown],
    ]);

    const store = await counter.zReport({ day: today() }, true);
    expect(store.scope).toMatchObject({ storeWide: true, store: 'VIE3', counters: ['VIE3-1', 'VIE3-2'] });

    const [shift] = await counter.listShifts({ from: today(), to: today() });
    expect(shift).toMatchObject({ clerk: 'Mira' });
    const ofShift = await counter.zReport({ shiftId: shift!.id }, false);
    expect(ofShift.period.shift?.clerk).toBe('Mira');
    expect(ofShift.sales).toHaveLength(1);

    await counter.printZReport({ day: today() }, false);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.job).toMatchObject({ paper: '58mm', copies: 1 });
    expect(printed[0]!.html).toContain('DIFFERENCES WITH GIGASTORE');
    expect(printed[0]!.html).toContain('Vienna 3');

    expect(await counter.saveZReport({ day: today() }, false, 'pdf')).toEqual({
      path: `/pdfs/esim-z-report-${today()}.pdf`,
    });
    expect(pdfs[0]).toMatchObject({ paper: '58mm' });
    expect(await counter.saveZReport({ shiftId: shift!.id }, true, 'csv')).toMatchObject({ path: expect.any(String) });
    const csvName = Object.keys(saved)[0]!;
    expect(csvName).toMatch(/^esim-z-report-\d{4}-\d{2}-\d{2}T[\d-]+Z?\.csv$/);
    expect(saved[csvName]).toContain(sold.saleId);

    const sales = await counter.storeSales({ from: today(), to: today() });
    expect(sales.store).toBe('VIE3');
    const byKey = new Map(sales.rows.map((row) => [row.key, row]));
    expect(byKey.get(sold.saleId)).toMatchObject({ counterId: 'VIE3-1', thisCounter: true });
    expect(byKey.get(other)).toMatchObject({ counterId: 'VIE3-2', thisCounter: false });
  });

  it('refuses a report of something that is neither a day nor a shift, in one sentence', async () => {
    const { counter } = await reportingCounter();
    const wrong = await dispatchConsoleCall(counter, 'zReport', [{ day: '2026-13-40' }, false]);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    const noShift = await dispatchConsoleCall(counter, 'zReport', [{ shiftId: 'never' }, false]);
    expect(noShift).toMatchObject({ ok: false, error: { code: 'report.shift' } });
    const backwards = await dispatchConsoleCall(counter, 'storeSales', [{ from: '2026-02-02', to: '2026-02-01' }]);
    expect(backwards).toMatchObject({ ok: false, error: { message: 'The first day comes after the last day.' } });
  });
});
