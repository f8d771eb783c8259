// The customer display: a frameless full-screen window on the display chosen for it, which never takes
// focus from the clerk, has its own preload that can only receive the view, and follows displays being
// plugged in and out. While a sale is under way the display is kept awake.
import { type BrowserWindow, powerSaveBlocker, screen } from 'electron';
import { CUSTOMER_VIEW_CHANNEL } from '../../shared/channels';
import type { CustomerView } from '../../shared/customer-view';
import { chooseCustomerDisplay, type CustomerDisplaySetting } from '../core/customer/display-choice';
import { createCustomerWindow } from './windows';

interface CustomerWindowOptions {
  preload: string;
  url: string;
  setting: () => CustomerDisplaySetting;
  view: () => CustomerView;
}

export class CustomerWindow {
  private window: BrowserWindow | undefined;
  private displayId: number | undefined;
  private awake: number | undefined;

  constructor(private readonly options: CustomerWindowOptions) {
    for (const event of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
      screen.on(event as 'display-added', () => this.place());
    }
  }

  /** Opens, moves or closes the window for the displays connected now and the setting. */
  place(): void {
    const choice = chooseCustomerDisplay(
      screen.getAllDisplays(),
      screen.getPrimaryDisplay().id,
      this.options.setting(),
    );
    if (!choice.display) return this.close();
    const { bounds, id } = choice.display;
    if (this.window && !this.window.isDestroyed()) {
      if (this.displayId !== id) this.window.setBounds(bounds);
      this.displayId = id;
      return;
    }
    this.displayId = id;
    const window = createCustomerWindow(this.options.preload, bounds);
    window.webContents.on('did-finish-load', () => this.show(this.options.view()));
    window.once('ready-to-show', () => window.showInactive());
    window.on('closed', () => {
      this.window = undefined;
    });
    void window.loadURL(this.options.url);
    this.window = window;
  }

  /** Sends the view, and keeps the display awake while a sale is on it. */
  show(view: CustomerView): void {
    if (this.window && !this.window.isDestroyed()) this.window.webContents.send(CUSTOMER_VIEW_CHANNEL, view);
    const saleUnderWay = view.screen !== 'welcome';
    if (saleUnderWay && this.awake === undefined) this.awake = powerSaveBlocker.start('prevent-display-sleep');
    if (!saleUnderWay && this.awake !== undefined) {
      powerSaveBlocker.stop(this.awake);
      this.awake = undefined;
    }
  }

  close(): void {
    if (this.window && !this.window.isDestroyed()) this.window.destroy();
    this.window = undefined;
    this.displayId = undefined;
  }
}
