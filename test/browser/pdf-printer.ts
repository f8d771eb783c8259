// The browser tests' receipt printer: Chromium prints each receipt's HTML to a PDF at the paper's width
// (as Electron's print window does to paper), kept under test-results/printed for a test to read back.
import type { Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../src/shared/receipt';
import { PrintFailure, type PrintJob, type ReceiptPrinter } from '../../src/main/core/receipt/printer';
import { PAPER } from '../../src/main/core/receipt/receipt-html';

export interface PdfPrinter extends ReceiptPrinter {
  jobs: Array<PrintJob & { path: string }>;
  /** Makes the next prints fail with this reason, as a printer out of paper would. */
  failWith(reason: string | undefined): void;
}

export function pdfPrinter(browser: Browser, name: string): PdfPrinter {
  const dir = join(__dirname, '../../test-results/printed');
  let failure: string | undefined;

  async function render(html: string, paper: Paper): Promise<Buffer> {
    const page = await browser.newPage();
    try {
      await page.setContent(html);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const { sheet, pageWidthMm } = PAPER[paper];
      return await page.pdf(
        sheet
          ? { format: sheet }
          : {
              width: `${pageWidthMm}mm`,
              height: `${height + 2}px`,
              margin: { top: '0', right: '0', bottom: '0', left: '0' },
            },
      );
    } finally {
      await page.close();
    }
  }

  const printer: PdfPrinter = {
    jobs: [],
    failWith: (reason) => {
      failure = reason;
    },
    list: async () => [{ name: 'pdf-printer', displayName: 'PDF printer (tests)' }],
    async print(html, job) {
      if (failure) throw new PrintFailure(failure);
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}-${printer.jobs.length + 1}.pdf`);
      writeFileSync(path, await render(html, job.paper));
      printer.jobs.push({ ...job, path });
    },
    async savePdf(html, paper, suggestedName) {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}-${suggestedName}`);
      writeFileSync(path, await render(html, paper));
      return path;
    },
  };
  return printer;
}
