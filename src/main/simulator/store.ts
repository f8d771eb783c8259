// The simulator's Gigastore account: inventory, prepaid credit, customers with their packages and eSIMs,
// and the business rules of a first-package activation. Pure state, no HTTP: server.ts speaks the API.
import { randomUUID } from 'node:crypto';
import type {
  ActivatedItem,
  ActivationMode,
  CustomerDetails,
  Esim,
  InventoryItem,
  Price,
  RegisterRequest,
  RegisterResponse,
  TopUpRequest,
  TopUpResponse,
  TopUpWithProfileRequest,
} from '../../shared/gigastore';
import { sizeInMb } from '../../shared/catalogue';
import { appleInstallLink } from '../../shared/lpa';
import { newActivationCode, newIccid, newImsi } from './identifiers';

/** Installs of one eSIM profile Gigastore allows (delete and reinstall counts again). */
const INSTALL_LIMIT = 5;

export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface CustomerRecord {
  uid: string;
  email: string | null;
  countrySet: string;
  items: ActivatedItem[];
  esims: Esim[];
}

const cents = (value: number) => Math.round(value * 100);

export class SimulatedAccount {
  readonly inventory: InventoryItem[];
  creditCents: number;
  readonly customers = new Map<string, CustomerRecord>();
  readonly byIccid = new Map<string, CustomerRecord>();
  /** How many times each eSIM profile was installed. */
  readonly installs = new Map<string, number>();
  /** Credit movements (negative: a purchase; positive: a refund), for the refund rules and tests. */
  readonly ledger: Array<{ at: number; cents: number }> = [];
  /** The activated items refunded (a second refund of one is refused). */
  readonly refunded = new Set<string>();
  /** Every successful register, in order: what the crash tests count. */
  readonly activations: Array<{ metatag: string; customerUid: string; iccid: string; at: string }> = [];

  constructor(inventory: InventoryItem[], initialCreditUsd: number) {
    this.inventory = inventory;
    this.creditCents = cents(initialCreditUsd);
  }

  register(request: RegisterRequest, now: Date): RegisterResponse {
    const item = this.charge(request, now);
    const at = now.toISOString();
    const esim = newEsim();
    const customer: CustomerRecord = {
      uid: randomUUID(),
      email: request.customerEmail ?? null,
      countrySet: item.countrySet,
      items: [newActivatedItem(item, request, at)],
      esims: [esim],
    };
    this.customers.set(customer.uid, customer);
    this.byIccid.set(esim.iccid, customer);
    this.activations.push({ metatag: request.metatag, customerUid: customer.uid, iccid: esim.iccid, at });
    return {
      status: 'success',
      activatedItem: customer.items[0] as ActivatedItem,
      customer: customerOf(customer),
      esimProfile: esim,
    };
  }

  /** Another package for a customer; with `withProfile`, on a new eSIM (the customer's new phone). */
  topUp(request: TopUpRequest | TopUpWithProfileRequest, withProfile: boolean, now: Date): TopUpResponse {
    const customer = this.customers.get(request.customerUid);
    if (!customer) throw new Refusal(404, 'Not Found', `Customer ${request.customerUid} does not exist.`);
    const wanted = this.inventory.find((candidate) => candidate.id === request.inventoryItemId);
    if (wanted && wanted.countrySet !== customer.countrySet) {
      throw new Refusal(
        409,
        'Coverage mismatch',
        `This customer's packages cover ${customer.countrySet}; a ${wanted.countrySet} package needs a new customer.`,
      );
    }
    const item = this.charge(request, now);
    const at = now.toISOString();
    const activatedItem = newActivatedItem(item, request, at);
    customer.items.push(activatedItem);
    let esim: Esim | null = null;
    if (withProfile) {
      esim = newEsim();
      customer.esims.push(esim);
      this.byIccid.set(esim.iccid, customer);
    }
    this.activations.push({ metatag: request.metatag, customerUid: customer.uid, iccid: esim?.iccid ?? '', at });
    return { status: 'success', activatedItem, customer: customerOf(customer), esimProfile: esim };
  }

  /** The item the request buys, after the price guard, the activation-mode rule and the credit check; charged. */
  private charge(
    request: { inventoryItemId: string; expectedPrice: Price; activationMode?: ActivationMode | undefined },
    now: Date,
  ): InventoryItem {
    const item = this.inventory.find((candidate) => candidate.id === request.inventoryItemId);
    if (!item) throw new Refusal(404, 'Not Found', `Inventory item ${request.inventoryItemId} does not exist.`);
    const retail = item.retailPrices[0];
    if (
      !retail ||
      cents(retail.priceValue) !== cents(request.expectedPrice.priceValue) ||
      retail.currencyCode !== request.expectedPrice.currencyCode
    ) {
      throw new Refusal(
        409,
        'Price mismatch',
        `The expected price ${request.expectedPrice.priceValue} ${request.expectedPrice.currencyCode} does not match the retail price ${retail?.priceValue} ${retail?.currencyCode}.`,
      );
    }
    if (request.activationMode === 'ON_DEMAND' && /^[A-Z]{2}$/.test(item.countrySet)) {
      throw new Refusal(
        400,
        'Bad Request',
        'ON_DEMAND activation is available only for worldwide and regional packages.',
      );
    }
    const cost = item.prices?.[0] ?? retail;
    if (this.creditCents < cents(cost.priceValue)) {
      throw new Refusal(
        402,
        'Insufficient credit',
        `The reseller account has ${(this.creditCents / 100).toFixed(2)} USD of credit; this package costs ${cost.priceValue.toFixed(2)} USD.`,
      );
    }
    this.creditCents -= cents(cost.priceValue);
    this.ledger.push({ at: now.getTime(), cents: -cents(cost.priceValue) });
    return item;
  }

