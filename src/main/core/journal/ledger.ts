// Selling with the no-double-charge guarantee. A sale is journaled (on the disk) before its request
// leaves; its outcome is journaled when it is known. An uncertain outcome is never re-sent: reconciliation
// (reconciliation.ts) looks for the sale's metatag in Gigastore's sales list. A sale is sent again only
// when it is not charged (no trace at Gigastore, twice, after the window) or was refused, only after one
// more look finds no trace of it, and only as the same sale: the same metatag and idempotency key.
import type { SaleError, SaleRecord } from '../../../shared/sale';
import { reconciliationWindowFor } from '../../../shared/settings';
import { ConsoleError } from '../errors';
import type { GigastoreClient } from '../gigastore/client';
import { GigastoreError } from '../gigastore/errors';
import { WorkInProgress } from '../work-in-progress';
import { RECENT_MS, Reconciliation, type ReconcileOutcome } from './reconciliation';
import type { NewSale, SaleRecords } from './sale-records';

export type { ReconcileOutcome } from './reconciliation';

interface LedgerOptions {
  /**
   * The reconciliation window setting: how long after an attempt began a sale missing from Gigastore's
   * list may still appear there. A live sale never gets less than the live minimum, whatever it says.
   */
  reconciliationWindowMs: () => number;
  now?: () => Date;
  /** Where a sale's request is marked on its way (the console shares it with the screen); by default the ledger's own. */
  work?: WorkInProgress;
}

export class SalesLedger {
  private readonly work: WorkInProgress;
  private readonly now: () => Date;
  readonly reconciliation: Reconciliation;

  constructor(
    readonly records: SaleRecords,
    options: LedgerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.work = options.work ?? new WorkInProgress();
    this.reconciliation = new Reconciliation(records, {
      reconciliationWindowMs: (sale) => reconciliationWindowFor(sale.mode, options.reconciliationWindowMs()),
      now: this.now,
      isInFlight: (saleId) => this.work.has('sending', saleId),
    });
  }

  /** Journals the sale, then sends it once. */
  async sell(client: GigastoreClient, sale: NewSale): Promise<SaleRecord> {
    // On its way from before the first record, so the sale never shows as stalled while it is on its way.
    this.work.begin('sending', sale.saleId);
    try {
      this.records.begin(sale, client.baseUrl);
    } catch (error) {
      this.work.end('sending', sale.saleId);
      throw error;
    }
    return this.send(client, sale.saleId);
  }

  /**
   * Sends a sale again with the same sale id: only a sale that is not charged or was refused, sent to this
   * Gigastore, and only after one more look at Gigastore's sales list finds no trace of it (found, it is
   * completed instead, and nothing is sent).
   */
  async retry(client: GigastoreClient, saleId: string): Promise<SaleRecord> {
    const sale = this.records.journal.sale(saleId);
    assertRetryable(sale, client, this.now());
    if (this.work.has('sending', saleId)) throw new ConsoleError('sale.in-flight', 'This sale is on its way already.');
    this.work.begin('sending', saleId);
    try {
      let found: SaleRecord | undefined;
      try {
        found = await this.reconciliation.lookFor(client, sale);
      } catch (error) {
        const why = error instanceof Error ? ` (${error.message})` : '';
        throw new ConsoleError(
          'sale.cannot-check',
          `Gigastore's sales list could not be read${why}, so this sale was not sent again: it might have gone through. Try again in a moment.`,
        );
      }
      if (found) return found;
      this.records.attempt(saleId);
    } catch (error) {
      this.work.end('sending', saleId);
      throw error;
    }
    return this.send(client, saleId);
  }

  /**
   * Demo sales sent to a simulator that has since stopped can never be checked: its memory is gone. They
   * never cost anything, so they are closed as not charged, saying why.
   */
  retireOrphanedDemoSales(currentSimulator: string): SaleRecord[] {
    return this.records.journal
      .unresolved()
      .filter(
        (sale) => sale.mode === 'demo' && sale.gigastore !== currentSimulator && !this.work.has('sending', sale.saleId),
      )
      .map((sale) =>
        this.records.absent(
          sale.saleId,
          this.records.error(
            'demo.simulator-gone',
            'The demo simulator that held this sale has stopped; demo sales never cost anything.',
          ),
        ),
      );
  }

  /** Looks at Gigastore's sales list for every open and watched sale (see reconciliation.ts). */
  reconcile(client: GigastoreClient): Promise<ReconcileOutcome[]> {
    return this.reconciliation.reconcile(client);
  }

