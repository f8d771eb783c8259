// The benchmarks' receipt printer: Chromium lays each receipt out in a page of its own and prints it, as
// Electron's hidden print window prints to the counter's printer, over the browser's own protocol
// connection (raw-cdp.ts). The printed PDF stays in Chromium (a stream closed unread), as a silent print
// leaves nothing in Electron's main process: the console's process holds only the few messages of a print.
// (The browser tests' printer, test/browser/pdf-printer.ts, brings each PDF back to read it.)
import type { ReceiptPrinter } from '../../src/main/core/receipt/printer';
import { PAPER } from '../../src/main/core/receipt/receipt-html';
import type { Paper } from '../../src/shared/receipt';
import { CdpConnection } from '../../test/support/raw-cdp';

const MM_PER_INCH = 25.4;
const CSS_PX_PER_INCH = 96;
const SHEET_INCHES = { A4: { width: 8.27, height: 11.69 }, Letter: { width: 8.5, height: 11 } };

/** Lays the receipt out and waits for its fonts and images; answers its height in CSS pixels. */
const LAID_OUT = `document.fonts.ready
  .then(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))))
  .then(() => document.documentElement.scrollHeight)`;

export async function printWindow(debuggingPort: number): Promise<ReceiptPrinter & { close(): void }> {
  const browser = await CdpConnection.browser(debuggingPort);

  async function print(html: string, paper: Paper): Promise<void> {
    const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    try {
      const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      const on = <T>(method: string, params: object = {}) => browser.send<T>(method, params, sessionId);
      const { frameTree } = await on<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree');
      await on('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
      const laidOut = await on<{ result: { value: number } }>('Runtime.evaluate', {
        expression: LAID_OUT,
        awaitPromise: true,
        returnByValue: true,
      });
      const { sheet, pageWidthMm } = PAPER[paper];
      const size = sheet
        ? { paperWidth: SHEET_INCHES[sheet].width, paperHeight: SHEET_INCHES[sheet].height }
        : {
            paperWidth: pageWidthMm / MM_PER_INCH,
            paperHeight: (laidOut.result.value + 2) / CSS_PX_PER_INCH,
            marginTop: 0,
            marginBottom: 0,
            marginLeft: 0,
            marginRight: 0,
          };
      const { stream } = await on<{ stream: string }>('Page.printToPDF', {
        ...size,
        printBackground: true,
        transferMode: 'ReturnAsStream',
      });
      await on('IO.close', { handle: stream });
    } finally {
      await browser.send('Target.closeTarget', { targetId });
    }
  }

  return {
    list: async () => [{ name: 'print-window', displayName: 'Print window (benchmarks)' }],
    print: (html, job) => print(html, job.paper),
    savePdf: async () => {
      throw new Error('The benchmarks save no receipt as PDF.');
    },
    close: () => browser.close(),
  };
}
