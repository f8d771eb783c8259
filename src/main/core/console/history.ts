// The sales history: listing and finding sales, refreshing one's eSIM state, putting a sale back on
// screen, checking uncertain ones with Gigastore now, and the CSV export.
import type { ActivityEntry } from '../../../shared/activity';
import type { ConsoleApi, DateRange, ReconcileResult, SalesQuery, SaleView } from '../../../shared/api';
import type { Handoff } from '../../../shared/handoff';
import type { SaleRecord } from '../../../shared/sale';
import type { Backend } from '../backend';
import { ConsoleError } from '../errors';
import { readEsimState } from '../gigastore/esim-state';
import { activity } from '../journal/audit-trail';
import { activityCsv, dayRange, findSales, localDay, salesCsv, toSaleView } from '../journal/history';
import type { ReconcileLoop } from '../journal/reconcile-loop';
import type { SaleRecords } from '../journal/sale-records';
import type { SaleDesk } from '../sale-desk';
import type { ConsoleOptions } from './options';

interface HistoryParts {
  records: SaleRecords;
  backend: Pick<Backend, 'client'>;
  checks: Pick<ReconcileLoop, 'kick'>;
  desk: Pick<SaleDesk, 'handoff' | 'show'>;
  /** audit: the trail of who did what; saveFile: where an export goes (the app asks with a save dialog). */
  options: Pick<ConsoleOptions, 'audit' | 'saveFile'>;
}

type HistoryCalls =
  | 'reconcileNow'
  | 'listSales'
  | 'getSale'
  | 'refreshSale'
  | 'showSale'
  | 'listActivity'
  | 'exportActivityCsv'
  | 'exportSalesCsv';

/** Sale ids sort by time: newest first, as every list of sales is shown. */
const newestFirst = (sales: SaleRecord[]) => [...sales].sort((a, b) => (a.saleId < b.saleId ? 1 : -1));

export class SalesHistory implements Pick<ConsoleApi, HistoryCalls> {
  constructor(private readonly parts: HistoryParts) {}

  async reconcileNow(): Promise<ReconcileResult[]> {
    const outcomes = await this.parts.checks.kick();
    return outcomes.map(({ saleId, outcome }) => ({ saleId, outcome }));
  }

  async listSales(query: SalesQuery): Promise<SaleView[]> {
    const { journal } = this.parts.records;
    // Sales being checked are few and known at once, without reading the whole history.
    const onlyUnresolved = query.status?.every((status) => status === 'pending' || status === 'verifying');
    if (onlyUnresolved) return findSales(journal.unresolved(), query).map(toSaleView);
    // So are the sales charged twice: the journal knows them from its line prefixes.
    if (query.doubleCharged) return findSales(newestFirst(journal.withDuplicates()), query).map(toSaleView);
    return findSales(journal.all(dayRange(query)), query).map(toSaleView);
  }

  async getSale(saleId: string): Promise<SaleView> {
    return toSaleView(this.parts.records.journal.sale(saleId));
  }

  async refreshSale(saleId: string): Promise<SaleView> {
    const sale = this.parts.records.journal.sale(saleId);
    if (sale.status !== 'completed' || !sale.customerUid || !sale.iccid) {
      throw new ConsoleError('sale.no-esim', 'This sale has no eSIM to look up.');
    }
    const state = await readEsimState(await this.parts.backend.client(), sale.customerUid, sale.iccid);
    return toSaleView(this.parts.records.state(saleId, state) ?? sale);
  }

  async showSale(saleId: string): Promise<Handoff> {
    const onScreen = this.parts.desk.handoff();
    if (onScreen && (onScreen.phase === 'activating' || onScreen.phase === 'verifying')) {
      throw new ConsoleError('sale.open', 'Another sale is still being checked on screen; wait for it first.');
    }
    if (this.parts.records.journal.sale(saleId).status !== 'completed') {
      throw new ConsoleError('sale.not-completed', 'Only a sale that went through has an eSIM to show.');
    }
    return this.parts.desk.show(saleId);
  }

  async listActivity(range: DateRange): Promise<ActivityEntry[]> {
    const { journal } = this.parts.records;
    const bounds = dayRange(range);
    const inRange = (at: string) => {
      const day = localDay(at);
      return day >= range.from && day <= range.to;
    };
    return activity(this.parts.options.audit?.list() ?? [], journal.all(bounds)).filter((entry) => inRange(entry.at));
  }

  async exportActivityCsv(range: DateRange): Promise<{ path: string } | null> {
    const entries = await this.listActivity(range);
    return this.save(range, 'activity', activityCsv(entries));
  }

  private async save(range: DateRange, what: string, content: string): Promise<{ path: string } | null> {
    const { saveFile } = this.parts.options;
    if (range.from > range.to) throw new ConsoleError('export.range', 'The first day comes after the last day.');
    if (!saveFile) throw new ConsoleError('export.unavailable', 'Saving files is not available here.');
    const name =
      range.from === range.to ? `esim-${what}-${range.from}.csv` : `esim-${what}-${range.from}_${range.to}.csv`;
    const path = await saveFile(name, content);
    return path ? { path } : null;
  }

  async exportSalesCsv(range: DateRange): Promise<{ path: string } | null> {
    const sales = findSales(this.parts.records.journal.all(dayRange(range)), range).reverse();
    return this.save(range, 'sales', salesCsv(sales));
  }
}
