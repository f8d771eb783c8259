// Looking sales up in the journal (by sale id, ICCID, email, package name, and local calendar days) and
// exporting them as CSV for the end-of-day. The activation code never leaves through these paths: it is a
// single-use credential, shown only on the handoff screen.
import type { SaleView, SalesQuery } from '../../../shared/api';
import type { ActivityEntry } from '../../../shared/activity';
import type { SaleRecord } from '../../../shared/sale';
import { csv, type CsvColumns } from '../csv';

/** The local calendar day of an ISO timestamp, YYYY-MM-DD (the store's day, not UTC's). */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Epoch-ms bounds of local days `from`..`to` (inclusive), for the journal's cheap pre-filter. */
export function dayRange(query: { from?: string; to?: string }): { fromMs: number; toMs: number } | undefined {
  if (!query.from && !query.to) return undefined;
  const midnight = (day: string) => {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(year as number, (month as number) - 1, date as number).getTime();
  };
  return {
    fromMs: query.from ? midnight(query.from) : Number.NEGATIVE_INFINITY,
    toMs: query.to ? midnight(query.to) + 86_400_000 + 3_600_000 : Number.POSITIVE_INFINITY,
  };
}

export function toSaleView(sale: SaleRecord): SaleView {
  const { activationCode: _code, ...view } = sale;
  return view;
}

export function findSales(sales: SaleRecord[], query: SalesQuery): SaleRecord[] {
  const text = query.text?.toLowerCase();
  const matches = sales.filter((sale) => {
    const day = localDay(sale.startedAt);
    if (query.from && day < query.from) return false;
    if (query.to && day > query.to) return false;
    if (query.status && !query.status.includes(sale.status)) return false;
    if (query.doubleCharged && sale.duplicates.length === 0) return false;
    if (!text) return true;
    return [sale.saleId, sale.iccid, sale.customerEmail, sale.item.name].some((field) =>
      field?.toLowerCase().includes(text),
    );
  });
  return query.limit ? matches.slice(0, query.limit) : matches;
}

const COLUMNS: CsvColumns<SaleRecord> = [
  ['sale_id', (sale) => sale.saleId],
  ['kind', (sale) => sale.kind],
  ['counter_id', (sale) => sale.counterId],
  ['clerk', (sale) => sale.clerk],
  ['started_at', (sale) => sale.startedAt],
  ['updated_at', (sale) => sale.updatedAt],
  ['status', (sale) => sale.status],
  ['attempts', (sale) => sale.attempts],
  ['package_id', (sale) => sale.item.id],
  ['package_name', (sale) => sale.item.name],
  ['country_set', (sale) => sale.item.countrySet],
  ['data', (sale) => `${sale.item.sizeValue} ${sale.item.sizeUnit}`],
  [
    'validity',
    (sale) => (sale.item.validityUnlimited ? 'unlimited' : `${sale.item.validitySize} ${sale.item.validityUnit}`),
  ],
  ['price', (sale) => sale.price.priceValue.toFixed(2)],
  ['currency', (sale) => sale.price.currencyCode],
  ['customer_country', (sale) => sale.customerCountry],
  ['customer_email', (sale) => sale.customerEmail],
  ['customer_uid', (sale) => sale.customerUid],
  ['activated_item_uid', (sale) => sale.activatedItemUid],
  ['iccid', (sale) => sale.iccid],
  ['esim_state', (sale) => sale.esimState],
  ['completed_via', (sale) => sale.completedVia],
  ['last_error', (sale) => sale.errors.at(-1)?.message],
  ['refund', (sale) => sale.refunds.at(-1)?.outcome],
  ['refund_reason', (sale) => sale.refunds.at(-1)?.reason],
  ['refund_by', (sale) => sale.refunds.at(-1)?.clerk],
  ['receipts_printed', (sale) => sale.prints.filter((print) => print.outcome === 'printed').length],
];

export const salesCsv = (sales: readonly SaleRecord[]) => csv(COLUMNS, sales);

export const activityCsv = (entries: readonly ActivityEntry[]) =>
  csv<ActivityEntry>(
    [
      ['at', (entry) => entry.at],
      ['action', (entry) => entry.action],
      ['clerk', (entry) => entry.clerk],
      ['sale_id', (entry) => entry.saleId],
      ['detail', (entry) => entry.detail],
    ],
    entries,
  );
