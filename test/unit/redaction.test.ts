import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLogger } from '../../src/main/core/log/node-log';
import { Redactor } from '../../src/main/core/log/redactor';
import { tempDir } from '../support/console';

const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdG9yZS1jbGllbnQiLCJleHAiOjE3OTk5OTk5OTl9.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu';
const OPAQUE = 'opaque-Tok3n-9f8e7d6c5b4a';
const CODE = 'LPA:1$rsp.example.com$K2-1A2B3C-4D5E6F7';
const ENCODED_CODE = encodeURIComponent(CODE);

/** `value` wrapped `levels` deep: { level: { level: ... value } }. */
const nested = (levels: number, value: unknown): unknown =>
  levels === 0 ? value : { level: nested(levels - 1, value) };

describe('log redaction', () => {
  const redactor = new Redactor();
  redactor.addSecret('s3cret/value+123');

  it.each([
    ['a registered secret', 'secret is s3cret/value+123 here', 'secret is [redacted] here'],
    ['a registered secret, URL-encoded', 'sent s3cret%2Fvalue%2B123 along', 'sent [redacted] along'],
    ['a bearer token', 'authorization: Bearer eyJhbGciOi.J9.abc-_', 'authorization: Bearer [redacted]'],
    ['a lower-case bearer token', 'header bearer abc123.def456 set', 'header bearer [redacted] set'],
    ['a Basic header', 'Authorization: Basic ZGVtbzpkZW1v', 'Authorization: Basic [redacted]'],
    ['a JWT on its own', `token was ${JWT} then`, 'token was [redacted] then'],
    [
      'a JWT-shaped string of three long parts',
      `id ${'a'.repeat(24)}.${'b'.repeat(24)}.${'c'.repeat(24)}`,
      'id [redacted]',
    ],
    ['an activation code', `code ${CODE} shown`, 'code LPA:1$[redacted] shown'],
    ['an URL-encoded activation code', `code ${ENCODED_CODE} shown`, 'code LPA%3A1%24[redacted] shown'],
    ['a lower-case URL-encoded activation code', 'x LPA%3a1%24rsp.example.com%24K2-X y', 'x LPA%3a1%24[redacted] y'],
    ['a twice URL-encoded activation code', 'x LPA%253A1%2524rsp%2524K2-X y', 'x LPA%253A1%2524[redacted] y'],
    [
      "an Apple install link's carddata",
      `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${ENCODED_CODE}&x=1`,
      'https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=[redacted]&x=1',
    ],
    [
      'JSON fields by name',
      `{"accessToken":"abc","matchingId":"K2-X","clientSecret":"y","access_token":"${OPAQUE}","refresh_token":"r1","id_token":"i1","idToken":"i2"}`,
      '{"accessToken":"[redacted]","matchingId":"[redacted]","clientSecret":"[redacted]","access_token":"[redacted]","refresh_token":"[redacted]","id_token":"[redacted]","idToken":"[redacted]"}',
    ],
    [
      'JSON fields with spaces, numbers and escapes',
      `{ "password" : "a \\"quoted\\" pass", "token": 123456, "client_secret": 'single' }`,
      `{ "password" : "[redacted]", "token": [redacted], "client_secret": '[redacted]' }`,
    ],
    [
      'JSON escaped inside a string',
      `body="{\\"access_token\\":\\"${OPAQUE}\\",\\"expires_in\\":300}"`,
      'body="{\\"access_token\\":\\"[redacted]\\",\\"expires_in\\":300}"',
    ],
    [
      'query and form fields',
      `grant=x&refresh_token=${OPAQUE}&client_secret=abc&activation_code=${ENCODED_CODE}&installationUrl=https%3A%2F%2Fx`,
      'grant=x&refresh_token=[redacted]&client_secret=[redacted]&activation_code=[redacted]&installationUrl=[redacted]',
    ],
    ['a header line by name', `x-auth-token: ${OPAQUE}`, 'x-auth-token: [redacted]'],
  ])('removes %s', (_name, input, output) => {
    expect(redactor.text(input)).toBe(output);
  });

  it.each([
    ['prose about a bearer token', 'The bearer token is missing, unknown or expired.'],
    ['the token type and lifetime', '{"tokenType":"Bearer","expiresIn":86400,"refreshToken":null}'],
    ['a host name, an ICCID and a sale id', 'api.giga.store 8937204017175312345 COUNTER-1-01JX5Z'],
    ['a sentence for the clerk', 'Gigastore refused the store\u2019s API credentials (HTTP 401).'],
  ])('leaves %s readable', (_name, input) => {
    expect(redactor.text(input)).toBe(input);
  });

  it('redacts by key name at any depth, whatever the value is', () => {
    const answer = {
      access_token: OPAQUE,
      refresh_token: 'R-123456',
      idToken: { header: 'h', payload: 'p' },
      deep: nested(10, { accessToken: OPAQUE, note: `install with carddata=${ENCODED_CODE}`, count: 3 }),
      list: [{ client_secret: 'abc-1234' }, { appleUniversalLink: 'https://esimsetup.apple.com/x' }],
      tokenType: 'Bearer',
      expires_in: 300,
    };
    expect(redactor.value(answer)).toEqual({
      access_token: '[redacted]',
      refresh_token: '[redacted]',
      idToken: '[redacted]',
      deep: nested(10, { accessToken: '[redacted]', note: 'install with carddata=[redacted]', count: 3 }),
      list: [{ client_secret: '[redacted]' }, { appleUniversalLink: '[redacted]' }],
      tokenType: 'Bearer',
      expires_in: 300,
    });
    expect(JSON.stringify(redactor.value(nested(60, { password: 'hunter22' })))).not.toContain('hunter22');
  });

  it('cuts a cycle where it closes and still redacts the rest; a shared object is redacted twice', () => {
    const shared = { matchingId: 'K2-SHARED' };
    const cyclic: Record<string, unknown> = { name: 'sale', code: CODE, shared, again: shared };
    cyclic.self = cyclic;
    cyclic.list = [cyclic, { token: OPAQUE }];
    expect(redactor.value(cyclic)).toEqual({
      name: 'sale',
      code: 'LPA:1$[redacted]',
      shared: { matchingId: '[redacted]' },
      again: { matchingId: '[redacted]' },
      self: '[circular]',
      list: ['[circular]', { token: '[redacted]' }],
    });
  });

  it('redacts inside arrays, maps, sets and errors', () => {
    const error = new Error('failed with LPA:1$a.b$SECRET1');
    const map = new Map<string, unknown>([
      ['access_token', OPAQUE],
      ['note', 's3cret/value+123'],
    ]);
    expect(redactor.value({ nested: ['s3cret/value+123', { error }], map, set: new Set([CODE]) })).toEqual({
      nested: ['[redacted]', { error: expect.stringContaining('LPA:1$[redacted]') }],
      map: { access_token: '[redacted]', note: '[redacted]' },
      set: ['LPA:1$[redacted]'],
    });
  });

  it('stays linear on hostile strings (no pattern scans a long run twice)', () => {
    // Each holds a word that lets the patterns run (most strings are passed by the first scan).
    const hostile = [
      `${'a-'.repeat(20_000)} token`,
      `${'x'.repeat(30)}.`.repeat(7_000),
      `token="${'y'.repeat(200_000)}`,
      '"access_token":"'.repeat(12_000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      redactor.text(text);
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(1_000);
    }
  });

  it('writes nothing secret to the log file', async () => {
    const path = join(tempDir(), 'main.log');
    const log = fileLogger(path, redactor);
    log.warn('sale', {
      message: 'Bearer abc.def',
      code: 'LPA:1$rsp.example.com$MATCH-1',
      secret: 's3cret/value+123',
      answer: { access_token: OPAQUE, link: `carddata=${ENCODED_CODE}`, deep: nested(10, { idToken: JWT }) },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('sale');
    for (const leak of ['abc.def', 'MATCH-1', 's3cret/value+123', OPAQUE, 'K2-1A2B3C'])
      expect(text).not.toContain(leak);
  });
});
