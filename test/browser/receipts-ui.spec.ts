// Receipts from the counter's screens, in Chromium against the real core, journal and simulator, printed by
// the tests' PDF printer (Chromium to test-results/printed) and read back: poppler for the text and the page
// size, zbarimg for the QR. The customer's language at confirm, the print by itself on activation, a jammed
// printer and P to print again, the paper and copies from Settings, and reprint and PDF from History.
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CUSTOMER_LANGUAGES } from '../../src/shared/languages';
import { pdfPageSizeMm, pdfText, pdfToPng } from '../support/pdf';
import { decodeWithZbar } from '../support/qr';
import { expect, saveScreen, test, type Counter } from './harness';

/** Picks the first package and opens the confirm screen; Activate has the focus. */
async function pickPackage(page: Page): Promise<void> {
  await page.getByTestId('catalogue-row').first().click();
  await expect(page.getByTestId('activate-button')).toBeFocused();
}

async function activate(page: Page): Promise<void> {
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible();
}

/** The activation code of the newest sale, as the simulator holds it. */
function activationCode(counter: Counter): string {
  const activation = counter.simulator.account.activations.at(-1)!;
  return counter.simulator.account.esim(activation.iccid)!.activationCode;
}

/**
 * Nothing in the handoff's side panel is cut off: the receipt and "New sale" are in the window, and the QR
 * still fills most of its height. Calm: in the everyday states nothing in the panel scrolls either.
 */
async function expectPanelFits(page: Page, { calm }: { calm: boolean }): Promise<void> {
  for (const testId of ['receipt-status', 'print-receipt', 'save-receipt-pdf', 'new-sale']) {
    await expect(page.getByTestId(testId)).toBeInViewport({ ratio: 1 });
  }
  const qr = (await page.getByTestId('handoff-qr').boundingBox())!;
  expect(qr.height).toBeGreaterThan(768 * 0.6);
  if (calm) {
    const overflow = await page.locator('.handoff-panel').evaluate((panel) => panel.scrollHeight - panel.clientHeight);
    expect(overflow).toBeLessThanOrEqual(0);
  }
}

test('a sale with a German receipt prints by itself, in German, with the activation code and a QR that scans', async ({
  page,
  counter,
}) => {
  await pickPackage(page);
  const language = page.getByTestId('customer-language');
  await expect(language).toHaveValue('en'); // the store's language by default
  // Every receipt language, each named in itself so the customer can point at theirs.
  await expect(language.locator('option')).toHaveCount(CUSTOMER_LANGUAGES.length);
  await expect(language.locator('option[value="en"]')).toHaveText('English');
  await expect(language.locator('option[value="de"]')).toHaveText('Deutsch');
  await language.selectOption('de');
  await activate(page);

  const status = page.getByTestId('receipt-status');
  await expect(status).toHaveAttribute('data-status', 'printed', { timeout: 10_000 });
  await expect(status).toHaveText('Receipt printed');
  await expect(page.getByTestId('print-receipt')).toHaveText('Print again (P)');
  await expectPanelFits(page, { calm: true });
  await saveScreen(page, 'receipt-printed');

  expect(counter.printer.jobs).toHaveLength(1);
  const [job] = counter.printer.jobs;
  expect(job).toMatchObject({ printerName: '', paper: '80mm', copies: 1 });
  const code = activationCode(counter);
  const text = pdfText(job!.path);
  expect(text).toContain('Gültigkeit beginnt');
  expect(text.replace(/\s+/g, '')).toContain(code);
  expect(await decodeWithZbar(pdfToPng(job!.path))).toBe(code);
  const saleId = counter.simulator.account.activations.at(-1)!.metatag;
  expect(counter.journal.get(saleId)?.language).toBe('de');
});

test('a jammed printer says why on the handoff, and P prints again once it is cleared', async ({ page, counter }) => {
  counter.printer.failWith('paper jam');
  await pickPackage(page);
  await activate(page);

  const status = page.getByTestId('receipt-status');
  await expect(status).toHaveAttribute('data-status', 'failed', { timeout: 10_000 });
  const failure = page.getByRole('alert').filter({ hasText: 'paper jam' });
  await expect(failure).toHaveText('The receipt did not print (paper jam). Check the printer, then press Print again.');
  await expect(page.getByTestId('print-receipt')).toHaveText('Print again (P)');
  await expectPanelFits(page, { calm: false }); // the sentence may scroll the demo panel under the footer
  await saveScreen(page, 'receipt-failed');
  expect(counter.printer.jobs).toHaveLength(0);

  counter.printer.failWith(undefined);
  await page.keyboard.press('p');
  await expect(status).toHaveAttribute('data-status', 'printed', { timeout: 10_000 });
  await expect(failure).toHaveCount(0);
  expect(counter.printer.jobs).toHaveLength(1);

  // A PDF from the handoff: the path is shown, and the file is there.
  await page.getByTestId('save-receipt-pdf').click();
  await expect(status).toHaveAttribute('data-status', 'pdf');
  const path = await page.getByTestId('receipt-pdf-path').textContent();
  expect(path && existsSync(path)).toBe(true);
  await expect(page.getByTestId('new-sale')).toBeInViewport({ ratio: 1 });
});

