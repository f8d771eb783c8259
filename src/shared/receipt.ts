// The receipt: everything printed for the customer (and kept for the store) about one sale, in the
// customer's language. main builds it from the journal's sale record and renders it to HTML for the
// printer, for a PDF, and for the browser tests.
import { z } from 'zod';
import type { CatalogueItem } from './catalogue';
import type { ActivationMode, Price } from './gigastore';
import type { CustomerLanguage } from './languages';
import type { ManualEntry } from './lpa';

export const PaperSchema = z.enum(['58mm', '80mm', 'A4', 'Letter']);
export type Paper = z.infer<typeof PaperSchema>;

/** A printer the operating system offers. */
export interface PrinterInfo {
  name: string;
  displayName: string;
}

export interface Receipt {
  /** A first sale or a second eSIM (with its QR), a top-up (on the customer's eSIMs), or a refund slip. */
  kind: 'sale' | 'topup' | 'refund';
  language: CustomerLanguage;
  paper: Paper;
  /** A demo sale's eSIM installs nothing: the receipt says so. */
  demo: boolean;
  store: { name: string; address: string; supportLine: string };
  printedAt: string;
  soldAt: string;
  counterId: string;
  clerk?: string;
  saleId: string;
  item: Pick<
    CatalogueItem,
    'name' | 'sizeValue' | 'sizeUnit' | 'validitySize' | 'validityUnit' | 'validityUnlimited' | 'countrySet'
  >;
  /** The countries the coverage set includes, named in the receipt's language and sorted, when Gigastore said. */
  countries: string[];
  activationMode: ActivationMode;
  price: Price;
  /** The eSIM(s) the package is on. */
  iccids: string[];
  /** Absent on a top-up and a refund slip: nothing to install. */
  activationCode?: string;
  /** Null when the activation code could not be split (the QR still carries it as sent). */
  manual: ManualEntry | null;
}
