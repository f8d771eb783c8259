// Receipts rendered by the real core, printed to PDF by Chromium at the paper's width, then read back with
// poppler (text, page size), and the QR decoded by zbarimg and jsQR from a 200 dpi rendering of the page.
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFormatters } from '../../src/shared/format';
import type { Paper } from '../../src/shared/receipt';
import { translator } from '../../src/main/core/i18n';
import { receiptFromSale } from '../../src/main/core/receipt/receipt-model';
import { PAPER, receiptHtml } from '../../src/main/core/receipt/receipt-html';
import { SettingsSchema } from '../../src/shared/settings';
import { decodeWithJsQr, decodeWithZbar } from '../support/qr';
import { pdfPageSizeMm, pdfText, pdfToPng } from '../support/pdf';
import { completedSale } from './receipt-sale';

const OUT = join(__dirname, '../../test-results/receipts');
const MM = 96 / 25.4;

for (const paper of ['58mm', '80mm'] as Paper[]) {
  for (const language of ['en', 'de'] as const) {
    test(`a ${paper} receipt in ${language} carries everything to install the eSIM, and fits the paper`, async ({
      page,
    }) => {
      const { sale, simulator, close } = await completedSale({ countrySet: 'EUR', email: 'ana@example.com' });
      try {
        const settings = SettingsSchema.parse({
          storeName: 'Vienna Airport · Terminal 3',
          storeAddress: 'Terminal 3, 1300 Schwechat',
          supportLine: '+43 1 234 5678',
        });
        const receipt = receiptFromSale(sale, settings, {
          printedAt: new Date(),
          // As the console gives them: named in the receipt's language (here by the ISO list, as Gigastore would).
          countries: ['AT', 'DE', 'FR'].map((code) => new Intl.DisplayNames([language], { type: 'region' }).of(code)!),
          language,
          paper,
        });
        await page.setContent(await receiptHtml(receipt));

        // Nothing wider than the printable area: the paper minus the print head's border.
        const border = paper === '58mm' ? 3 : 4;
        const widest = await page.evaluate(() =>
          Math.max(...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right)),
        );
        expect(widest).toBeLessThanOrEqual((PAPER[paper].pageWidthMm - border) * MM + 0.5);
        const qrWidthMm = (await page.locator('figure.qr').boundingBox())!.width / MM;
        expect(qrWidthMm).toBeGreaterThanOrEqual(paper === '80mm' ? 30 : 25);

        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        mkdirSync(OUT, { recursive: true });
        const path = join(OUT, `receipt-${paper}-${language}.pdf`);
        writeFileSync(
          path,
          await page.pdf({ width: paper, height: `${height + 2}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 } }),
        );

        expect(Math.abs(pdfPageSizeMm(path).width - PAPER[paper].pageWidthMm)).toBeLessThan(1);
        const text = pdfText(path);
        const flat = text.replace(/\s+/g, '');
        const code = sale.activationCode!;
        const [, smdp, matchingId] = code.split('$');
        expect(flat).toContain(code);
        expect(flat).toContain(sale.iccid);
        expect(flat).toContain(smdp);
        expect(flat).toContain(matchingId);
        const format = makeFormatters(language, translator(language));
        expect(flat).toContain(format.price(sale.price).replace(/\s+/g, ''));
        expect(text).toContain(translator(language)('receipt.keepEsim').split(' ').slice(0, 3).join(' '));
        expect(text).not.toMatch(/receipt\.[a-zA-Z]/); // no key printed instead of its text

        const png = pdfToPng(path, 200);
        expect(await decodeWithZbar(png)).toBe(code);
        expect(decodeWithJsQr(png)).toBe(code);
        expect(simulator.account.esim(sale.iccid!)?.activationCode).toBe(code);
      } finally {
        await close();
      }
    });
  }
}
