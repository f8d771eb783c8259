// Selling with the no-double-charge guarantee. A sale is journaled (on the disk) before its register
// request leaves; its outcome is journaled when it is known. An uncertain outcome is never re-sent:
// reconciliation looks for the sale's metatag among the packages Gigastore sold since the attempt began.
// Found: the sale is completed as if the answer had arrived. Not found once the reconciliation window has
// passed: proven not charged, and only then may it be sent again, with the same sale id.
import type { CatalogueItem } from '../../../shared/catalogue';
import type { ActivationMode, Price } from '../../../shared/gigastore';
import type { CustomerLanguage } from '../../../shared/languages';
import type { SaleError, SaleKind, SaleRecord } from '../../../shared/sale';
import { ConsoleError } from '../errors';
import type { GigastoreClient } from '../gigastore/client';
import { GigastoreError } from '../gigastore/errors';
import type { SalesJournal } from './sales-journal';

export interface SaleDraft {
  saleId: string;
  /** first when absent. */
  kind?: SaleKind;
  /** For a top-up or a second eSIM: the customer, and the eSIMs they have now. */
  customerUid?: string;
  knownIccids?: string[];
  counterId: string;
  mode: 'demo' | 'live';
  clerk?: string;
  item: CatalogueItem;
  price: Price;
  customerCountry: string;
  customerEmail?: string;
  language?: CustomerLanguage;
  activationMode?: ActivationMode;
  userIp: string;
}

export type ReconcileOutcome =
  | { saleId: string; outcome: 'completed'; sale: SaleRecord }
  | { saleId: string; outcome: 'not-charged'; sale: SaleRecord }
  | { saleId: string; outcome: 'still-verifying'; sale: SaleRecord };

export interface LedgerOptions {
  /** How long after an attempt began a sale missing from Gigastore's list may still appear there. */
  reconciliationWindowMs: () => number;
  now?: () => Date;
}