  private async send(client: GigastoreClient, saleId: string): Promise<SaleRecord> {
    try {
      const outcome = await this.sendOnce(client, saleId);
      if (!isTokenRefusal(outcome)) return outcome;
      // Gigastore refused the token (the client has renewed it). A 401 comes before the work on any sane
      // server, but that is Gigastore's word, not a proof: the sale is looked for once, then sent again as
      // itself (same metatag and key), and stays watched for a day for a second charge.
      const found = await this.reconciliation.lookFor(client, outcome.sale).catch(() => undefined);
      if (found) return found;
      this.records.attempt(saleId);
      const again = await this.sendOnce(client, saleId);
      return isTokenRefusal(again) ? again.failed() : again;
    } finally {
      this.work.end('sending', saleId);
    }
  }

  /** One request; the outcome journaled, except a refused token, which is handed back for send() to decide. */
  private async sendOnce(client: GigastoreClient, saleId: string): Promise<SaleRecord | TokenRefusal> {
    const sale = this.records.journal.get(saleId) as SaleRecord;
    try {
      const answer = await request(client, sale);
      const esim = answer.esimProfile;
      return this.records.completed(saleId, {
        via: 'response',
        customerUid: answer.customer.uid,
        activatedItemUid: answer.activatedItem.uid,
        ...(esim ? { esim: { iccid: esim.iccid, activationCode: esim.activationCode, state: esim.state } } : {}),
      });
    } catch (error) {
      const failure = saleError(error, this.now().toISOString());
      // Never sent: no connection, or no credentials to authenticate with. Certainly not charged.
      if (error instanceof GigastoreError && !error.requestSent) return this.records.absent(saleId, failure);
      if (error instanceof GigastoreError && error.status === 401) {
        return { tokenRefused: true, sale, failed: () => this.records.refused(saleId, failure) };
      }
      if (error instanceof GigastoreError && !error.outcomeUncertain) return this.records.refused(saleId, failure);
      // A time-out, a broken connection, a 5xx, a garbled answer, or anything unexpected: uncertain.
      return this.records.uncertain(saleId, failure);
    }
  }
}

interface TokenRefusal {
  tokenRefused: true;
  sale: SaleRecord;
  /** Journals the refusal (when the sale is not sent again). */
  failed: () => SaleRecord;
}

const isTokenRefusal = (outcome: SaleRecord | TokenRefusal): outcome is TokenRefusal => 'tokenRefused' in outcome;

function assertRetryable(sale: SaleRecord, client: GigastoreClient, now: Date): void {
  const refuse = (code: string, sentence: string) => {
    throw new ConsoleError(code, sentence);
  };
  if (sale.damaged)
    refuse(
      'sale.damaged',
      'A record of this sale is damaged, so it is not sent again: check with Gigastore (the sales history of the portal) first.',
    );
  if (sale.status === 'completed')
    refuse('sale.not-retryable', 'This sale went through already; it cannot be sent again.');
  if (sale.status === 'pending' || sale.status === 'verifying')
    refuse(
      'sale.not-retryable',
      'It is not yet certain whether this sale went through; wait for the check with Gigastore.',
    );
  if (sale.gigastore !== client.baseUrl)
    refuse(
      'sale.other-gigastore',
      `This sale was sent to ${sale.gigastore}; only that Gigastore can say whether it went through, so it is not sent elsewhere.`,
    );
  if (now.getTime() - Date.parse(sale.startedAt) > RECENT_MS)
    refuse('sale.too-old', 'This sale began more than a week ago; start a new sale instead.');
}

function saleError(error: unknown, at: string): SaleError {
  if (error instanceof GigastoreError) {
    return {
      at,
      code: error.code,
      message: error.message,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.answer === undefined ? {} : { answer: error.answer }),
    };
  }
  if (error instanceof ConsoleError) return { at, code: error.code, message: error.message };
  return { at, code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** The one request a sale makes, by its kind. Never retried here: an uncertain answer is reconciled. */
function request(client: GigastoreClient, sale: SaleRecord) {
  const common = {
    inventoryItemId: sale.item.id,
    metatag: sale.saleId,
    expectedPrice: sale.price,
    ...(sale.activationMode ? { activationMode: sale.activationMode } : {}),
  };
  if (sale.kind === 'first') {
    return client.register(
      {
        ...common,
        userIp: sale.userIp,
        userCountry: sale.customerCountry,
        ...(sale.customerEmail ? { customerEmail: sale.customerEmail } : {}),
      },
      sale.saleId,
    );
  }
  const customerUid = sale.customerUid ?? '';
  if (sale.kind === 'topup') return client.topUp({ ...common, customerUid }, sale.saleId);
  return client.topUpWithProfile(
    { ...common, customerUid, userIp: sale.userIp, userCountry: sale.customerCountry },
    sale.saleId,
  );
}
