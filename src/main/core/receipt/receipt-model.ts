// A sale's receipt, from its journal record: what was sold, when, by whom, and how to install the eSIM.
import type { Receipt, Paper } from '../../../shared/receipt';
import type { CustomerLanguage } from '../../../shared/languages';
import { manualEntryOf } from '../../../shared/lpa';
import type { SaleRecord } from '../../../shared/sale';
import type { Settings } from '../../../shared/settings';
import { ConsoleError } from '../errors';

interface ReceiptOptions {
  printedAt: Date;
  /** The countries the sale's coverage set includes, named in the receipt's language, when Gigastore said. */
  countries: string[];
  language?: CustomerLanguage;
  paper?: Paper;
  kind?: Receipt['kind'];
}

/** The language a sale's receipt is printed in: the customer's, picked at confirm, else the store's. */
export function receiptLanguage(sale: SaleRecord, settings: Settings, asked?: CustomerLanguage): CustomerLanguage {
  return asked ?? sale.language ?? settings.storeLanguage;
}

export function receiptFromSale(sale: SaleRecord, settings: Settings, options: ReceiptOptions): Receipt {
  if (sale.status !== 'completed') {
    throw new ConsoleError('receipt.no-esim', 'Only a sale that went through has a receipt.');
  }
  const kind = options.kind ?? (sale.kind === 'topup' ? 'topup' : 'sale');
  // A refund slip carries no activation code: the package it named is gone.
  const code = kind === 'sale' ? sale.activationCode : undefined;
  if (kind === 'sale' && !code) {
    throw new ConsoleError('receipt.no-esim', 'Gigastore gave no eSIM for this sale; look the customer up to find it.');
  }
  const { name, sizeValue, sizeUnit, validitySize, validityUnit, validityUnlimited, countrySet } = sale.item;
  return {
    kind,
    language: receiptLanguage(sale, settings, options.language),
    paper: options.paper ?? settings.paper,
    demo: sale.mode === 'demo',
    store: { name: settings.storeName, address: settings.storeAddress, supportLine: settings.supportLine },
    printedAt: options.printedAt.toISOString(),
    soldAt: sale.startedAt,
    counterId: sale.counterId,
    ...(sale.clerk ? { clerk: sale.clerk } : {}),
    saleId: sale.saleId,
    item: { name, sizeValue, sizeUnit, validitySize, validityUnit, validityUnlimited, countrySet },
    countries: options.countries,
    activationMode: sale.activationMode ?? 'NOW',
    price: sale.price,
    iccids: sale.iccid ? [sale.iccid] : (sale.knownIccids ?? []),
    ...(code ? { activationCode: code } : {}),
    manual: code ? manualEntryOf(code) : null,
  };
}
