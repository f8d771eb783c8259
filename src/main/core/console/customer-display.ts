// The customer display's feed: the view of the sale on screen, else the package the clerk is confirming
// (the preview), else a welcome (customer/customer-view.ts). It is recomputed when the sale's view, the
// overview (the settings) or the preview changes, and put on the stream only when it differs.
import type { ConsoleApi, SalePreview } from '../../../shared/api';
import type { CustomerView } from '../../../shared/customer-view';
import type { DeviceCheckOutcome } from '../../../shared/device-check';
import { customerViewOf, type Preview } from '../customer/customer-view';
import type { SaleDesk } from '../sale-desk';
import type { SettingsStore } from '../settings';
import type { Catalogue } from './catalogue';
import type { ConsoleStream } from './stream';

interface DisplayParts {
  stream: ConsoleStream;
  desk: Pick<SaleDesk, 'handoff'>;
  catalogue: Pick<Catalogue, 'known'>;
  settings: SettingsStore;
}

export class CustomerDisplay implements Pick<ConsoleApi, 'previewSale'> {
  private preview: Preview | null = null;
  private shown = '';

  constructor(private readonly parts: DisplayParts) {
    parts.stream.on('handoff', () => this.push());
    parts.stream.on('overview', () => this.push());
  }

  async previewSale(preview: SalePreview): Promise<void> {
    const item = preview ? this.parts.catalogue.known(preview.inventoryItemId) : undefined;
    // Another package keeps the phone checked for this customer; no package is no customer at the counter.
    const device = preview ? this.preview?.device : undefined;
    this.preview = preview && item ? { item, language: preview.customerLanguage, ...(device ? { device } : {}) } : null;
    this.push();
  }

  /** The clerk checked the customer's phone: the confirm screen shows the outcome. */
  deviceChecked(outcome: DeviceCheckOutcome): void {
    if (!this.preview) return;
    this.preview = { ...this.preview, device: outcome };
    this.push();
  }

  /** A sale begins: from now on the display shows the sale, not the package confirmed before it. */
  forgetPreview(): void {
    this.preview = null;
  }

  /** What the customer display shows now. */
  view(): CustomerView {
    return customerViewOf(this.parts.desk.handoff(), this.preview, this.parts.settings.read());
  }

  private push(): void {
    if (!this.parts.stream.heard('customerView')) return;
    const view = this.view();
    const json = JSON.stringify(view);
    if (json === this.shown) return;
    this.shown = json;
    this.parts.stream.emit('customerView', view);
  }
}