test('paper, copies, printer and receipt language chosen in Settings are what the next sale prints with', async ({
  page,
  counter,
}) => {
  await page.getByTestId('open-settings').click();
  const printer = page.getByTestId('settings-printer');
  await expect(printer.locator('option')).toHaveText(['System default printer', 'PDF printer (tests)']);
  await expect(printer).toHaveValue('');
  await printer.selectOption('pdf-printer');
  await page.getByTestId('settings-paper').selectOption('58mm');
  await page.getByTestId('settings-copies').fill('9');
  await page.getByTestId('settings-receipts-save').click();
  await expect(page.getByTestId('settings-receipts-error')).toHaveText('Enter a number of copies from 1 to 5.');
  await page.getByTestId('settings-copies').fill('2');
  await expect(page.getByTestId('settings-auto-print')).toHaveValue('activated');
  await page.getByTestId('settings-store-language').selectOption('de');
  await page.getByTestId('settings-receipts-save').click();
  await expect(page.getByTestId('settings-receipts-saved')).toHaveText('Receipt settings saved.');
  await page.getByTestId('settings-receipts-save').scrollIntoViewIfNeeded();
  await saveScreen(page, 'receipt-settings');
  await page.keyboard.press('Escape');

  // Keyboard only, as at the counter: type, Enter picks, Enter activates (the language select is not in the way).
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('activate-button')).toBeFocused();
  await expect(page.getByTestId('customer-language')).toHaveValue('de'); // the store's new language
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('receipt-status')).toHaveAttribute('data-status', 'printed', { timeout: 10_000 });

  expect(counter.printer.jobs).toHaveLength(1);
  const [job] = counter.printer.jobs;
  expect(job).toMatchObject({ printerName: 'pdf-printer', paper: '58mm', copies: 2 });
  expect(Math.abs(pdfPageSizeMm(job!.path).width - 58)).toBeLessThanOrEqual(1);
  expect(pdfText(job!.path)).toContain('Ihre eSIM'); // German: on a 58 mm roll "Gültigkeit beginnt" wraps
});

test('History reprints a completed sale’s receipt, saves it as PDF, and lists every print', async ({
  page,
  counter,
}) => {
  await pickPackage(page);
  await activate(page);
  await expect(page.getByTestId('receipt-status')).toHaveAttribute('data-status', 'printed', { timeout: 10_000 });
  await page.getByTestId('new-sale').click();
  expect(counter.printer.jobs).toHaveLength(1);

  await page.getByTestId('open-history').click();
  await page.getByTestId('history-row').first().click();
  const details = page.getByTestId('sale-details');
  const prints = details.getByTestId('print-history').getByTestId('print-entry');
  await expect(prints).toHaveCount(1);
  await expect(prints.first()).toHaveAttribute('data-outcome', 'printed');

  await details.getByTestId('reprint-receipt').click();
  await expect(details.getByTestId('history-receipt-result')).toHaveText('The receipt was printed.');
  expect(counter.printer.jobs).toHaveLength(2);

  await details.getByTestId('history-save-pdf').click();
  const pathShown = details.getByTestId('history-pdf-path');
  await expect(pathShown).toHaveText(/\.pdf$/);
  const path = (await pathShown.textContent())!;
  expect(existsSync(path)).toBe(true);
  expect(pdfText(path).replace(/\s+/g, '')).toContain(activationCode(counter));

  // The list follows the journal: two prints and the PDF, each with its time; the PDF with where it went.
  await expect(prints).toHaveCount(3);
  await expect(prints.nth(0)).toHaveAttribute('data-outcome', 'printed');
  await expect(prints.nth(1)).toHaveAttribute('data-outcome', 'printed');
  await expect(prints.nth(2)).toHaveAttribute('data-outcome', 'pdf');
  await expect(prints.nth(2)).toContainText(path);
  await expect(prints.locator('time')).toHaveCount(3);

  // A print that fails is listed with the printer's reason.
  counter.printer.failWith('out of paper');
  await details.getByTestId('reprint-receipt').click();
  await expect(details.getByTestId('history-receipt-error')).toContainText('out of paper');
  await expect(prints).toHaveCount(4);
  await expect(prints.nth(3)).toHaveAttribute('data-outcome', 'failed');
  await expect(prints.nth(3)).toContainText('out of paper');
  await saveScreen(page, 'receipt-history');
});

test('the printers that cannot be listed are said so in Settings, and the default printer still works', async ({
  page,
  counter,
}) => {
  counter.printer.list = async () => {
    throw new Error('CUPS is not running');
  };
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('settings-printers-error')).toContainText('The printers could not be listed');
  await expect(page.getByTestId('settings-printer').locator('option')).toHaveText(['System default printer']);
  // And the default printer still works: a sale's receipt prints by itself to it, and reads back the sale.
  await page.keyboard.press('Escape');
  await pickPackage(page);
  await activate(page);
  await expect(page.getByTestId('receipt-status')).toHaveAttribute('data-status', 'printed', { timeout: 10_000 });
  const job = counter.printer.jobs.at(-1)!;
  expect(job.printerName).toBe('');
  expect(pdfText(job.path)).toContain(counter.simulator.account.activations.at(-1)!.iccid);
});

test('the handoff in German shows the receipt beside the QR without hiding New sale', async ({ page }) => {
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await pickPackage(page);
  await activate(page);
  const status = page.getByTestId('receipt-status');
  await expect(status).toHaveAttribute('data-status', 'printed', { timeout: 10_000 });
  await expect(status).toHaveText('Beleg gedruckt');
  await expect(page.getByTestId('print-receipt')).toHaveText('Erneut drucken (P)');
  await expect(page.getByTestId('save-receipt-pdf')).toHaveText('Als PDF speichern');
  await expectPanelFits(page, { calm: true }); // even with the longer German words
  await saveScreen(page, 'receipt-handoff-de');
});
