// Customer care: sell a customer a top-up or a second eSIM through the same ledger as a first sale, refund
// an unused package, start an ON_DEMAND one, ask whether an eSIM is connected. Finding and opening the customer is in care-lookup.ts.
import type { ConsoleApi } from '../../../shared/api';
import type { CareSale, RefundOutcome, RefundRequest } from '../../../shared/care';
import type { ConnectivityView } from '../../../shared/esim-connectivity';
import type { Handoff } from '../../../shared/handoff';
import { unrefundedDuplicates } from '../../../shared/sale';
import type { Backend } from '../backend';
import { checkConnectivity } from '../care/esim-connectivity';
import { refundPackage, startPackage } from '../care/package-actions';
import { ConsoleError } from '../errors';
import type { SaleRecords } from '../journal/sale-records';
import type { Logger } from '../log/logger';
import type { ManagerLock } from '../manager-pin';
import type { Selling } from './selling';

interface CareParts {
  backend: Pick<Backend, 'client'>;
  selling: Pick<Selling, 'sell'>;
  records: SaleRecords;
  manager: Pick<ManagerLock, 'assertManager'>;
  clerk: () => string | undefined;
  log: Logger;
}

type CareCalls = 'startCareSale' | 'refundPackage' | 'refundDuplicate' | 'startPackage' | 'esimConnectivity';

export class CustomerCare implements Pick<ConsoleApi, CareCalls> {
  constructor(private readonly parts: CareParts) {}

  /** A top-up or a second eSIM: the customer's eSIMs now are journaled with the sale, then it is sold. */
  async startCareSale(request: CareSale): Promise<Handoff> {
    const client = await this.parts.backend.client();
    const customer = await client.customer(request.customerUid);
    const { kind, customerUid, ...sale } = request;
    const knownIccids = customer.relatedEsims.map((esim) => esim.iccid);
    return this.parts.selling.sell(sale, { kind, customerUid, knownIccids });
  }

  async refundPackage({ activatedItemUid, reason }: RefundRequest): Promise<RefundOutcome> {
    this.parts.manager.assertManager('refund a package');
    const client = await this.parts.backend.client();
    const {
      saleId: _saleId,
      path: _path,
      ...outcome
    } = await refundPackage(client, this.parts.records, { activatedItemUid, reason, clerk: this.parts.clerk() });
    (outcome.outcome === 'refunded' ? this.parts.log.info : this.parts.log.warn)('refund', {
      activatedItemUid,
      outcome: outcome.outcome,
      message: outcome.message,
    });
    return outcome;
  }

  /** Refunds what Gigastore charged twice for one sale: every duplicate not refunded yet. */
  async refundDuplicate(saleId: string): Promise<RefundOutcome[]> {
    this.parts.manager.assertManager('refund a double charge');
    const duplicates = unrefundedDuplicates(this.parts.records.journal.sale(saleId));
    if (duplicates.length === 0) {
      throw new ConsoleError('sale.no-duplicate', 'This sale has no double charge left to refund.');
    }
    const outcomes: RefundOutcome[] = [];
    for (const { activatedItemUid } of duplicates) {
      const reason = 'Double charge: the same sale was charged twice';
      outcomes.push(await this.refundPackage({ activatedItemUid, reason }));
    }
    return outcomes;
  }

  /** Whether and where the eSIM was last seen on a network: a read, so no PIN and nothing recorded. */
  async esimConnectivity(iccid: string): Promise<ConnectivityView> {
    return checkConnectivity(await this.parts.backend.client(), iccid);
  }

  /** Starts an ON_DEMAND package now (its validity runs from this moment). */
  async startPackage(activatedItemUid: string): Promise<void> {
    await startPackage(await this.parts.backend.client(), this.parts.records, activatedItemUid);
  }
}
