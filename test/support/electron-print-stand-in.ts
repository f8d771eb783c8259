// A faithful stand-in for the Electron the receipt printer (src/main/glue/receipt-printer.ts) uses, for
// vi.mock('electron'): each BrowserWindow's webContents is a real headless Chromium page (Debian's
// chromium through playwright-core), so the receipt is really laid out, measured and printed to PDF;
// print() checks its options the way Electron does and answers as the printer system would, recording
// every call; the save dialog answers with a path the test chose.
import { tmpdir } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

type Options = Record<string, unknown>;

export const printing = {
  windows: [] as Array<{ options: Options; url?: string; destroyed: boolean }>,
  prints: [] as Options[],
  pdfs: [] as Options[],
  /** What the printer system answers to the next print() calls. */
  outcome: { success: true, failureReason: '' },
  /** Where the save dialog saves; undefined: the clerk cancels. */
  savePath: undefined as string | undefined,
  printers: [{ name: 'Thermal-80', displayName: 'Thermal 80' }],
  reset() {
    this.windows.length = 0;
    this.prints.length = 0;
    this.pdfs.length = 0;
    this.outcome = { success: true, failureReason: '' };
    this.savePath = undefined;
  },
};

let browser: Promise<Browser> | undefined;
const newPage = async (): Promise<Page> =>
  (await (browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS }))).newPage();

export async function closePrintStandIn(): Promise<void> {
  const running = browser;
  browser = undefined;
  await (await running)?.close();
}

/** Electron refuses a custom page size under 352 microns a side, and copies that are not a positive integer. */
function checkPrintOptions(options: Options): void {
  const size = options.pageSize as { width: number; height: number } | string | undefined;
  if (typeof size === 'object' && (size.width < 352 || size.height < 352))
    throw new RangeError('height and width properties must be minimum 352 microns.');
  const copies = options.copies as number | undefined;
  if (copies !== undefined && (!Number.isInteger(copies) || copies < 1)) throw new TypeError('copies must be > 0');
}

const inches = (value: unknown) => `${Number(value ?? 0)}in`;

class BrowserWindow {
  readonly webContents;
  private readonly record: (typeof printing.windows)[number];
  private readonly page = newPage();

  constructor(options: Options) {
    this.record = { options, destroyed: false };
    printing.windows.push(this.record);
    const page = this.page;
    this.webContents = {
      executeJavaScript: async (code: string) => (await page).evaluate(code),
      getPrintersAsync: async () => printing.printers,
      print: (printOptions: Options, callback: (success: boolean, failureReason: string) => void) => {
        checkPrintOptions(printOptions);
        printing.prints.push(printOptions);
        const { success, failureReason } = printing.outcome;
        setImmediate(() => callback(success, success ? '' : failureReason));
      },
      printToPDF: async (pdfOptions: Options) => {
        printing.pdfs.push(pdfOptions);
        const size = pdfOptions.pageSize as { width: number; height: number } | string;
        const margins = (pdfOptions.margins ?? {}) as Record<string, number>;
        return (await page).pdf({
          ...(typeof size === 'string' ? { format: size } : { width: inches(size.width), height: inches(size.height) }),
          printBackground: Boolean(pdfOptions.printBackground),
          margin: {
            top: inches(margins.top),
            right: inches(margins.right),
            bottom: inches(margins.bottom),
            left: inches(margins.left),
          },
        });
      },
    };
  }

  async loadURL(url: string): Promise<void> {
    this.record.url = url;
    await (await this.page).goto(url);
  }

  destroy(): void {
    this.record.destroyed = true;
    void this.page.then((page) => page.close());
  }

  isDestroyed(): boolean {
    return this.record.destroyed;
  }
}

export const electronStandIn = {
  BrowserWindow,
  app: { getPath: () => tmpdir(), isPackaged: false },
  dialog: {
    showSaveDialog: async () => ({ canceled: printing.savePath === undefined, filePath: printing.savePath }),
  },
};
