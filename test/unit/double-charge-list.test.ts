// What History and the header read about money trouble: the sales charged twice, listed whatever their day
// (refunded or not) while the overview counts only the unrefunded ones; and the count of failing background
// checks, which main clears (and says so) as soon as one check succeeds.
import { describe, expect, it, vi } from 'vitest';
import { ReconcileLoop } from '../../src/main/core/journal/reconcile-loop';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('sales charged twice in the sales list', () => {
  it('lists a double-charged sale with doubleCharged, before and after its duplicate is refunded', async () => {
    const { counter, simulator, journal } = await demoConsole({ console: { watchEveryMs: 50 } });
    const { request } = await saleRequestFor(counter);
    const clean = await counter.startSale(request);
    await counter.leaveHandoff();
    // The answer is lost; the check finds the sale, which then stays watched.
    simulator.faults.add({ path: '/register', action: 'reset', commit: true });
    const { saleId } = await counter.startSale(request);
    counter.start();
    await until(() => journal.get(saleId)?.status === 'completed', 5_000);
    // Gigastore charges the same metatag again.
    simulator.account.register({ ...request, metatag: saleId, userIp: '203.0.113.7', userCountry: 'DE' }, new Date());
    await until(() => (journal.get(saleId)?.duplicates.length ?? 0) > 0, 5_000);

    expect((await counter.getOverview()).doubleCharges).toEqual([saleId]);
    expect((await counter.listSales({ doubleCharged: true })).map((sale) => sale.saleId)).toEqual([saleId]);
    expect(await counter.listSales({ doubleCharged: true, text: clean.saleId })).toEqual([]);
    expect((await counter.listSales({})).map((sale) => sale.saleId)).toEqual([saleId, clean.saleId]);

    const outcomes = await counter.refundDuplicate(saleId);
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['refunded']);
    expect((await counter.getOverview()).doubleCharges).toEqual([]);
    expect((await counter.listSales({ doubleCharged: true })).map((sale) => sale.saleId)).toEqual([saleId]);
    await expect(counter.refundDuplicate(saleId)).rejects.toThrow('This sale has no double charge left to refund.');
  });
});

describe('the background checks', () => {
  it('count failed runs in a row, and say so once a run succeeds again', async () => {
    const run = vi
      .fn<() => Promise<[]>>()
      .mockRejectedValueOnce(new Error('Gigastore answered 503.'))
      .mockRejectedValueOnce(new Error('Gigastore answered 503 again.'))
      .mockResolvedValue([]);
    const failed = vi.fn();
    const recovered = vi.fn();
    const loop = new ReconcileLoop(
      run,
      () => undefined,
      failed,
      () => new Date('2026-12-01T10:00:00Z'),
      recovered,
    );

    await expect(loop.kick()).rejects.toThrow();
    await expect(loop.kick()).rejects.toThrow();
    expect(loop.failures).toEqual({
      count: 2,
      message: 'Gigastore answered 503 again.',
      at: '2026-12-01T10:00:00.000Z',
    });
    expect(failed).toHaveBeenCalledTimes(2);
    expect(recovered).not.toHaveBeenCalled();

    await loop.kick();
    expect(loop.failures).toEqual({ count: 0 });
    expect(recovered).toHaveBeenCalledTimes(1);
    await loop.kick();
    expect(recovered).toHaveBeenCalledTimes(1);
  });
});
