// Prints a benchmark's figures as a table and merges them into bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  name: string;
  median?: number;
  p95?: number;
  p99?: number;
  value?: number;
  unit: string;
  goal?: string;
  /** Whether the goal is met, when there is one. */
  met?: boolean;
  note?: string;
}

const RESULTS = join(__dirname, 'results.json');

export function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export const median = (samples: number[]) => percentile(samples, 0.5);

const show = (value: number | undefined) =>
  value === undefined ? '' : value < 10 ? value.toFixed(2) : value.toFixed(1);

export function report(benchmark: string, figures: Figure[]): void {
  const rows = figures.map((figure) => [
    figure.name,
    show(figure.median ?? figure.value),
    show(figure.p95),
    show(figure.p99),
    figure.unit,
    figure.goal ?? '',
    figure.met === undefined ? '' : figure.met ? 'met' : 'NOT MET',
    figure.note ?? '',
  ]);
  const header = ['figure', 'median/value', 'p95', 'p99', 'unit', 'goal', '', 'note'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  console.log([`\n== ${benchmark}`, line(header), ...rows.map(line)].join('\n'));

  const results = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  results.machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  results[benchmark] = { at: new Date().toISOString(), figures };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}
