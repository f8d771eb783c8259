// Reconciliation: what Gigastore's sales list says about the sales whose outcome this counter does not
// know, and about every sale that was ever in doubt. It proves, it does not presume:
// - found (its metatag in the list): the sale is completed as if the answer had arrived;
// - not found: nothing is concluded until the reconciliation window has passed AND two complete reads of
//   the list, at least a window apart, agree that there is no trace of it; only then is it taken as not
//   charged, in words that say what is known;
// - every sale that was ever in doubt stays watched for a day: a late charge completes it (its QR is
//   available again), and a second package under the same metatag is a double charge.
import type { ActivatedItem } from '../../../shared/gigastore';
import { type SaleRecord, unrefundedDuplicates } from '../../../shared/sale';
import { ConsoleError } from '../errors';
import type { GigastoreClient } from '../gigastore/client';
import type { SaleRecords } from './sale-records';
import { mergeWindows, readSalesWindow } from './sales-list';

type ReconcileOutcomeName = 'completed' | 'not-charged' | 'still-verifying' | 'late-charge' | 'double-charge';
export interface ReconcileOutcome {
  saleId: string;
  outcome: ReconcileOutcomeName;
  sale: SaleRecord;
}

interface ReconcileOptions {
  /** How long after an attempt this sale, missing from Gigastore's list, may still appear there. */
  reconciliationWindowMs: (sale: SaleRecord) => number;
  now: () => Date;
  /** Sales on their way from this process: their answer will tell. */
  isInFlight: (saleId: string) => boolean;
}

/** How long a sale that was ever in doubt is watched for a late or a second charge. */
const WATCH_MS = 24 * 3_600_000;
/** Gigastore's clock and ours may differ: the list is read from a little before and to a little after. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** A pending sale younger than this may be on its way from another process (the CLI beside the app). */
const STALE_PENDING_MS = 60_000;
/** Sales begun longer ago than this are not looked at for a late charge (nor sent again: see the ledger). */
export const RECENT_MS = 7 * 24 * 3_600_000;

export class Reconciliation {
  constructor(
    private readonly records: SaleRecords,
    private readonly options: ReconcileOptions,
  ) {}

  /** Sales whose outcome only this Gigastore knows. */
  open(gigastore: string): SaleRecord[] {
    return this.records.journal
      .unresolved()
      .filter((sale) => sale.gigastore === gigastore && !this.options.isInFlight(sale.saleId));
  }

  /** Sales settled here but once in doubt, still within their day of watching (sent to `gigastore`, or to any). */
  watched(gigastore?: string): SaleRecord[] {
    const now = this.options.now().getTime();
    return this.records.journal
      .all({ fromMs: now - RECENT_MS, toMs: Number.POSITIVE_INFINITY })
      .filter(
        (sale) =>
          (gigastore === undefined || sale.gigastore === gigastore) &&
          sale.watched &&
          sale.status !== 'pending' &&
          sale.status !== 'verifying' &&
          Date.parse(sale.lastAttemptAt) + WATCH_MS > now,
      );
  }

  /** Sales charged twice whose duplicate is not refunded yet. */
  doubleCharged(): SaleRecord[] {
    return this.records.journal.withDuplicates().filter((sale) => unrefundedDuplicates(sale).length > 0);
  }

  /** Reads the list once for every open and watched sale of this Gigastore and settles what it can. */
  async reconcile(client: GigastoreClient): Promise<ReconcileOutcome[]> {
    const open = this.open(client.baseUrl);
    const watched = this.watched(client.baseUrl);
    const outcomes: ReconcileOutcome[] = [];
    if (open.length + watched.length > 0) {
      const list = await this.readFor(client, [...open, ...watched]);
      for (const sale of open) outcomes.push(await this.settleOpen(client, sale, list));
      for (const sale of watched) {
        const outcome = await this.settleWatched(client, sale, list.items);
        if (outcome) outcomes.push(outcome);
      }
    }
    // A double charge is reported on every look until its duplicate is refunded.
    for (const sale of this.doubleCharged()) {
      if (!outcomes.some((outcome) => outcome.saleId === sale.saleId && outcome.outcome === 'double-charge'))
        outcomes.push({ saleId: sale.saleId, outcome: 'double-charge', sale });
    }
    return outcomes;
  }

  /**
   * Before a sale is sent again: one fresh look for it. Found, it is completed and returned (late when it
   * had been given up as not charged or refused); else undefined.
   */
  async lookFor(client: GigastoreClient, sale: SaleRecord): Promise<SaleRecord | undefined> {
    const list = await this.readFor(client, [sale]);
    const found = list.items.filter((item) => item.metatag === sale.saleId);
    if (found.length === 0) return undefined;
    const settled = sale.status === 'not-charged' || sale.status === 'refused';
    return this.complete(client, sale, found, settled ? 'late' : 'reconciliation');
  }

  private async readFor(client: GigastoreClient, sales: SaleRecord[]) {
    const now = this.options.now().getTime();
    const windows = mergeWindows(
      sales.map((sale): [number, number] => [
        Date.parse(sale.startedAt) - CLOCK_SKEW_MS,
        Math.min(now, Date.parse(sale.lastAttemptAt) + WATCH_MS) + CLOCK_SKEW_MS,
      ]),
    );
    const items: ActivatedItem[] = [];
    let complete = true;
    for (const [from, to] of windows) {
      const read = await readSalesWindow(client, from, to);
      items.push(...read.items);
      complete &&= read.complete;
    }
    return { items, complete };
  }

