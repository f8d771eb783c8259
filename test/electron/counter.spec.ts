// The counter in the real Electron runtime (GitHub's runners: Ubuntu under xvfb, Windows, macOS). Here,
// where the binary cannot be downloaded, every test skips with the reason. Each case needs nothing but
// the built app; a case that needs hardware this machine lacks (a second display, a printer) skips with
// what it found.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronSkipReason } from './electron-binary';
import { COUNTER_PRELOAD, launchCounter, type LaunchedCounter } from './launch';

const skipReason = electronSkipReason();
let counter: LaunchedCounter | undefined;

test.describe('the counter in Electron', () => {
  test.skip(skipReason !== undefined, skipReason);
  test.afterEach(async () => {
    await counter?.app.close();
    counter = undefined;
  });

  test('starts in demo mode with the catalogue', async () => {
    counter = await launchCounter();
    await expect(counter.window.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'demo');
    expect(counter.window.url()).toBe('app://counter/index.html');
  });

  test('sells from the catalogue to the QR with the keyboard only', async () => {
    counter = await launchCounter();
    const { window } = counter;
    await expect(window.getByTestId('catalogue-search')).toBeFocused();
    await window.keyboard.type('austria 3 gb');
    await expect(window.getByTestId('catalogue-row').first()).toContainText('Austria');
    await window.keyboard.press('Enter');
    await expect(window.getByTestId('activate-button')).toBeFocused();
    await window.keyboard.press('Enter');
    await expect(window.getByTestId('handoff-qr')).toBeVisible();
  });

  test('opens the customer display on a display that is not the clerk’s', async () => {
    counter = await launchCounter();
    const displays = await counter.app.evaluate(({ screen }) => screen.getAllDisplays().length);
    test.skip(displays < 2, `this runner has ${displays} display: the customer display needs a second one`);
    const placed = await counter.app.evaluate(async ({ BrowserWindow, screen }) => {
      for (let tries = 0; tries < 50; tries++) {
        const customer = BrowserWindow.getAllWindows().find((window) =>
          window.webContents.getURL().endsWith('/customer.html'),
        );
        if (customer?.isVisible()) {
          const display = screen.getDisplayMatching(customer.getBounds());
          return { onPrimary: display.id === screen.getPrimaryDisplay().id };
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return undefined;
    });
    expect(placed?.onPrimary).toBe(false);
  });

  test('saves a receipt as PDF, and prints one to the default printer where there is one', async () => {
    counter = await launchCounter();
    const { app, window, dataDir } = counter;
    const target = join(dataDir, 'receipt.pdf');
    // The save dialog is answered by the test: it is the one part a person would click.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    await window.getByTestId('catalogue-row').first().click();
    await window.getByTestId('activate-button').click();
    await expect(window.getByTestId('handoff-qr')).toBeVisible();
    await window.getByTestId('save-receipt-pdf').click();
    await expect(window.getByTestId('receipt-pdf-path')).toContainText('receipt.pdf');
    expect(existsSync(target) && readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');

    // Electron no longer says which printer is the system's default: the receipt goes to the first printer
    // that prints on paper, named in Settings as a store owner would. A printer that writes a file asks
    // where to put it, which no silent counter print can answer.
    const printer = await app.evaluate(async ({ BrowserWindow }) => {
      const printers = await BrowserWindow.getAllWindows()[0]!.webContents.getPrintersAsync();
      return printers.map(({ name }) => name).find((name) => !/pdf|xps|onenote|fax/i.test(name));
    });
    test.skip(!printer, 'no printer that prints on paper here');
    const chosen = await window.evaluate(
      (printerName) =>
        (
          window as unknown as { esimCounter: { updateSettings(patch: object): Promise<{ ok: boolean }> } }
        ).esimCounter.updateSettings({ printerName }),
      printer!,
    );
    expect(chosen.ok).toBe(true);
    await window.getByTestId('print-receipt').click();
    await expect(window.getByTestId('receipt-status')).toHaveAttribute('data-status', 'printed', { timeout: 30_000 });
  });

  test('refuses a console call from a page that is not the counter’s, even with the counter’s own preload', async () => {
    counter = await launchCounter();
    // The counter window itself is answered.
    const own = await counter.window.evaluate(() =>
      (window as unknown as { esimCounter: { getOverview(): Promise<{ ok: boolean }> } }).esimCounter.getOverview(),
    );
    expect(own.ok).toBe(true);
    // A foreign page (a data: URL) in a window given the counter's preload: its calls cross real IPC and
    // main's sender check refuses them.
    const foreign = await counter.app.evaluate(async ({ BrowserWindow }, preload) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true },
      });
      try {
        await window.loadURL('data:text/html,<title>foreign</title><p>not the counter</p>');
        return await window.webContents.executeJavaScript('window.esimCounter.getOverview()');
      } finally {
        window.destroy();
      }
    }, COUNTER_PRELOAD);
    expect(foreign).toEqual({
      ok: false,
      error: { code: 'ipc.untrusted-sender', message: 'This page may not use the console.' },
    });
  });

  /** Opens the developer tools of every window as a stray call would, and says which opened. */
  const openDevTools = (app: LaunchedCounter['app']) =>
    app.evaluate(async ({ app: electronApp, BrowserWindow, Menu }) => {
      const windows = BrowserWindow.getAllWindows();
      windows.forEach((window) => window.webContents.openDevTools({ mode: 'detach' }));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const entries: string[] = [];
      const walk = (items: Electron.MenuItem[]) =>
        items.forEach((item) => {
          entries.push(`${item.role ?? ''} ${item.label}`.toLowerCase());
          if (item.submenu) walk(item.submenu.items);
        });
      walk(Menu.getApplicationMenu()?.items ?? []);
      return {
        packaged: electronApp.isPackaged,
        opened: windows.map((window) => window.webContents.isDevToolsOpened()),
        developerEntries: entries.filter((entry) => /devtools|developer|reload|inspect/.test(entry)),
      };
    });

  test('a packaged build has no developer tools in any window and no menu entry for them', async () => {
    counter = await launchCounter({ packaged: true });
    const found = await openDevTools(counter.app);
    expect(found.packaged).toBe(true);
    expect(found.opened.length).toBeGreaterThan(0);
    expect(found.opened).toEqual(found.opened.map(() => false));
    expect(found.developerEntries).toEqual([]);
  });

  test('the control: a development build of the same app does open them', async () => {
    counter = await launchCounter();
    const found = await openDevTools(counter.app);
    expect(found.packaged).toBe(false);
    expect(found.opened).toContain(true);
  });
});
