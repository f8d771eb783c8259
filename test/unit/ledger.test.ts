import { appendFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { toCatalogueItem } from '../../src/shared/catalogue';
import { JournalFile } from '../../src/main/core/journal/journal-file';
import { SalesLedger } from '../../src/main/core/journal/ledger';
import { SaleRecords, type NewSale } from '../../src/main/core/journal/sale-records';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { newSaleId } from '../../src/main/core/sale-id';
import { tempDir } from '../support/console';
import { clientFor, startSimulator } from '../support/simulator';

async function setUp(windowMs = 300) {
  const simulator = await startSimulator();
  const client = clientFor(simulator, { timeoutMs: 300, retry: { limit: 1, baseDelayMs: 5, maxDelayMs: 50 } });
  const dir = tempDir();
  const journal = SalesJournal.open(dir);
  // The ledger's clock runs ahead on demand, so the reconciliation window passes without waiting for it.
  const clock = { aheadMs: 0 };
  const now = () => new Date(Date.now() + clock.aheadMs);
  const ledger = new SalesLedger(new SaleRecords(journal, now), { reconciliationWindowMs: () => windowMs, now });
  const item = toCatalogueItem(simulator.account.inventory[3]!);
  const draft = (): NewSale => ({
    saleId: newSaleId('TEST-1'),
    counterId: 'TEST-1',
    mode: 'demo',
    item,
    price: item.retailPrice,
    customerCountry: 'DE',
    customerEmail: 'ana@example.com',
    userIp: '192.0.2.10',
  });
  return { simulator, client, dir, journal, ledger, draft, clock };
}

describe('the sales ledger', () => {
  it('writes the sale to the journal before the register request leaves', async () => {
    const { simulator, client, journal, ledger, draft } = await setUp();
    const sale = draft();
    let journaledFirst = false;
    const original = simulator.account.register.bind(simulator.account);
    simulator.account.register = (request, now) => {
      // The journal on the disk (a second reader) already holds the sale when Gigastore sees the request.
      const onDisk = SalesJournal.open(journal.path.replace(/\/sales\.journal$/, ''));
      journaledFirst = onDisk.get(request.metatag)?.status === 'pending';
      onDisk.close();
      return original(request, now);
    };
    const done = await ledger.sell(client, sale);
    expect(journaledFirst).toBe(true);
    expect(done).toMatchObject({ status: 'completed', completedVia: 'response', esimState: 'RELEASED' });
  });

  it("puts Gigastore's answer on screen once it is written, and on the disk right after", async () => {
    const { client, journal, ledger, draft } = await setUp();
    const flushes = vi.spyOn(JournalFile.prototype, 'flushSoon');
    const heard: Array<{ status: string; onDisk: string | undefined; flushedBefore: number }> = [];
    // What a window is told, and what a second reader (another process) finds on the disk at that moment.
    journal.onRecord((sale) => {
      const onDisk = SalesJournal.open(journal.path.replace(/\/sales\.journal$/, ''));
      heard.push({
        status: sale.status,
        onDisk: onDisk.get(sale.saleId)?.status,
        flushedBefore: flushes.mock.calls.length,
      });
      onDisk.close();
    });
    try {
      const sale = await ledger.sell(client, draft());
      expect(sale.status).toBe('completed');
      expect(heard).toEqual([
        { status: 'pending', onDisk: 'pending', flushedBefore: 0 },
        { status: 'completed', onDisk: 'completed', flushedBefore: 0 },
      ]);
      expect(flushes).toHaveBeenCalledTimes(1);
      await flushes.mock.results[0]!.value;
    } finally {
      flushes.mockRestore();
    }
  });

  it('completes a sale whose answer was lost once reconciliation finds its metatag', async () => {
    const { simulator, client, ledger, journal, draft } = await setUp();
    simulator.faults.add({ path: '/register', action: 'reset', commit: true });
    const sale = await ledger.sell(client, draft());
    expect(sale.status).toBe('verifying');
    expect(sale.errors[0]?.code).toBe('gigastore.network');

    const [outcome] = await ledger.reconcile(client);
    expect(outcome?.outcome).toBe('completed');
    const [activation] = simulator.account.activations;
    expect(journal.get(sale.saleId)).toMatchObject({
      status: 'completed',
      completedVia: 'reconciliation',
      iccid: activation!.iccid,
      customerUid: activation!.customerUid,
      activationCode: simulator.account.esim(activation!.iccid)!.activationCode,
    });
    expect(simulator.requestCount('/register')).toBe(1);
  });

  it('keeps a missing sale verifying inside the window and until a second read a window later agrees, then allows a retry with the same id', async () => {
    const { simulator, client, ledger, draft, clock } = await setUp(60_000);
    simulator.faults.add({ path: '/register', action: 'hang' });
    const sale = await ledger.sell(client, draft());
    expect(sale.status).toBe('verifying');
    await expect(ledger.retry(client, sale.saleId)).rejects.toThrow('not yet certain');

    expect((await ledger.reconcile(client))[0]?.outcome).toBe('still-verifying');
    clock.aheadMs = 61_000;
    // The window has passed: the first read without a trace is recorded, and is not enough on its own.
    const [first] = await ledger.reconcile(client);
    expect(first).toMatchObject({ outcome: 'still-verifying', sale: { noTraceSince: expect.any(String) } });
    clock.aheadMs = 100_000;
    expect((await ledger.reconcile(client))[0]?.outcome).toBe('still-verifying');
    clock.aheadMs = 122_000;
    const [second] = await ledger.reconcile(client);
    expect(second?.outcome).toBe('not-charged');
    expect(second?.sale.errors.at(-1)?.message).toMatch(/^No trace at Gigastore 2 min after the attempt/);
    expect(simulator.account.activations).toHaveLength(0);

    const retried = await ledger.retry(client, sale.saleId);
    expect(retried).toMatchObject({ status: 'completed', attempts: 2, saleId: sale.saleId });
    expect(simulator.account.activations.map((activation) => activation.metatag)).toEqual([sale.saleId]);
    const registers = simulator.requests.filter((record) => record.path.endsWith('/register'));
    expect(registers.map((record) => record.idempotencyKey)).toEqual([sale.saleId, sale.saleId]);
  });

  it('gives a live sale at least 30 s before an absence counts, whatever the setting; a demo sale the setting', async () => {
    const { simulator, client, ledger, draft, clock } = await setUp(1000);
    simulator.faults.add({ path: '/register', action: 'hang', times: 2 });
    const demo = await ledger.sell(client, draft());
    const live = await ledger.sell(client, { ...draft(), mode: 'live' });
    const outcomes = async () =>
      Object.fromEntries((await ledger.reconcile(client)).map((outcome) => [outcome.saleId, outcome.outcome]));

    clock.aheadMs = 1_500; // past the 1 s setting: the first read without a trace, for the demo sale only
    await outcomes();
    clock.aheadMs = 3_000; // a second read a window later: the demo sale is taken as not charged
    expect(await outcomes()).toEqual({ [demo.saleId]: 'not-charged', [live.saleId]: 'still-verifying' });
    expect(ledger.records.journal.get(live.saleId)?.noTraceSince).toBeUndefined();

    clock.aheadMs = 29_000; // still inside the live minimum
    expect((await outcomes())[live.saleId]).toBe('still-verifying');
    expect(ledger.records.journal.get(live.saleId)?.noTraceSince).toBeUndefined();
    clock.aheadMs = 31_000;
    await outcomes();
    clock.aheadMs = 62_000; // 30 s after the first read without a trace
    expect((await outcomes())[live.saleId]).toBe('not-charged');
  });

  it('refuses to send a completed sale again', async () => {
    const { client, ledger, draft } = await setUp();
    const sale = await ledger.sell(client, draft());
    await expect(ledger.retry(client, sale.saleId)).rejects.toThrow('went through already');
  });

  it('records a refusal with the allow-listed fields of Gigastore’s answer and nothing charged', async () => {
    const { simulator, client, ledger, draft } = await setUp();
    simulator.account.creditCents = 10;
    const sale = await ledger.sell(client, draft());
    expect(sale.status).toBe('refused');
    expect(sale.errors[0]!.answer).toMatchObject({ title: 'Insufficient credit', status: 402 });
  });

  it('records an unreachable Gigastore as certainly not charged', async () => {
    const { simulator, client, ledger, draft } = await setUp();
    await simulator.close();
    const sale = await ledger.sell(client, draft());
    expect(sale.status).toBe('not-charged');
    expect(sale.errors[0]?.code).toBe('gigastore.unreachable');
  });

  it('after a restart, settles a sale journaled as pending (the app died mid-request)', async () => {
    const { simulator, client, dir, journal, draft } = await setUp();
    const sale = draft();
    // What a crash leaves: the "begun" record, and Gigastore holding the sale.
    journal.record({ type: 'begun', at: new Date().toISOString(), gigastore: client.baseUrl, ...sale });
    await client.register(
      {
        inventoryItemId: sale.item.id,
        metatag: sale.saleId,
        userIp: sale.userIp,
        userCountry: 'DE',
        expectedPrice: sale.price,
      },
      sale.saleId,
    );
    journal.close();

    const reopened = SalesJournal.open(dir);
    expect(reopened.get(sale.saleId)?.status).toBe('pending');
    const outcomes = await new SalesLedger(new SaleRecords(reopened), { reconciliationWindowMs: () => 300 }).reconcile(
      client,
    );
    expect(outcomes).toMatchObject([{ saleId: sale.saleId, outcome: 'completed' }]);
    expect(reopened.get(sale.saleId)?.iccid).toBe(simulator.account.activations[0]?.iccid);
    reopened.close();
  });

  it('leaves sales sent to another Gigastore alone', async () => {
    const { client, journal, ledger, draft } = await setUp();
    const sale = draft();
    journal.record({
      type: 'begun',
      at: new Date(Date.now() - 60_000).toISOString(),
      gigastore: 'https://api.giga.store/',
      ...sale,
    });
    expect(await ledger.reconcile(client)).toEqual([]);
    expect(journal.get(sale.saleId)?.status).toBe('pending');
  });

  it('never sends a sale with a damaged record again, and never takes one as not charged', async () => {
    const { simulator, client, journal, ledger, draft, clock } = await setUp(60_000);
    simulator.faults.add({ path: '/register', action: 'hang' });
    const lost = await ledger.sell(client, draft());
    simulator.account.creditCents = 10;
    const refused = await ledger.sell(client, draft());
    expect([lost.status, refused.status]).toEqual(['verifying', 'refused']);
    // A record of each whose checksum fails, then a good one: damaged in the middle of the journal.
    for (const saleId of [lost.saleId, refused.saleId])
      appendFileSync(journal.path, `00000000 {"type":"state","saleId":"${saleId}","at":"now","state":"X"}\n`);
    const good = JSON.stringify({ type: 'started', saleId: lost.saleId, at: new Date().toISOString() });
    appendFileSync(journal.path, `${crc32(good).toString(16).padStart(8, '0')} ${good}\n`);
    expect(journal.get(lost.saleId)?.damaged).toMatch(/damaged/);
    expect(journal.get(refused.saleId)?.damaged).toMatch(/damaged/);
    const registers = simulator.requestCount('/register');

    // A refused sale may be sent again, but not this one.
    await expect(ledger.retry(client, refused.saleId)).rejects.toThrow(
      'A record of this sale is damaged, so it is not sent again',
    );
    // Past the window, and two complete reads without a trace a window apart: still not taken as not charged.
    for (const aheadMs of [61_000, 122_000, 183_000, 244_000]) {
      clock.aheadMs = aheadMs;
      const outcomes = await ledger.reconcile(client);
      expect(outcomes.find((outcome) => outcome.saleId === lost.saleId)?.outcome).toBe('still-verifying');
    }
    expect(journal.get(lost.saleId)?.status).toBe('verifying');
    await expect(ledger.retry(client, lost.saleId)).rejects.toThrow('A record of this sale is damaged');
    expect(simulator.requestCount('/register')).toBe(registers);
  });
});