/** Gigastore's clock and ours may differ; the sales list is read from a little before the attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;

export class SalesLedger {
  private readonly inFlight = new Set<string>();
  private readonly now: () => Date;

  constructor(
    readonly journal: SalesJournal,
    private readonly options: LedgerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  isInFlight(saleId: string): boolean {
    return this.inFlight.has(saleId);
  }

  /** Journals the sale, then sends it once. */
  async sell(client: GigastoreClient, draft: SaleDraft): Promise<SaleRecord> {
    // In flight from before the first record, so the sale never shows as stalled while it is on its way.
    this.inFlight.add(draft.saleId);
    try {
      this.journal.record({ type: 'begun', at: this.now().toISOString(), gigastore: client.baseUrl, ...draft });
    } catch (error) {
      this.inFlight.delete(draft.saleId);
      throw error;
    }
    return this.send(client, draft.saleId);
  }

  /** Sends a sale again with the same sale id: only once Gigastore is known not to have made it. */
  async retry(client: GigastoreClient, saleId: string): Promise<SaleRecord> {
    const sale = this.journal.get(saleId);
    if (!sale) throw new ConsoleError('sale.unknown', `There is no sale ${saleId} in the journal.`);
    if (sale.status !== 'not-charged' && sale.status !== 'refused') {
      throw new ConsoleError(
        'sale.not-retryable',
        sale.status === 'completed'
          ? 'This sale went through already; it cannot be sent again.'
          : 'It is not yet certain whether this sale went through; wait for the check with Gigastore.',
      );
    }
    this.inFlight.add(saleId);
    try {
      this.journal.record({ type: 'attempt', saleId, at: this.now().toISOString() });
    } catch (error) {
      this.inFlight.delete(saleId);
      throw error;
    }
    return this.send(client, saleId);
  }

  /**
   * The eSIM a reconciled sale brought: a first sale's customer has only that one; a second eSIM is the
   * one the customer did not have when the sale began. A top-up brings none. Never a guess: when it
   * cannot be told apart, the sale is completed without an eSIM (it is charged) and support looks it up.
   */
  private async newEsimOf(client: GigastoreClient, sale: SaleRecord, customerUid: string) {
    if (sale.kind === 'topup') return undefined;
    const { relatedEsims } = await client.customer(customerUid);
    const known = new Set(sale.knownIccids ?? []);
    const fresh = relatedEsims.filter((esim) => !known.has(esim.iccid));
    return fresh.length === 1 ? fresh[0] : undefined;
  }

  /**
   * Demo sales sent to a simulator that has since stopped can never be checked: its memory is gone. They
   * never cost anything, so they are closed as not charged, saying why.
   */
  retireOrphanedDemoSales(currentSimulator: string): SaleRecord[] {
    return this.journal
      .unresolved()
      .filter((sale) => sale.mode === 'demo' && sale.gigastore !== currentSimulator && !this.inFlight.has(sale.saleId))
      .map((sale) => {
        const at = this.now().toISOString();
        const error = {
          at,
          code: 'demo.simulator-gone',
          message: 'The demo simulator that held this sale has stopped; demo sales never cost anything.',
        };
        return this.journal.record({ type: 'absent', saleId: sale.saleId, at, error });
      });
  }

  private async send(client: GigastoreClient, saleId: string): Promise<SaleRecord> {
    const sale = this.journal.get(saleId) as SaleRecord;
    try {
      const answer = await request(client, sale);
      return this.journal.record({
        type: 'completed',
        saleId,
        at: this.now().toISOString(),
        via: 'response',
        customerUid: answer.customer.uid,
        activatedItemUid: answer.activatedItem.uid,
        ...(answer.esimProfile
          ? {
              iccid: answer.esimProfile.iccid,
              activationCode: answer.esimProfile.activationCode,
              state: answer.esimProfile.state,
            }
          : {}),
      });
    } catch (error) {
      const at = this.now().toISOString();
      const failure = saleError(error, at);
      if (error instanceof GigastoreError && error.kind === 'unreachable') {
        return this.journal.record({ type: 'absent', saleId, at, error: failure });
      }
      if (error instanceof GigastoreError && !error.outcomeUncertain) {
        return this.journal.record({ type: 'refused', saleId, at, error: failure });
      }
      // A time-out, a broken connection, a 5xx, a garbled answer, or anything unexpected: uncertain.
      return this.journal.record({ type: 'uncertain', saleId, at, error: failure });
    } finally {
      this.inFlight.delete(saleId);
    }
  }

  /**
   * Resolves every sale of unknown outcome that was sent to this client's Gigastore, reading its sales list
   * once. Sales sent elsewhere are left alone: only the Gigastore that got a sale can prove it absent.
   */
  async reconcile(client: GigastoreClient): Promise<ReconcileOutcome[]> {
    const open = this.journal
      .unresolved()
      .filter((sale) => !this.inFlight.has(sale.saleId) && sale.gigastore === client.baseUrl);
    if (open.length === 0) return [];
    const earliest = Math.min(...open.map((sale) => Date.parse(sale.lastAttemptAt)));
    const sold = await client.activatedItems({ from: new Date(earliest - CLOCK_SKEW_MS).toISOString() });
    const byMetatag = new Map(sold.filter((item) => item.metatag).map((item) => [item.metatag as string, item]));

    const outcomes: ReconcileOutcome[] = [];
    for (const sale of open) {
      const found = byMetatag.get(sale.saleId);
      if (found) {
        const customerUid = found.customer?.uid ?? (await client.activatedItem(found.uid)).customer?.uid;
        if (!customerUid)
          throw new ConsoleError('reconcile.no-customer', `Gigastore lists sale ${sale.saleId} without its customer.`);
        const esim = await this.newEsimOf(client, sale, customerUid);
        const completed = this.journal.record({
          type: 'completed',
          saleId: sale.saleId,
          at: this.now().toISOString(),
          via: 'reconciliation',
          customerUid,
          activatedItemUid: found.uid,
          ...(esim ? { iccid: esim.iccid, activationCode: esim.activationCode, state: esim.state } : {}),
        });
        outcomes.push({ saleId: sale.saleId, outcome: 'completed', sale: completed });
      } else if (this.now().getTime() - Date.parse(sale.lastAttemptAt) >= this.options.reconciliationWindowMs()) {
        const absent = this.journal.record({ type: 'absent', saleId: sale.saleId, at: this.now().toISOString() });
        outcomes.push({ saleId: sale.saleId, outcome: 'not-charged', sale: absent });
      } else {
        if (sale.status === 'pending') {
          // Found pending after a restart: the app died before the answer was recorded.
          const error = {
            at: this.now().toISOString(),
            code: 'sale.interrupted',
            message: 'The console stopped before Gigastore answered.',
          };
          this.journal.record({ type: 'uncertain', saleId: sale.saleId, at: error.at, error });
        }
        outcomes.push({
          saleId: sale.saleId,
          outcome: 'still-verifying',
          sale: this.journal.get(sale.saleId) as SaleRecord,
        });
      }
    }
    return outcomes;
  }
}

function saleError(error: unknown, at: string): SaleError {
  if (error instanceof GigastoreError) {
    return {
      at,
      code: error.code,
      message: error.message,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.rawBody === undefined ? {} : { rawBody: error.rawBody.slice(0, 4000) }),
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
