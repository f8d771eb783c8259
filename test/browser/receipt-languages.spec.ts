// The 80 mm receipt in each language added with Arabic, rendered by the real core from a real sale and
// printed to PDF by Chromium as the app saves it: poppler's pdftotext reads back every install step in the
// customer's language (the text extracts in its own script, not as boxes), the script's text is drawn by the
// bundled font embedded in the receipt, and the QR still scans. An Arabic receipt is laid out right to left,
// its codes and price left to right. PDFs and pictures land in test-results/receipts/.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../src/main/core/i18n';
import { receiptFromSale } from '../../src/main/core/receipt/receipt-model';
import { PAPER, receiptHtml } from '../../src/main/core/receipt/receipt-html';
import type { CustomerLanguage } from '../../src/shared/languages';
import { SettingsSchema } from '../../src/shared/settings';
import { pdfPageSizeMm, pdfText, pdfTextInReadingOrder, pdfToPng } from '../support/pdf';
import { decodeWithZbar } from '../support/qr';
import { readsLeftToRight } from './bidi';
import { renderedFonts } from './fonts';
import { completedSale } from './receipt-sale';

const OUT = join(__dirname, '../../test-results/receipts');
const ADDED = ['ar', 'zh', 'ja', 'pt', 'pl', 'nl'] as const satisfies readonly CustomerLanguage[];
const BUNDLED_FONT: Partial<Record<CustomerLanguage, string>> = {
  ar: 'Noto Sans Arabic',
  zh: 'Noto Sans SC',
  ja: 'Noto Sans JP',
};
const STEP_KEYS = ['iphone', 'android'].flatMap((phone) =>
  ['title', '1', '2', '3'].map((step) => `receipt.steps.${phone}.${step}`),
);

/**
 * Text as compared: without whitespace (lines wrap differently on paper than in the source). Arabic by its
 * letters and digits alone, in order: a PDF keeps the glyphs, not the logical text, and poppler rebuilds
 * it with spaces between a letter and its dots (Noto draws the dots as marks), with bidi controls around
 * runs, and with a full stop or bracket beside a left-to-right word ("eSIM") on the wrong side of it.
 */
function comparable(language: CustomerLanguage, text: string): string {
  return language === 'ar' ? text.replace(/[^\p{L}\p{N}]/gu, '') : text.replace(/\s+/g, '');
}

async function printPdf(page: Page, path: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  writeFileSync(
    path,
    await page.pdf({ width: '80mm', height: `${height + 2}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 } }),
  );
}

for (const language of ADDED) {
  test(`an 80 mm receipt in ${language}: pdftotext reads the install steps in ${language}, the QR scans`, async ({
    page,
  }) => {
    const { sale, close } = await completedSale({ countrySet: 'EUR' });
    try {
      const settings = SettingsSchema.parse({
        storeName: 'Vienna Airport · Terminal 3',
        supportLine: '+43 1 234 5678',
      });
      const receipt = receiptFromSale(sale, settings, {
        printedAt: new Date(),
        // As the console gives them: named in the receipt's language (here by the ISO list, as Gigastore would).
        countries: ['AT', 'DE', 'FR'].map((code) => new Intl.DisplayNames([language], { type: 'region' }).of(code)!),
        language,
        paper: '80mm',
      });
      await page.setContent(await receiptHtml(receipt));
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
      const font = BUNDLED_FONT[language];
      if (font) {
        // A label all in the script (a step would have "eSIM" in it, which the machine's fonts draw).
        const drawnBy = await renderedFonts(page, '.row .label');
        expect(drawnBy.map((used) => [used.familyName.startsWith(font), used.isCustomFont])).toEqual([[true, true]]);
      }
      mkdirSync(OUT, { recursive: true });
      const path = join(OUT, `receipt-80mm-${language}.pdf`);
      await printPdf(page, path);

      expect(Math.abs(pdfPageSizeMm(path).width - PAPER['80mm'].pageWidthMm)).toBeLessThan(1);
      const text = pdfTextInReadingOrder(path);
      const t = translator(language);
      for (const key of [...STEP_KEYS, 'receipt.scanHint', 'receipt.keepEsim']) {
        expect(comparable(language, text), key).toContain(comparable(language, t(key)));
      }
      // Codes wrap at their hyphens, which reading order would join away: they are read from the layout.
      const codes = pdfText(path).replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');
      expect(codes).toContain(sale.activationCode);
      expect(codes).toContain(sale.iccid);
      expect(await decodeWithZbar(pdfToPng(path, 200))).toBe(sale.activationCode);
    } finally {
      await close();
    }
  });
}

test('an Arabic receipt is mirrored, with its price, ICCID and activation code left to right', async ({ page }) => {
  const { sale, close } = await completedSale({ countrySet: 'AT' });
  try {
    // Two ICCIDs (a customer's eSIMs on a top-up): a list of numbers, which right to left would run backwards.
    const receipt = {
      ...receiptFromSale(sale, SettingsSchema.parse({}), {
        printedAt: new Date(),
        countries: [],
        language: 'ar',
        paper: '80mm',
      }),
      iccids: [sale.iccid!, '8937204000000000002'],
    };
    await page.setContent(await receiptHtml(receipt));
    expect(await page.locator('main').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // A row's label stands on the right, its value on the left; a list is indented on the right.
    const soldAt = page.locator('.row').first();
    const [label, value] = [
      (await soldAt.locator('.label').boundingBox())!,
      (await soldAt.locator('.value').boundingBox())!,
    ];
    expect(label.x).toBeGreaterThan(value.x + value.width - 1);
    const indent = await page
      .locator('ol')
      .first()
      .evaluate((element) => [getComputedStyle(element).paddingRight, getComputedStyle(element).paddingLeft]);
    expect(parseFloat(indent[0]!)).toBeGreaterThan(0);
    expect(parseFloat(indent[1]!)).toBe(0);

    const price = page.locator('.row.price bdi');
    const iccid = page.locator('.row.code bdi', { hasText: sale.iccid! });
    const code = page.locator('.row.code bdi', { hasText: sale.activationCode! });
    for (const value of [price, iccid, code]) {
      expect(await value.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      expect(await readsLeftToRight(value)).toBe(true);
    }
    mkdirSync(OUT, { recursive: true });
    const path = join(OUT, 'receipt-80mm-ar-mirrored.pdf');
    await printPdf(page, path);
    expect(await decodeWithZbar(pdfToPng(path, 200))).toBe(sale.activationCode); // the QR is not mirrored
  } finally {
    await close();
  }
});
