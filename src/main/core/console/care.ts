// Customer care: sell a customer a top-up or a second eSIM through the same ledger as a first sale, refund
// an unused package, start an ON_DEMAND one. Finding and opening the customer is in care-lookup.ts.
import type { CareSale, RefundOutcome, RefundRequest } from '../../../shared/care';
import type { Handoff } from '../../../shared/handoff';
import { unrefundedDuplicates } from '../../../shared/sale';
import { refundPackage, startPackage } from '../care/package-actions';
import { ConsoleError } from '../errors';
import type { ConsoleContext } from './context';
import type { Selling } from './selling';

export class CustomerCare {
  constructor(
    private readonly context: ConsoleContext,
    private readonly selling: Selling,
    private readonly clerk: () => string | undefined,
  ) {}

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
}
