// Finding and opening a customer in Customer care. A look-up answers masked matches; the clerk then opens
// one of them, which reads the customer from Gigastore again and records who opened whom; a RELEASED eSIM's
// code leaves main only for an opened customer, recorded too. Only the last look-up's customers can be
// opened, and only opened customers' QR shown, so a renderer cannot walk customer uids it was never given;
// and only within the shift they were looked up in: the next clerk cannot open the last one's customers.
import type { ConsoleApi } from '../../../shared/api';
import type { CustomerCareView, CustomerMatch, EsimQr, EsimQrRequest, Lookup } from '../../../shared/care';
import type { CustomerDetails } from '../../../shared/gigastore';
import type { Backend } from '../backend';
import { careViewOf, coverageSetOf, maskEmail, matchOf, type SaleOf } from '../care/customer-views';
import { ConsoleError } from '../errors';
import type { SalesJournal } from '../journal/sales-journal';
import type { Catalogue } from './catalogue';
import type { Shift } from './shifts';

interface LookupParts {
  backend: Pick<Backend, 'client'>;
  journal: Pick<SalesJournal, 'get'>;
  catalogue: Pick<Catalogue, 'all'>;
  /** audit records who opened whom, with the clerk on shift; serial tells one shift from the next. */
  shift: Pick<Shift, 'audit' | 'serial'>;
}

const MAX_CUSTOMERS = 20;

export class CustomerLookup implements Pick<ConsoleApi, 'lookupCustomer' | 'openCustomer' | 'showEsimQr'> {
  /** The customers the last look-up answered: the only ones that can be opened. */
  private found = new Set<string>();
  /** Customers opened since that look-up: the only ones whose QR can be shown again. */
  private opened = new Set<string>();
  /** The shift those customers were looked up in. */
  private lookedUpIn = -1;

  constructor(private readonly parts: LookupParts) {}

  async lookupCustomer(query: Lookup): Promise<CustomerMatch[]> {
    this.forget();
    const shift = this.parts.shift.serial;
    const client = await this.parts.backend.client();
    const search =
      'iccid' in query
        ? { searchKey: 'ICCID' as const, searchQuery: query.iccid }
        : { searchKey: 'EMAIL' as const, searchQuery: query.email };
    let found = await client.searchCustomers({ ...search, searchMode: 'isExact' });
    if (found.length === 0) found = await client.searchCustomers({ ...search, searchMode: 'startsWith' });
    const matches = found
      .slice(0, MAX_CUSTOMERS)
      // An eSIM whose ICCID the clerk typed in full is shown whole (it tells them nothing new); no other.
      .map((details) => matchOf(details, this.coverageSet(details), 'iccid' in query ? query.iccid : undefined));
    this.found = new Set(matches.map((match) => match.customerUid));
    this.lookedUpIn = shift;
    return matches;
  }

  /** The full view of one customer of the last look-up, recorded with the clerk on shift. */
  async openCustomer(customerUid: string): Promise<CustomerCareView> {
    this.forgetAnotherShifts();
    if (!this.found.has(customerUid)) {
      throw new ConsoleError(
        'care.not-looked-up',
        'Look the customer up first: only a customer found by the last look-up can be opened.',
      );
    }
    const details = await (await this.parts.backend.client()).customer(customerUid);
    // Recorded before anything is shown: a failed record shows nothing.
    this.parts.shift.audit('customer-opened', describe(details));
    this.opened.add(customerUid);
    return careViewOf(details, this.saleOf, this.coverageSet(details));
  }

  /** An opened customer's RELEASED eSIM code, read from Gigastore now (it may have been installed since). */
  async showEsimQr({ customerUid, iccid }: EsimQrRequest): Promise<EsimQr> {
    this.forgetAnotherShifts();
    if (!this.opened.has(customerUid)) {
      throw new ConsoleError('care.not-opened', 'Open the customer first: a QR is shown only for the customer opened.');
    }
    const details = await (await this.parts.backend.client()).customer(customerUid);
    const esim = details.relatedEsims.find((candidate) => candidate.iccid === iccid);
    if (!esim) throw new ConsoleError('care.unknown-esim', `This customer has no eSIM ${iccid}.`);
    if (esim.state !== 'RELEASED') {
      throw new ConsoleError(
        'care.no-qr',
        `This eSIM is ${esim.state} now, no longer waiting to be installed: its QR cannot be shown again.`,
      );
    }
    this.parts.shift.audit('qr-shown', `${describe(details)}: eSIM ${iccid}`);
    return { iccid, activationCode: esim.activationCode };
  }

  private forget(): void {
    this.found = new Set();
    this.opened = new Set();
  }

  /** A new clerk (or none) at the counter: what the last one looked up cannot be opened any more. */
  private forgetAnotherShifts(): void {
    if (this.lookedUpIn !== this.parts.shift.serial) this.forget();
  }

  private readonly saleOf: SaleOf = (metatag) => this.parts.journal.get(metatag);

  private coverageSet(details: CustomerDetails): string | undefined {
    return coverageSetOf(details, this.saleOf, this.parts.catalogue.all());
  }
}

/** Which customer, as the audit trail keeps it: the masked email (the trail is exported) and the uid. */
function describe({ customer }: CustomerDetails): string {
  return customer.email ? `${maskEmail(customer.email)} (${customer.uid})` : `(${customer.uid})`;
}
