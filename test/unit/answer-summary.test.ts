// What support keeps of a Gigastore answer: the allow-listed fields, redacted, at most 2 KB; of a body that
// is not JSON only its length and content type; of an authentication answer nothing.
import { describe, expect, it } from 'vitest';
import { summarizeAnswer } from '../../src/main/core/gigastore/answer-summary';
import type { GigastoreError } from '../../src/main/core/gigastore/errors';
import { Redactor } from '../../src/main/core/log/redactor';
import { clientFor, startSimulator } from '../support/simulator';

describe("a Gigastore answer's summary", () => {
  it('keeps status, title, message, detail, code and a short type URI, each redacted, and nothing else', () => {
    const redactor = new Redactor();
    redactor.addSecret('client-secret-123');
    const body = JSON.stringify({
      status: 409,
      title: 'Conflict',
      message: 'Price changed for client-secret-123',
      detail: 'Bearer abc.def.ghi was used',
      code: 'PRICE_MISMATCH',
      type: 'https://api.giga.store/problems/price',
      error: 'not on the list',
      customer: { email: 'someone@example.com' },
      accessToken: 'tok-1',
    });
    expect(summarizeAnswer(body, 'application/problem+json; charset=utf-8', redactor)).toEqual({
      status: 409,
      title: 'Conflict',
      message: 'Price changed for [redacted]',
      detail: 'Bearer [redacted] was used',
      code: 'PRICE_MISMATCH',
      type: 'https://api.giga.store/problems/price',
    });
  });

  it('drops a field that is not a string or a number, and a type that is not a short URI', () => {
    const body = JSON.stringify({
      title: { nested: 'x' },
      code: ['a'],
      type: `not a uri ${'x'.repeat(300)}`,
      status: 500,
    });
    expect(summarizeAnswer(body, 'application/json')).toEqual({ status: 500 });
  });

  it('keeps only the length and content type of a body that is not JSON, or has none of the fields', () => {
    expect(summarizeAnswer('<html>LPA:1$a$b</html>', 'text/html; charset=utf-8')).toEqual({
      length: 22,
      contentType: 'text/html',
    });
    expect(summarizeAnswer('[{"accessToken":"x"}]', undefined)).toEqual({ length: 21 });
  });

  it('is capped at 2 KB as a whole, however long the fields', () => {
    const long = (word: string) => `${word} `.repeat(5_000);
    const summary = summarizeAnswer(
      JSON.stringify({ title: long('title'), message: long('message'), detail: long('détail'), code: 'C' }),
      'application/json',
    );
    expect(Buffer.byteLength(JSON.stringify(summary))).toBeLessThanOrEqual(2048);
    expect(summary.code).toBe('C');
    expect(String(summary.message)).toMatch(/^message message .*…$/);
  });

  it('is what a garbled answer leaves over real HTTP; an authentication answer leaves nothing', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    simulator.faults.add({ path: '/inventory', action: 'malformed' });
    const garbled = (await client.inventory().catch((caught: unknown) => caught)) as GigastoreError;
    expect(garbled.answer).toEqual({ length: '{"items": [ {"id": "broken'.length, contentType: 'application/json' });

    simulator.faults.add({
      path: '/reseller/authenticate',
      action: 'answer',
      status: 403,
      body: { title: 'Forbidden', detail: 'token opaque-77 revoked', access_token: 'opaque-77' },
    });
    const refused = (await clientFor(simulator)
      .inventory()
      .catch((caught: unknown) => caught)) as GigastoreError;
    expect(refused.message).toBe(
      "Gigastore refused the store's API credentials (HTTP 403). A manager should check them in Settings.",
    );
    expect(refused.answer).toBeUndefined();
    expect(refused.cause).toBeUndefined();
  });
});
