// The console's ports onto the machine, in Electron: the system browser (allow-listed pages only), the
// screens connected, the receipt printer (a hidden print window) and the save dialog for exports.
import { app, type BrowserWindow, dialog, screen, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConsoleOptions } from '../core/console';
import { isAllowedExternalUrl } from '../core/external-links';
import { electronReceiptPrinter } from './receipt-printer';

type Ports = Required<Pick<ConsoleOptions, 'openExternal' | 'displays' | 'printer' | 'saveFile'>>;

export function consolePorts(counterWindow: BrowserWindow): Ports {
  return {
    openExternal: (url) =>
      isAllowedExternalUrl(url) ? shell.openExternal(url) : Promise.reject(new Error('not allowed')),
    displays: () =>
      screen.getAllDisplays().map((display) => ({
        id: display.id,
        label: display.label || `${display.size.width}×${display.size.height}`,
        primary: display.id === screen.getPrimaryDisplay().id,
        width: display.size.width,
        height: display.size.height,
      })),
    printer: electronReceiptPrinter(() => (counterWindow.isDestroyed() ? undefined : counterWindow)),
    saveFile: async (suggestedName, content) => {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
      const choice = await dialog.showSaveDialog(counterWindow, options);
      if (choice.canceled || !choice.filePath) return undefined;
      await writeFile(choice.filePath, content, 'utf8');
      return choice.filePath;
    },
  };
}
