// What the confirm screen edits before a sale: the package, the customer's country, email and receipt
// language, and when the package's validity starts. A first sale goes out as startSale; a top-up or a
// second eSIM for a customer found in Customer care (draft.care) as startCareSale.
import type { SaleRequest } from '../../../../shared/api';
import type { CareSale } from '../../../../shared/care';
import { coverageOf, type CatalogueItem } from '../../../../shared/catalogue';
import type { ActivationMode } from '../../../../shared/gigastore';
import type { CustomerLanguage } from '../../../../shared/languages';
import type { Settings } from '../../../../shared/settings';

/** A care sale (a top-up or a second eSIM) and the customer Customer care found it for. */
export interface CareSaleCustomer {
  kind: CareSale['kind'];
  customerUid: string;
  email?: string;
}

export interface SaleDraft {
  item: CatalogueItem;
  customerCountry: string;
  customerEmail: string;
  /** The receipt's language: the store's language unless the customer reads another one better. */
  customerLanguage: CustomerLanguage;
  activationMode: ActivationMode;
  care?: CareSaleCustomer;
}

/** Gigastore allows ON_DEMAND only for worldwide and regional packages. */
export function activationModesFor(item: CatalogueItem): ActivationMode[] {
  return coverageOf(item.countrySet) === 'country' ? ['NOW', 'FIRST_USE'] : ['NOW', 'FIRST_USE', 'ON_DEMAND'];
}

/** Gigastore's advice: a worldwide package starts now; a country or a region on first use there. */
export function recommendedActivationMode(item: CatalogueItem): ActivationMode {
  return coverageOf(item.countrySet) === 'worldwide' ? 'NOW' : 'FIRST_USE';
}

export function newDraft(item: CatalogueItem, settings: Settings | undefined, care?: CareSaleCustomer): SaleDraft {
  return {
    item,
    customerCountry: settings?.storeCountry ?? '',
    customerEmail: '',
    customerLanguage: settings?.storeLanguage ?? 'en',
    activationMode: recommendedActivationMode(item),
    ...(care ? { care } : {}),
  };
}

export function toSaleRequest(draft: SaleDraft): SaleRequest {
  const email = draft.customerEmail.trim();
  return {
    inventoryItemId: draft.item.id,
    expectedPrice: draft.item.retailPrice, // the price guard: Gigastore refuses if it is no longer this
    customerCountry: draft.customerCountry,
    ...(email ? { customerEmail: email } : {}),
    customerLanguage: draft.customerLanguage,
    activationMode: draft.activationMode,
  };
}

export function toCareSale(draft: SaleDraft, care: CareSaleCustomer): CareSale {
  return {
    kind: care.kind,
    customerUid: care.customerUid,
    inventoryItemId: draft.item.id,
    expectedPrice: draft.item.retailPrice,
    customerCountry: draft.customerCountry,
    customerLanguage: draft.customerLanguage,
    activationMode: draft.activationMode,
  };
}
