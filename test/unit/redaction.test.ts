import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLogger } from '../../src/main/core/log/node-log';
import { Redactor } from '../../src/main/core/log/redactor';
import { tempDir } from '../support/console';

describe('log redaction', () => {
  const redactor = new Redactor();
  redactor.addSecret('s3cret-value-123');

  it.each([
    ['a registered secret', 'secret is s3cret-value-123 here', 'secret is [redacted] here'],
    ['a bearer token', 'authorization: Bearer eyJhbGciOi.J9.abc-_', 'authorization: Bearer [redacted]'],
    ['a Basic header', 'Authorization: Basic ZGVtbzpkZW1v', 'Authorization: Basic [redacted]'],
    ['an activation code', 'code LPA:1$rsp.example.com$K2-1A2B3C-4D5E6F7 shown', 'code LPA:1$[redacted] shown'],
    [
      'JSON fields',
      '{"accessToken":"abc","matchingId":"K2-X","clientSecret":"y"}',
      '{"accessToken":"[redacted]","matchingId":"[redacted]","clientSecret":"[redacted]"}',
    ],
  ])('removes %s', (_name, input, output) => {
    expect(redactor.text(input)).toBe(output);
  });

  it('redacts inside objects, arrays and errors', () => {
    const error = new Error('failed with LPA:1$a.b$SECRET1');
    expect(redactor.value({ nested: ['s3cret-value-123', { error }] })).toEqual({
      nested: ['[redacted]', { error: expect.stringContaining('LPA:1$[redacted]') }],
    });
  });

  it('writes nothing secret to the log file', async () => {
    const path = join(tempDir(), 'main.log');
    const log = fileLogger(path, redactor);
    log.warn('sale', { message: 'Bearer abc.def', code: 'LPA:1$rsp.example.com$MATCH-1', secret: 's3cret-value-123' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('sale');
    expect(text).not.toContain('abc.def');
    expect(text).not.toContain('MATCH-1');
    expect(text).not.toContain('s3cret-value-123');
  });
});