  private async settleOpen(
    client: GigastoreClient,
    sale: SaleRecord,
    list: { items: ActivatedItem[]; complete: boolean },
  ): Promise<ReconcileOutcome> {
    const found = list.items.filter((item) => item.metatag === sale.saleId);
    if (found.length) {
      const completed = await this.complete(client, sale, found, 'reconciliation');
      return { saleId: sale.saleId, outcome: found.length > 1 ? 'double-charge' : 'completed', sale: completed };
    }
    const now = this.options.now().getTime();
    const window = this.options.reconciliationWindowMs(sale);
    const sinceAttempt = now - Date.parse(sale.lastAttemptAt);
    let current = sale;
    if (sale.status === 'pending' && sinceAttempt >= STALE_PENDING_MS) {
      current = this.records.uncertain(
        sale.saleId,
        this.records.error('sale.interrupted', 'The console stopped before Gigastore answered.'),
      );
    }
    // Absence is evidence only from a complete read, after the window, and twice a window apart.
    if (!sale.damaged && list.complete && sinceAttempt >= window) {
      if (!sale.noTraceSince) current = this.records.noTrace(sale.saleId);
      else if (now - Date.parse(sale.noTraceSince) >= window) {
        const absent = this.records.absent(
          sale.saleId,
          this.records.error(
            'reconcile.no-trace',
            `No trace at Gigastore ${duration(sinceAttempt)} after the attempt (its sales list read twice, ${duration(now - Date.parse(sale.noTraceSince))} apart): taken as not charged. It stays watched for a day in case the charge lands late.`,
          ),
        );
        return { saleId: sale.saleId, outcome: 'not-charged', sale: absent };
      }
    }
    return { saleId: sale.saleId, outcome: 'still-verifying', sale: current };
  }

  private async settleWatched(
    client: GigastoreClient,
    sale: SaleRecord,
    items: ActivatedItem[],
  ): Promise<ReconcileOutcome | undefined> {
    const found = items.filter((item) => item.metatag === sale.saleId);
    if (found.length === 0) return undefined;
    if (sale.status !== 'completed') {
      // Given up as not charged, or refused, and yet Gigastore holds it: the charge landed late.
      const completed = await this.complete(client, sale, found, 'late');
      return { saleId: sale.saleId, outcome: found.length > 1 ? 'double-charge' : 'late-charge', sale: completed };
    }
    const known = new Set([sale.activatedItemUid, ...sale.duplicates.map((duplicate) => duplicate.activatedItemUid)]);
    const fresh = found.filter((item) => !known.has(item.uid));
    if (fresh.length === 0) return undefined;
    let updated = sale;
    for (const item of fresh) updated = this.records.duplicate(sale.saleId, item.uid, item.salesDate);
    return { saleId: sale.saleId, outcome: 'double-charge', sale: updated };
  }

  /** Completes a sale from the packages Gigastore holds under its metatag: the earliest is the sale, any other a duplicate. */
  private async complete(
    client: GigastoreClient,
    sale: SaleRecord,
    found: ActivatedItem[],
    via: 'reconciliation' | 'late',
  ): Promise<SaleRecord> {
    const [first, ...others] = [...found].sort((a, b) => soldAt(a) - soldAt(b)) as [ActivatedItem, ...ActivatedItem[]];
    const customerUid = first.customer?.uid ?? (await client.activatedItem(first.uid)).customer?.uid;
    if (!customerUid)
      throw new ConsoleError('reconcile.no-customer', `Gigastore lists sale ${sale.saleId} without its customer.`);
    const esim = await newEsimOf(client, sale, customerUid);
    let completed = this.records.completed(sale.saleId, {
      via,
      customerUid,
      activatedItemUid: first.uid,
      ...(esim ? { esim: { iccid: esim.iccid, activationCode: esim.activationCode, state: esim.state } } : {}),
    });
    for (const item of others) completed = this.records.duplicate(sale.saleId, item.uid, item.salesDate);
    return completed;
  }
}

const soldAt = (item: ActivatedItem) => Date.parse(item.salesDate ?? '') || 0;

/**
 * The eSIM a reconciled sale brought: a first sale's customer has only that one; a second eSIM is the one
 * the customer did not have when the sale began. A top-up brings none. Never a guess: when it cannot be
 * told apart, the sale is completed without an eSIM (it is charged) and support looks it up.
 */
async function newEsimOf(client: GigastoreClient, sale: SaleRecord, customerUid: string) {
  if (sale.kind === 'topup') return undefined;
  const { relatedEsims } = await client.customer(customerUid);
  const known = new Set(sale.knownIccids ?? []);
  const fresh = relatedEsims.filter((esim) => !known.has(esim.iccid));
  return fresh.length === 1 ? fresh[0] : undefined;
}

/** "40 s", "3 min": how long, in the words a clerk reads. */
function duration(ms: number): string {
  return ms < 90_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}
