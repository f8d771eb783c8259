import { appendFileSync, readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toCatalogueItem } from '../../src/shared/catalogue';
import type { JournalEntryInput as JournalEntry } from '../../src/main/core/journal/journal-entries';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { newSaleId } from '../../src/main/core/sale-id';
import { demoCatalogue } from '../../src/main/simulator/catalogue';
import { tempDir } from '../support/console';

const item = toCatalogueItem(demoCatalogue()[0]!);
const begun = (saleId: string): JournalEntry => ({
  type: 'begun',
  saleId,
  at: new Date().toISOString(),
  counterId: 'C1',
  mode: 'live',
  gigastore: 'https://api.giga.store/',
  item,
  price: item.retailPrice,
  customerCountry: 'AT',
  userIp: '203.0.113.7',
});

describe('the sales journal', () => {
  it('reopens to exactly the records it held, status included, before and after they are read', () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const [a, b, c] = [newSaleId('C1'), newSaleId('C1'), newSaleId('C1')];
    [a, b, c].forEach((saleId) => journal.record(begun(saleId)));
    journal.record({
      type: 'completed',
      saleId: a,
      at: new Date().toISOString(),
      via: 'response',
      customerUid: 'u',
      activatedItemUid: 'i',
      iccid: '8937',
      activationCode: 'LPA:1$x.example$Y',
      state: 'RELEASED',
    });
    journal.record({ type: 'state', saleId: a, at: new Date().toISOString(), state: 'INSTALLED' });
    journal.record({
      type: 'uncertain',
      saleId: b,
      at: new Date().toISOString(),
      error: { at: 'now', code: 'gigastore.timeout', message: 'late' },
    });
    const before = journal.all();
    journal.close();

    const reopened = SalesJournal.open(dir);
    expect(
      reopened
        .unresolved()
        .map((sale) => sale.saleId)
        .sort(),
    ).toEqual([b, c].sort());
    expect(reopened.all()).toEqual(before);
    expect(before.map((sale) => sale.saleId)).toEqual([c, b, a]);
    expect(reopened.get(a)).toMatchObject({
      status: 'completed',
      esimState: 'INSTALLED',
      stateHistory: [{ state: 'RELEASED' }, { state: 'INSTALLED' }],
    });
    reopened.close();
  });

  it('refuses a record for an unknown sale, and a second begin, writing nothing', () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const saleId = newSaleId('C1');
    expect(() => journal.record({ type: 'absent', saleId, at: 'now' })).toThrow(
      `There is no sale ${saleId} in the journal.`,
    );
    journal.record(begun(saleId));
    expect(() => journal.record(begun(saleId))).toThrow('already in the journal');
    journal.close();
    expect(SalesJournal.open(dir).all()).toHaveLength(1);
  });

  it('skips, counts and reports an intact line this version cannot read, keeping everything else', () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const saleId = newSaleId('C1');
    journal.record(begun(saleId));
    journal.close();
    const json = JSON.stringify({ type: 'state', saleId, at: 'now' }); // no "state": fails the schema
    appendFileSync(`${dir}/sales.journal`, `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`);
    const reopened = SalesJournal.open(dir);
    expect(reopened.get(saleId)?.status).toBe('pending');
    expect(reopened.problems).toEqual([
      '1 journal records could not be read by this version of the console; they were left in the file untouched.',
    ]);
  });

  it('filters by the time in the sale id before reading any sale', () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const old = newSaleId('C1', Date.UTC(2026, 0, 1));
    const recent = newSaleId('C1', Date.UTC(2026, 5, 1));
    journal.record(begun(old));
    journal.record(begun(recent));
    expect(
      journal.all({ fromMs: Date.UTC(2026, 4, 1), toMs: Date.UTC(2026, 6, 1) }).map((sale) => sale.saleId),
    ).toEqual([recent]);
  });

  it('reads the raw answers older versions kept as their allow-listed summary, and never writes one again', () => {
    const dir = tempDir();
    const journal = SalesJournal.open(dir);
    const [refused, unsent] = [newSaleId('C1'), newSaleId('C1')];
    journal.record(begun(refused));
    journal.record(begun(unsent));
    journal.close();
    const token = 'opaque-access-9Qw7Zt3Lm5';
    const legacy = [
      {
        type: 'refused',
        saleId: refused,
        at: 'then',
        error: {
          at: 'then',
          code: 'gigastore.http.402',
          message: 'Gigastore refused the request (HTTP 402): "No credit".',
          status: 402,
          rawBody: JSON.stringify({ title: 'No credit', status: 402, detail: `See LPA:1$x.example$M-1`, token }),
        },
      },
      {
        type: 'absent',
        saleId: unsent,
        at: 'then',
        error: {
          at: 'then',
          code: 'gigastore.auth',
          message: `Gigastore refused the store's API credentials (HTTP 401): "revoked ${token}". A manager should check them in Settings.`,
          status: 401,
          rawBody: JSON.stringify({ title: `revoked ${token}`, access_token: token }),
        },
      },
    ];
    for (const entry of legacy) {
      const json = JSON.stringify(entry);
      appendFileSync(`${dir}/sales.journal`, `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`);
    }
    const reopened = SalesJournal.open(dir);
    expect(reopened.get(refused)?.errors).toEqual([
      {
        at: 'then',
        code: 'gigastore.http.402',
        message: 'Gigastore refused the request (HTTP 402): "No credit".',
        status: 402,
        answer: { title: 'No credit', status: 402, detail: 'See LPA:1$[redacted]' },
      },
    ]);
    // An authentication answer keeps nothing but its length, and its quote leaves the sentence.
    expect(reopened.get(unsent)?.errors).toEqual([
      {
        at: 'then',
        code: 'gigastore.auth',
        message: "Gigastore refused the store's API credentials (HTTP 401). A manager should check them in Settings.",
        status: 401,
        answer: { length: legacy[1]!.error.rawBody.length },
      },
    ]);
    const before = readFileSync(`${dir}/sales.journal`, 'utf8').length;
    reopened.record({ type: 'refused', saleId: unsent, at: 'now', error: { ...legacy[1]!.error, at: 'now' } });
    reopened.close();
    const written = readFileSync(`${dir}/sales.journal`, 'utf8').slice(before);
    expect(written).toContain('"answer":{"length"');
    expect(written).not.toContain('rawBody');
    expect(written).not.toContain(token);
  });
});
