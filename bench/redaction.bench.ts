// The redactor's cost per log line: every line main, the CLI and the renderer's console write goes
// through it. Measured on a typical sale line (with an error and an answer summary), on a line holding
// secrets to remove, and with 1 000 registered matching ids (a long day's sales). Goal: p99 <= 50 µs a line.
import { it } from 'vitest';
import { Redactor } from '../src/main/core/log/redactor';
import { median, percentile, report, type Figure } from './report';

const SALE_LINE = {
  saleId: 'COUNTER-1-01M8SWFV5E8ZWEEZ7VR17J9YYB',
  kind: 'first',
  status: 'verifying',
  clerk: 'Ana',
  esimState: 'RELEASED',
  error: 'gigastore.invalid-response',
  message:
    'Gigastore sent an answer to the activation that this console does not understand (activatedItem is missing).',
  answer: { status: 'ACCEPTED', title: 'Registered', message: 'Install with the code on the receipt', code: 'R-1' },
};
const SECRET_LINE = {
  message: 'retrying with Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl after 401',
  request: { headers: { authorization: 'Basic ZGVtbzpkZW1v', 'idempotency-key': 'COUNTER-1-01M8' } },
  answer: { access_token: 'opaque-123456', link: 'https://esimsetup.apple.com/x?carddata=LPA%3A1%24rsp%24K2-X' },
};

function microsPerLine(redactor: Redactor, line: unknown, runs = 20_000): number[] {
  for (let warm = 0; warm < 2_000; warm++) redactor.value(line);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    redactor.value(line);
    samples.push(Number(process.hrtime.bigint() - started) / 1_000);
  }
  return samples;
}

it('redaction per log line', () => {
  const figures: Figure[] = [];
  const few = new Redactor();
  few.addSecret('Known-Client-Secret-7f3a9c');
  const many = new Redactor();
  many.addSecret('Known-Client-Secret-7f3a9c');
  for (let sale = 0; sale < 1_000; sale++) many.addSecret(`K2-${String(sale).padStart(8, '0')}-MATCH`);
  for (const [name, redactor, line] of [
    ['a sale line, 1 secret registered', few, SALE_LINE],
    ['a line full of secrets, 1 registered', few, SECRET_LINE],
    ['a sale line, 1 000 registered', many, SALE_LINE],
    ['a line full of secrets, 1 000 registered', many, SECRET_LINE],
  ] as const) {
    const samples = microsPerLine(redactor, line);
    const p99 = percentile(samples, 0.99);
    figures.push({
      name,
      median: median(samples),
      p95: percentile(samples, 0.95),
      p99,
      unit: 'µs',
      goal: 'p99 ≤ 50 µs',
      met: p99 <= 50,
    });
  }
  report('redaction', figures);
});
