// The fonts a counter PC may lack (Noto Sans Arabic, SC and JP: the customer display's own, bundled from the
// npm registry), embedded in the receipt. A receipt is one self-contained document, rendered from a data:
// URL and saved as PDF, so its fonts travel inside it as data: URLs (font-src data:), never from the
// network. Each font comes in slices by Unicode range; a receipt embeds only the slices its text needs
// (a Chinese receipt a few hundred KB, a Latin-script one none), and Chromium embeds the glyphs in the PDF.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import arabicRanges from '@fontsource-variable/noto-sans-arabic/unicode.json';
import chineseRanges from '@fontsource-variable/noto-sans-sc/unicode.json';
import japaneseRanges from '@fontsource-variable/noto-sans-jp/unicode.json';
import type { CustomerLanguage } from '../../../shared/languages';

export interface FontSlice {
  file: string;
  /** The slice's unicode-range, as CSS writes it. */
  unicodeRange: string;
  ranges: Array<[number, number]>;
}

export interface BundledFont {
  family: string;
  npmPackage: string;
  slices: FontSlice[];
  /** The characters it is there for when it is only a fallback (the machine's fonts draw punctuation). */
  script: RegExp;
}

/** Slices for scripts the machine's own fonts draw (Latin, Cyrillic, Greek, symbols) are never embedded. */
const SYSTEM_SCRIPTS = new Set([
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'vietnamese',
  'math',
  'symbols',
]);

/** "U+0600-06FF,U+4??" as code point ranges. */
export function parseUnicodeRange(css: string): Array<[number, number]> {
  return css.split(',').map((part) => {
    const [start = '', end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start.replaceAll('?', '0'), 16), parseInt(end.replaceAll('?', 'F'), 16)];
  });
}

function font(family: string, id: string, ranges: Record<string, string>, script: RegExp): BundledFont {
  const slices = Object.entries(ranges)
    .filter(([subset]) => !SYSTEM_SCRIPTS.has(subset))
    .map(([subset, unicodeRange]) => ({
      file: `${id}-${subset.replace(/[[\]]/g, '')}-wght-normal.woff2`,
      unicodeRange,
      ranges: parseUnicodeRange(unicodeRange),
    }));
  return { family, npmPackage: `@fontsource-variable/${id}`, slices, script };
}

// The family names the customer display's stylesheets (from the same packages) give them.
const HAN_AND_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const ARABIC = font('Noto Sans Arabic Variable', 'noto-sans-arabic', arabicRanges, /\p{Script=Arabic}/u);
export const CHINESE = font('Noto Sans SC Variable', 'noto-sans-sc', chineseRanges, HAN_AND_KANA);
export const JAPANESE = font('Noto Sans JP Variable', 'noto-sans-jp', japaneseRanges, HAN_AND_KANA);

/** Where the customer display's copies of the fonts are in the built app (see electron.vite.config.ts). */
export const BUILT_FONTS_FOLDER = join('renderer', 'assets', 'fonts');

const folders = new Map<BundledFont, string | undefined>();

/**
 * The folder holding a font's files, looked for upwards from here once: its package in node_modules (a
 * checkout: the tests, `npm start`) or the built customer display's copies (a packaged app has only those).
 */
export function fontFolder(bundled: BundledFont): string | undefined {
  if (folders.has(bundled)) return folders.get(bundled);
  const probe = bundled.slices[0]!.file;
  let found: string | undefined;
  for (let dir = __dirname; !found; dir = dirname(dir)) {
    found = [join(dir, 'node_modules', bundled.npmPackage, 'files'), join(dir, BUILT_FONTS_FOLDER)].find((candidate) =>
      existsSync(join(candidate, probe)),
    );
    if (dirname(dir) === dir) break;
  }
  folders.set(bundled, found);
  return found;
}

const SCRIPT_FONT: Partial<Record<CustomerLanguage, BundledFont>> = { ar: ARABIC, zh: CHINESE, ja: JAPANESE };

/**
 * The bundled fonts of a receipt in `language`: its own script's font (drawn before the machine's fonts,
 * which might have the script too), and, after the machine's, the fonts for a name in Arabic or Han script.
 */
export function receiptFonts(language: CustomerLanguage): { own?: BundledFont; fallbacks: BundledFont[] } {
  const own = SCRIPT_FONT[language];
  const fallbacks = [ARABIC, language === 'ja' ? JAPANESE : CHINESE].filter((bundled) => bundled !== own);
  return own ? { own, fallbacks } : { fallbacks };
}

const quote = (family: string) => `"${family}"`;

/**
 * The most font data a receipt embeds. Electron loads the receipt as a data: URL, and Chromium refuses a URL
 * over 2 MiB: 1 MB of fonts is 1.33 MB in base64, and the HTML is base64-encoded once more into the URL.
 * Slices past it (only in a receipt with hundreds of different Han characters) are left to the machine's fonts.
 */
export const MAX_EMBEDDED_FONT_BYTES = 1_000_000;

/** The slices of `bundled` that draw at least one of the code points `used`, those drawing the most first. */
function slicesFor(bundled: BundledFont, used: number[]) {
  const folder = fontFolder(bundled);
  if (!folder) return []; // not found: the machine's own fonts draw the text, as before fonts were bundled
  return bundled.slices
    .map((slice) => ({
      bundled,
      folder,
      slice,
      draws: used.filter((point) => slice.ranges.some(([start, end]) => point >= start && point <= end)).length,
    }))
    .filter(({ draws }) => draws > 0)
    .sort((a, b) => b.draws - a.draws);
}

/**
 * The receipt's font CSS: its font-family list, and an @font-face with the font inlined for each slice that
 * draws a character of `text`.
 */
export async function receiptFontCss(language: CustomerLanguage, text: string): Promise<string> {
  const { own, fallbacks } = receiptFonts(language);
  const families = [
    ...(own ? [quote(own.family)] : []),
    '"DejaVu Sans", Arial, Helvetica',
    ...fallbacks.map((bundled) => quote(bundled.family)),
    'sans-serif',
  ];
  const characters = [...new Set(text)].filter((char) => char > '\u007f');
  const codePoints = (chars: string[]) => chars.map((char) => char.codePointAt(0)!);
  const slices = [
    ...(own ? slicesFor(own, codePoints(characters)) : []),
    ...fallbacks.flatMap((bundled) =>
      slicesFor(bundled, codePoints(characters.filter((char) => bundled.script.test(char)))),
    ),
  ];
  const files = await Promise.all(slices.map(({ folder, slice }) => readFile(join(folder, slice.file))));
  let room = MAX_EMBEDDED_FONT_BYTES;
  const faces = slices.flatMap(({ bundled, slice }, index) => {
    const data = files[index]!;
    if (data.length > room) return [];
    room -= data.length;
    return [
      `@font-face { font-family: ${quote(bundled.family)}; font-weight: 100 900; ` +
        `src: url(data:font/woff2;base64,${data.toString('base64')}) format("woff2"); unicode-range: ${slice.unicodeRange}; }`,
    ];
  });
  return [...faces, `html { font-family: ${families.join(', ')}; }`].join('\n');
}
