// The customer display's feed: the view of the sale on screen, else the package the clerk is confirming
// (the preview), else a welcome (customer/customer-view.ts). It is recomputed when the sale's view, the
// overview (the settings) or the preview changes, and put on the stream only when it differs. A region's
// countries are asked for the first time a view needs them and come in a push of their own: the view is
// never held up for them (the customer window can call nothing, so the names travel inside the view).
import type { ConsoleApi, SalePreview } from '../../../shared/api';
import type { CustomerView } from '../../../shared/customer-view';
import { coverageNamesOf, type CoverageNames } from '../../../shared/coverage-api';
import type { DeviceCheckOutcome } from '../../../shared/device-check';
import type { CustomerLanguage } from '../../../shared/languages';
import { customerViewOf, type Preview } from '../customer/customer-view';
import type { SaleDesk } from '../sale-desk';
import type { SettingsStore } from '../settings';
import type { Catalogue } from './catalogue';
import type { CoverageNaming } from './coverage';
import type { ConsoleStream } from './stream';

interface DisplayParts {
  stream: ConsoleStream;
  desk: Pick<SaleDesk, 'handoff'>;
  catalogue: Pick<Catalogue, 'known'>;
  settings: SettingsStore;
  coverage: Pick<CoverageNaming, 'names'>;
}

/** A set Gigastore could not name is asked again after a minute, not at every push of the view. */
const RETRY_AFTER_FAILURE_MS = 60_000;

export class CustomerDisplay implements Pick<ConsoleApi, 'previewSale'> {
  private preview: Preview | null = null;
  private shown = '';
  /** Names per set and language, or when Gigastore last could not say (Infinity: being asked now). */
  private readonly countries = new Map<string, CoverageNames | number>();

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
    const { desk, settings } = this.parts;
    return customerViewOf(desk.handoff(), this.preview, settings.read(), (set, language) =>
      this.countriesKnown(set, language),
    );
  }

  private countriesKnown(countrySet: string, language: CustomerLanguage): CoverageNames | undefined {
    const key = `${countrySet}\u0000${language}`;
    const known = this.countries.get(key);
    if (typeof known === 'object') return known;
    if (known !== undefined && Date.now() - known < RETRY_AFTER_FAILURE_MS) return undefined;
    this.countries.set(key, Number.POSITIVE_INFINITY); // asking: no second request meanwhile
    void this.parts.coverage.names(countrySet, language).then((names) => {
      this.countries.set(key, names ? coverageNamesOf(names) : Date.now());
      if (names && names.length > 0) this.push();
    });
    return undefined;
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
