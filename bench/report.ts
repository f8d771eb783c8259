// Prints a benchmark's figures as a table and records them in this run's results file:
// bench/results/<run>.json (the run's start, from vitest.config.mts), with the machine's description, so
// that every figure the README quotes can be traced to a recorded run. The files are committed when the
// README's figures are updated from them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../test/support/chromium';

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

const RUN = process.env.BENCH_RUN ?? new Date().toISOString().replace(/[:.]/g, '-');
export const RESULTS_FILE = join(__dirname, 'results', `${RUN}.json`);

function chromiumVersion(): string | undefined {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** The machine, as much as a reader needs to judge the figures. */
function machine() {
  return {
    cpu: cpus()[0]?.model,
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    /** The 1, 5 and 15 minute load averages when the benchmark ended: an idle machine shows about 0. */
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

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

  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const results: { run: string; benchmarks: Record<string, unknown> } = existsSync(RESULTS_FILE)
    ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8'))
    : { run: RUN, benchmarks: {} };
  results.benchmarks[benchmark] = { at: new Date().toISOString(), machine: machine(), figures };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}