  customer(uid: string): CustomerDetails {
    const record = this.customers.get(uid);
    if (!record) throw new Refusal(404, 'Not Found', `Customer ${uid} does not exist.`);
    return this.details(record);
  }

  search(
    key: 'EMAIL' | 'UID' | 'ICCID',
    query: string,
    mode: 'isExact' | 'startsWith' | 'contains',
  ): CustomerDetails[] {
    const matches = (value: string | null | undefined) => {
      if (!value) return false;
      const [a, b] = key === 'EMAIL' ? [value.toLowerCase(), query.toLowerCase()] : [value, query];
      return mode === 'isExact' ? a === b : mode === 'startsWith' ? a.startsWith(b) : a.includes(b);
    };
    return [...this.customers.values()]
      .filter((record) =>
        key === 'UID'
          ? matches(record.uid)
          : key === 'EMAIL'
            ? matches(record.email)
            : record.esims.some((esim) => matches(esim.iccid)),
      )
      .map((record) => this.details(record));
  }

  activatedItems(from: Date | undefined, to: Date | undefined): ActivatedItem[] {
    return [...this.customers.values()]
      .flatMap((record) =>
        record.items.map((item) => ({ ...item, customer: { uid: record.uid, email: record.email } })),
      )
      .filter((item) => {
        const sold = Date.parse(item.salesDate ?? '');
        return (!from || sold >= from.getTime()) && (!to || sold <= to.getTime());
      })
      .sort((a, b) => Date.parse(a.salesDate ?? '') - Date.parse(b.salesDate ?? ''));
  }

  activatedItem(uid: string): ActivatedItem {
    for (const record of this.customers.values()) {
      const item = record.items.find((candidate) => candidate.uid === uid);
      if (item) return { ...structuredClone(item), customer: { uid: record.uid, email: record.email } };
    }
    throw new Refusal(404, 'Not Found', `Activated item ${uid} does not exist.`);
  }

  esim(iccid: string): Esim | undefined {
    return this.byIccid.get(iccid)?.esims.find((esim) => esim.iccid === iccid);
  }

  /** The customer's phone acted: the profile is installed, switched off, or failed to install. */
  setEsimState(iccid: string, state: string, now: Date): void {
    const esim = this.esim(iccid);
    if (!esim) throw new Refusal(404, 'Not Found', `eSIM ${iccid} does not exist.`);
    if (state === 'INSTALLED' && esim.state !== 'INSTALLED') {
      const installs = (this.installs.get(iccid) ?? 0) + 1;
      this.installs.set(iccid, installs);
      // A profile installs a limited number of times; past the limit the phone's download fails.
      if (installs > INSTALL_LIMIT) state = 'ERROR';
    }
    esim.state = state;
    if (state === 'INSTALLED') {
      esim.lastSeen = now.toISOString();
      esim.activatedAt ??= now.toISOString();
    }
  }

  private details(record: CustomerRecord): CustomerDetails {
    const totalMb = record.items.reduce(
      (sum, item) => sum + (item.balance?.availableBalance ? sizeInMb(item.balance.availableBalance) : 0),
      0,
    );
    return {
      customer: customerOf(record),
      totalAvailableBalance: { sizeValue: Math.round((totalMb / 1024) * 100) / 100, sizeUnit: 'GB' },
      activatedItems: record.items.map((item) => structuredClone(item)),
      relatedEsims: record.esims.map((esim) => structuredClone(esim)),
    };
  }
}

function customerOf(record: CustomerRecord) {
  return { uid: record.uid, email: record.email, profileUrl: `https://dent.giga.store#/customer/${record.uid}` };
}

function newEsim(): Esim {
  const activationCode = newActivationCode();
  return {
    iccid: newIccid(),
    uid: randomUUID(),
    imsi: newImsi(),
    activationCode,
    appleUniversalLink: appleInstallLink(activationCode),
    installationUrl: `https://dent.giga.store#/esim/profile?token=sim-${randomUUID()}`,
    lastSeen: null,
    activatedAt: null,
    state: 'RELEASED',
    active: true,
  };
}

/** FIRST_USE and ON_DEMAND packages wait up to 90 days for their start; until then expiresAt is that deadline. */
export function newActivatedItem(
  item: InventoryItem,
  request: { metatag: string; activationMode?: ActivationMode | undefined },
  at: string,
): ActivatedItem {
  const mode = request.activationMode ?? 'NOW';
  const startsNow = mode === 'NOW';
  const expires = new Date(Date.parse(at) + (startsNow ? item.validitySize : 90) * 86_400_000).toISOString();
  return {
    uid: randomUUID(),
    metatag: request.metatag,
    balance: {
      activatedAt: startsNow ? at : null,
      expiresAt: expires,
      activationMode: mode,
      name: item.name,
      size: { sizeValue: item.sizeValue, sizeUnit: item.sizeUnit },
      availableBalance: { sizeValue: item.sizeValue, sizeUnit: item.sizeUnit },
      validitySize: item.validitySize,
      validityUnit: item.validityUnit,
    },
    salesDate: at,
    salesChannel: 'Application Programming Interface',
    salesChannelTypeCode: 'API',
    activationType: 'DATA_PLAN',
    ...(item.prices?.[0] ? { purchasePrice: item.prices[0] } : {}),
    ...(item.retailPrices[0] ? { retailPrice: item.retailPrices[0] } : {}),
  };
}
