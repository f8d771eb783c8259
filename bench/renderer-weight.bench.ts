// Renderer weight: what each window loads before its first screen, gzipped: the JavaScript (the entry
// script and the chunks it preloads) and the stylesheets. Goals: <= 200 KB of JavaScript for the counter
// window; <= 80 KB for the customer display, which carries the customer strings of English only (its
// fallback); the language it starts in, when another, and each language a view later asks for come as a
// chunk of their own (1.1 to 1.3 KB gzipped each, not counted here, so a display starting in Japanese loads
// 1.3 KB more; see src/renderer/customer/i18n.ts), and none of the clerk window's strings. The customer
// display's bundled fonts are separate files, fetched only when text on screen needs one (unicode-range):
// their stylesheet (the @font-face rules) is in its initial CSS, the font files in none of these figures.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { report } from './report';

const OUT = join(__dirname, '../out/renderer');
const FONTS = join(OUT, 'assets/fonts');

function initialFiles(html: string, kind: 'js' | 'css'): string[] {
  const sources =
    kind === 'js'
      ? [
          ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
          ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
        ]
      : [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)];
  return [...new Set(sources.map((match) => match[1]!.replace(/^\.?\//, '')))];
}

function weigh(page: string, kind: 'js' | 'css'): { kb: number; files: string[] } {
  const files = initialFiles(readFileSync(join(OUT, page), 'utf8'), kind);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length, 0);
  return { kb: bytes / 1024, files };
}

it('renderer weight', () => {
  const counter = weigh('index.html', 'js');
  const customer = weigh('customer.html', 'js');
  const customerCss = weigh('customer.html', 'css');
  const fonts = readdirSync(FONTS);
  const fontMb = fonts.reduce((sum, file) => sum + statSync(join(FONTS, file)).size, 0) / 2 ** 20;
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
    {
      name: 'customer display initial CSS (gzip)',
      value: customerCss.kb,
      unit: 'KB',
      goal: '<= 80 KB',
      met: customerCss.kb <= 80,
      note: `${customerCss.files.join(' ')}: the layout and the fonts' @font-face rules`,
    },
    {
      name: 'customer display fonts, fetched on demand',
      value: fontMb,
      unit: 'MB',
      note: `${fonts.length} woff2 slices of Noto Sans Arabic, SC and JP; none loads before text needs it`,
    },
  ]);
});
