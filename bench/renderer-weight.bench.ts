// Renderer weight: the JavaScript each window loads before its first screen (the entry script and the
// chunks it preloads), gzipped. Goal: <= 200 KB for the counter window, <= 80 KB for the customer display.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { report } from './report';

const OUT = join(__dirname, '../out/renderer');

function initialScripts(html: string): string[] {
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  return [...new Set(sources.map((match) => match[1]!.replace(/^\.?\//, '')))];
}

function weigh(page: string): { kb: number; files: string[] } {
  const files = initialScripts(readFileSync(join(OUT, page), 'utf8'));
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length, 0);
  return { kb: bytes / 1024, files };
}

it('renderer weight', () => {
  const counter = weigh('index.html');
  const customer = weigh('customer.html');
  report('renderer weight', [
    {
      name: 'counter window initial JS (gzip)',
      value: counter.kb,
      unit: 'KB',
      goal: '<= 200 KB',
      met: counter.kb <= 200,
      note: counter.files.join(' '),
    },
    {
      name: 'customer display initial JS (gzip)',
      value: customer.kb,
      unit: 'KB',
      goal: '<= 80 KB',
      met: customer.kb <= 80,
      note: customer.files.join(' '),
    },
  ]);
});
