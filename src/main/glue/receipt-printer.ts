// Receipts through Electron: a hidden, sandboxed window with no preload renders the receipt's HTML (which
// runs no script of its own) and prints it silently, or prints it to PDF. Thermal rolls get a page exactly
// the paper's width and the receipt's height with no margins; office paper uses the printer's own default
// page size (Electron >= 33 has usePrinterDefaultPageSize), since a driver knows its sheet best.
import { type BrowserWindow, dialog, app, type WebContentsPrintOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../../shared/receipt';
import { PrintFailure, type ReceiptPrinter } from '../core/receipt/printer';
import { PAPER } from '../core/receipt/receipt-html';
import { printFailureReason } from '../core/receipt/print-failure';
import { createReceiptWindow } from './windows';

const MICRONS_PER_CSS_PIXEL = 25_400 / 96;

async function withReceiptWindow<T>(
  html: string,
  use: (window: BrowserWindow, heightMicrons: number) => Promise<T>,
): Promise<T> {
  const window = createReceiptWindow();
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    // Measured from main: the receipt document itself runs no script (its CSP forbids any).
    const heightPx = Number(await window.webContents.executeJavaScript('document.documentElement.scrollHeight'));
    return await use(window, Math.ceil(heightPx * MICRONS_PER_CSS_PIXEL) + 2_000);
  } finally {
    window.destroy();
  }
}

function pageOptions(
  paper: Paper,
  heightMicrons: number,
): Pick<WebContentsPrintOptions, 'pageSize' | 'usePrinterDefaultPageSize'> {
  const { sheet, pageWidthMm } = PAPER[paper];
  return sheet
    ? { usePrinterDefaultPageSize: true }
    : { pageSize: { width: pageWidthMm * 1000, height: heightMicrons } };
}

export function electronReceiptPrinter(parent: () => BrowserWindow | undefined): ReceiptPrinter {
  return {
    async list() {
      const window = parent();
      if (!window) return [];
      const printers = await window.webContents.getPrintersAsync();
      return printers.map(({ name, displayName }) => ({ name, displayName }));
    },
    print: (html, job) =>
      withReceiptWindow(
        html,
        (window, height) =>
          new Promise<void>((resolve, reject) => {
            window.webContents.print(
              {
                silent: true,
                printBackground: false,
                color: false,
                copies: job.copies,
                margins: { marginType: 'none' },
                ...(job.printerName ? { deviceName: job.printerName } : {}),
                ...pageOptions(job.paper, height),
              },
              (success, failureReason) =>
                success ? resolve() : reject(new PrintFailure(printFailureReason(failureReason))),
            );
          }),
      ),
    savePdf: (html, paper, suggestedName) =>
      withReceiptWindow(html, async (window, height) => {
        const { sheet, pageWidthMm } = PAPER[paper];
        const pdf = await window.webContents.printToPDF({
          printBackground: false,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          pageSize: sheet ?? { width: pageWidthMm / 25.4, height: height / 25_400 },
        });
        const owner = parent();
        const options = {
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return undefined;
        await writeFile(choice.filePath, pdf);
        return choice.filePath;
      }),
  };
}
