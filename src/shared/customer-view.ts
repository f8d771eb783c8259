// What the customer display shows, in the customer's language. main derives it from the sale on screen
// (or the package the clerk is confirming) and pushes it to the customer window, which can call nothing.
import type { CatalogueItem } from './catalogue';
import type { CoverageNames } from './coverage-api';
import type { DeviceCheckOutcome } from './device-check';
import type { CustomerLanguage } from './languages';

interface Base {
  language: CustomerLanguage;
  storeName: string;
}

export type CustomerView =
  | (Base & { screen: 'welcome' })
  /**
   * Before any charge: the customer checks the package, data, validity, coverage and price (and the phone).
   * `countries`: a region's or the world's countries in the customer's language, once Gigastore named them.
   */
  | (Base & { screen: 'confirm'; item: CatalogueItem; device?: DeviceCheckOutcome; countries?: CoverageNames })
  | (Base & { screen: 'activating'; item: CatalogueItem })
  /** The QR fills the screen's height, with three install steps, the live state and the countries covered. */
  | (Base & { screen: 'scan'; item: CatalogueItem; activationCode: string; state: string; countries?: CoverageNames })
  /** Installed: the QR is gone; the data-roaming hint. */
  | (Base & { screen: 'installed'; item: CatalogueItem })
  | (Base & { screen: 'problem'; problem: 'esim-error' | 'not-completed' | 'checking' });
