// The real app in Electron: runs wherever the Electron binary exists, and skips with its reason where it
// does not (it is then reported as skipped, never as passed).
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronSkipReason, findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
const skipReason = electronSkipReason();

test.describe('the packaged app shape in Electron', () => {
  test.skip(skipReason !== undefined, skipReason);

  test('opens the counter window on app://, sandboxed, in demo mode with the catalogue', async () => {
    const app = await electron.launch({
      executablePath: binary.path!,
      args: [join(__dirname, '../../out/main/index.js')],
      env: { ...process.env, ESIM_COUNTER_DATA_DIR: mkdtempSync(join(tmpdir(), 'esim-counter-electron-')) },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toBe('app://counter/index.html');
      await expect(window.getByTestId('catalogue-row').first()).toBeVisible();
      const exposed = await window.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        bridge: Object.keys((window as unknown as { esimCounter: object }).esimCounter).sort(),
      }));
      expect(exposed.require).toBe('undefined');
      expect(exposed.process).toBe('undefined');
      expect(exposed.bridge).toContain('startSale');
    } finally {
      await app.close();
    }
  });
});

test.describe('receipts through Electron’s print path', () => {
  test.skip(skipReason !== undefined, skipReason);

  test('saves a sale’s receipt as a PDF through printToPDF in the hidden receipt window', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-electron-'));
    const app = await electron.launch({
      executablePath: binary.path!,
      args: [join(__dirname, '../../out/main/index.js')],
      env: { ...process.env, ESIM_COUNTER_DATA_DIR: dataDir },
    });
    try {
      const target = join(dataDir, 'receipt.pdf');
      // The save dialog is answered by the test: it is the one part a person would click.
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
      }, target);
      const window = await app.firstWindow();
      await window.getByTestId('catalogue-row').first().click();
      await window.getByTestId('activate-button').click();
      await expect(window.getByTestId('handoff-qr')).toBeVisible();
      await window.getByTestId('save-receipt-pdf').click();
      await expect(window.getByTestId('receipt-pdf-path')).toContainText('receipt.pdf');
      expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await app.close();
    }
  });
});
