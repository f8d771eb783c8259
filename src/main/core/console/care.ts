// Customer care: look a customer up (exact, then by prefix), sell them a top-up or a second eSIM through
// the same ledger as a first sale, refund an unused package, start an ON_DEMAND one.
import type { CareSale, CustomerCareView, Lookup, RefundOutcome, RefundRequest } from '../../../shared/care';
import type { CustomerDetails } from '../../../shared/gigastore';
import type { Handoff } from '../../../shared/handoff';
import { unrefundedDuplicates } from '../../../shared/sale';
import { refundPackage, startPackage } from '../care/package-actions';
import { ConsoleError } from '../errors';
import type { ConsoleContext } from './context';
import type { Selling } from './selling';

const MAX_CUSTOMERS = 20;

export class CustomerCare {
  constructor(
    private readonly context: ConsoleContext,
    private readonly selling: Selling,
    private readonly clerk: () => string | undefined,
  ) {}

  async lookup(query: Lookup): Promise<CustomerCareView[]> {
    const client = await this.context.client();
    const search =
      'iccid' in query
        ? { searchKey: 'ICCID' as const, searchQuery: query.iccid }
        : { searchKey: 'EMAIL' as const, searchQuery: query.email };
    let found = await client.searchCustomers({ ...search, searchMode: 'isExact' });
    if (found.length === 0) found = await client.searchCustomers({ ...search, searchMode: 'startsWith' });
    return found.slice(0, MAX_CUSTOMERS).map((details) => this.view(details));
  }

  /** A top-up or a second eSIM: the customer's eSIMs now are journaled with the sale, then it is sold. */
  async sell(request: CareSale): Promise<Handoff> {
    const client = await this.context.client();
    const customer = await client.customer(request.customerUid);
    const { kind, customerUid, ...sale } = request;
    return this.selling.sell(sale, { kind, customerUid, knownIccids: customer.relatedEsims.map((esim) => esim.iccid) });
  }

  async refund({ activatedItemUid, reason }: RefundRequest): Promise<RefundOutcome> {
    this.context.manager.assertManager('refund a package');
    const client = await this.context.client();
    const {
      saleId: _saleId,
      path: _path,
      ...outcome
    } = await refundPackage(client, this.context.records, {
      activatedItemUid,
      reason,
      clerk: this.clerk(),
    });
    (outcome.outcome === 'refunded' ? this.context.log.info : this.context.log.warn)('refund', {
      activatedItemUid,
      outcome: outcome.outcome,
      message: outcome.message,
    });
    return outcome;
  }

  /** Refunds what Gigastore charged twice for one sale: every duplicate not refunded yet. */
  async refundDuplicate(saleId: string): Promise<RefundOutcome[]> {
    this.context.manager.assertManager('refund a double charge');
    const duplicates = unrefundedDuplicates(this.context.sale(saleId));
    if (duplicates.length === 0) {
      throw new ConsoleError('sale.no-duplicate', 'This sale has no double charge left to refund.');
    }
    const outcomes: RefundOutcome[] = [];
    for (const { activatedItemUid } of duplicates) {
      outcomes.push(await this.refund({ activatedItemUid, reason: 'Double charge: the same sale was charged twice' }));
    }
    return outcomes;
  }

  /** Starts an ON_DEMAND package now (its validity runs from this moment). */
  async startPackage(activatedItemUid: string): Promise<void> {
    await startPackage(await this.context.client(), this.context.records, activatedItemUid);
  }

  private view(details: CustomerDetails): CustomerCareView {
    const { journal } = this.context.options;
    const sales = details.activatedItems.map((item) => (item.metatag ? journal.get(item.metatag) : undefined));
    // The coverage set: from one of our own sales to this customer, else the package names in the inventory.
    const byName = new Map([...this.context.catalogue.values()].map((item) => [item.name, item.countrySet]));
    const coverageSet =
      sales.find((sale) => sale)?.item.countrySet ??
      details.activatedItems.map((item) => byName.get(item.balance?.name ?? '')).find((set) => set);
    return {
      customerUid: details.customer.uid,
      ...(details.customer.email ? { email: details.customer.email } : {}),
      ...(coverageSet ? { coverageSet } : {}),
      esims: details.relatedEsims.map((esim) => ({
        iccid: esim.iccid,
        state: esim.state,
        ...(esim.imsi ? { imsi: esim.imsi } : {}),
        ...(esim.lastSeen ? { lastSeen: esim.lastSeen } : {}),
        ...(esim.activatedAt ? { activatedAt: esim.activatedAt } : {}),
        ...(esim.state === 'RELEASED' ? { activationCode: esim.activationCode } : {}),
      })),
      packages: details.activatedItems.map((item, index) => {
        const sale = sales[index];
        const balance = item.balance;
        return {
          uid: item.uid,
          ...(balance?.name ? { name: balance.name } : {}),
          ...(balance?.size ? { size: balance.size } : {}),
          ...(balance?.availableBalance ? { available: balance.availableBalance } : {}),
          ...(balance?.activatedAt ? { activatedAt: balance.activatedAt } : {}),
          ...(balance?.expiresAt ? { expiresAt: balance.expiresAt } : {}),
          ...(balance?.activationMode ? { activationMode: balance.activationMode } : {}),
          ...(sale ? { saleId: sale.saleId } : {}),
          refunded: sale?.refunds.some((refund) => refund.outcome === 'refunded') ?? false,
        };
      }),
    };
  }
}
