// The fonts a receipt embeds: only the bundled slices its text needs (none for a Latin-script receipt), its
// script's font first, never more than a data: URL can carry, and every file present where a packaged app
// finds it (the built customer display's fonts folder).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiptHtml } from '../../src/main/core/receipt/receipt-html';
import {
  ARABIC,
  BUILT_FONTS_FOLDER,
  CHINESE,
  JAPANESE,
  MAX_EMBEDDED_FONT_BYTES,
  fontFolder,
  receiptFontCss,
} from '../../src/main/core/receipt/receipt-fonts';
import type { Receipt } from '../../src/shared/receipt';
import { ISO_COUNTRY_CODES } from '../../src/shared/country-codes';
import type { CustomerLanguage } from '../../src/shared/languages';

const embedded = (css: string) => [...css.matchAll(/font-family: "([^"]+)"[^}]*unicode-range: ([^;]+);/g)];
const familyList = (css: string) => /html \{ font-family: ([^;]+); \}/.exec(css)?.[1];

function receipt(language: CustomerLanguage, overrides: Partial<Receipt> = {}): Receipt {
  return {
    kind: 'sale',
    language,
    paper: '80mm',
    demo: false,
    store: { name: 'Vienna Airport', address: 'Terminal 3', supportLine: '+43 1 234 5678' },
    printedAt: '2026-11-25T10:00:00.000Z',
    soldAt: '2026-11-25T09:59:00.000Z',
    counterId: 'VIENNA-2',
    saleId: 'VIENNA-2-01JFZ0000000000000000000',
    item: {
      name: 'eSIM Europe 3 GB',
      sizeValue: 3,
      sizeUnit: 'GB',
      validitySize: 30,
      validityUnit: 'days',
      validityUnlimited: false,
      countrySet: 'EUR',
    },
    countries: ['Austria', 'Germany', 'France'],
    activationMode: 'NOW',
    price: { priceValue: 12.5, currencyCode: 'EUR' },
    iccids: ['8937204000000000001'],
    activationCode: 'LPA:1$rsp.example.com$K2-1A2B3C',
    manual: { smdpAddress: 'rsp.example.com', matchingId: 'K2-1A2B3C', confirmationCodeRequired: false },
    ...overrides,
  };
}

describe('the fonts a receipt embeds', () => {
  it('embeds none for a Latin-script receipt, punctuation and accents included', async () => {
    const css = await receiptFontCss('pl', 'Zeskanuj kod “QR” › Ważność: 30 dni · Österreich — €');
    expect(embedded(css)).toEqual([]);
    expect(familyList(css)).toBe(
      '"DejaVu Sans", Arial, Helvetica, "Noto Sans Arabic Variable", "Noto Sans SC Variable", sans-serif',
    );
  });

  it('puts the script’s own font first and embeds the slices that draw its characters', async () => {
    const css = await receiptFontCss('zh', '设置 › 蜂窝网络 › 添加 eSIM。');
    expect(familyList(css)?.startsWith('"Noto Sans SC Variable", "DejaVu Sans"')).toBe(true);
    const faces = embedded(css);
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.every(([, family]) => family === CHINESE.family)).toBe(true);
    for (const char of '设置蜂窝网络添加') {
      const point = char.codePointAt(0)!;
      const covered = faces.some(([, , range]) =>
        CHINESE.slices.some(
          (slice) => slice.unicodeRange === range && slice.ranges.some(([a, b]) => point >= a && point <= b),
        ),
      );
      expect(covered, char).toBe(true);
    }
    expect(familyList(await receiptFontCss('ja', '設定'))?.startsWith(`"${JAPANESE.family}"`)).toBe(true);
    const arabic = await receiptFontCss('ar', 'الإعدادات');
    expect(embedded(arabic).map(([, family]) => family)).toEqual([ARABIC.family]);
  });

  it('draws a Han or Arabic name on a receipt in another language with the bundled fallbacks', async () => {
    const css = await receiptFontCss('fr', 'Aéroport 北京首都 مطار');
    expect(new Set(embedded(css).map(([, family]) => family))).toEqual(new Set([CHINESE.family, ARABIC.family]));
  });

  it('keeps a receipt full of Han characters loadable as a data: URL (Chromium refuses one over 2 MiB)', async () => {
    // Thirty countries named in Chinese (a receipt carries the names, in its language) and a store name of 1 500 different Han characters: far more slices
    // than the budget holds.
    const names = new Intl.DisplayNames(['zh'], { type: 'region' });
    const chineseNames = ISO_COUNTRY_CODES.slice(0, 30).map((code) => names.of(code) ?? code);
    const han = Array.from({ length: 1500 }, (_, index) => String.fromCodePoint(0x4e00 + index * 13)).join('');
    const html = await receiptHtml(
      receipt('zh', { store: { name: han, address: han, supportLine: '' }, countries: chineseNames }),
    );
    const fontBytes = [...html.matchAll(/base64,([A-Za-z0-9+/=]+)\)/g)].reduce(
      (sum, [, data]) => sum + Buffer.from(data!, 'base64').length,
      0,
    );
    expect(fontBytes).toBeGreaterThan(MAX_EMBEDDED_FONT_BYTES * 0.8);
    expect(fontBytes).toBeLessThanOrEqual(MAX_EMBEDDED_FONT_BYTES);
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`;
    expect(url.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('lets fonts come only from the receipt itself', async () => {
    const html = await receiptHtml(receipt('ar'));
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    );
    expect(html).not.toMatch(/url\((?!data:)/);
  });

  it('finds every font file in a checkout, and in the built customer display where a packaged app has them', () => {
    const built = join(__dirname, '../../out', BUILT_FONTS_FOLDER);
    for (const bundled of [ARABIC, CHINESE, JAPANESE]) {
      expect(fontFolder(bundled)).toBeDefined();
      for (const { file } of bundled.slices) {
        expect(existsSync(join(fontFolder(bundled)!, file)), file).toBe(true);
        expect(existsSync(join(built, file)), `out/${BUILT_FONTS_FOLDER}/${file} (run the build first)`).toBe(true);
      }
    }
  });
});
