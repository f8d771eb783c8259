// The Z report as one CSV table (RFC 4180, formula-safe: see ../csv.ts). Every line has the same columns;
// the first says which part of the report it is: the report itself, a currency's totals, a package's,
// a clerk's, a counter's or an activation mode's, each sale, refund and sale still being checked, the two
// sides of the check, and each difference. Amounts are plain decimals in their currency ("12.50").
import { minorToDecimal } from '../../../shared/money';
import type { GroupTotals, ReportSale, Totals, ZReport } from '../../../shared/z-report';
import { csv, type CsvColumns, type CsvValue } from '../csv';

type Line = Partial<Record<(typeof HEADERS)[number], CsvValue>>;

const HEADERS = [
  'section',
  'key',
  'currency',
  'sales',
  'gross',
  'refunds',
  'refunded',
  'net',
  'sale_id',
  'counter_id',
  'at',
  'clerk',
  'package',
  'activation_mode',
  'status',
  'amount',
  'detail',
] as const;

const COLUMNS: CsvColumns<Line> = HEADERS.map((header) => [header, (line: Line) => line[header]]);

const money = (minor: number, currency: string) => minorToDecimal(minor, currency);

function totalsLine(section: string, totals: Totals, key = ''): Line {
  const { currency } = totals;
  return {
    section,
    key,
    currency,
    sales: totals.sales,
    gross: money(totals.grossMinor, currency),
    refunds: totals.refunds,
    refunded: money(totals.refundedMinor, currency),
    net: money(totals.netMinor, currency),
    detail: totals.refundsKnown ? '' : "another counter's refunds are in its own report",
  };
}

const groupLines = (section: string, groups: GroupTotals[]) =>
  groups.map((group) => totalsLine(section, group, group.label));

function saleLine(section: string, sale: ReportSale): Line {
  return {
    section,
    sale_id: sale.saleId,
    counter_id: sale.counterId,
    at: sale.soldAt,
    clerk: sale.clerk,
    package: sale.packageName,
    activation_mode: sale.activationMode,
    status: sale.status,
    currency: sale.currency,
    amount: money(sale.priceMinor, sale.currency),
    detail: sale.source === 'gigastore' ? "from Gigastore's list" : '',
  };
}

export function zReportCsv(report: ZReport): string {
  const { period, check } = report;
  const lines: Line[] = [
    {
      section: 'report',
      key: period.kind === 'day' ? period.day : period.shift?.id,
      counter_id: report.scope.storeWide ? `${report.scope.counterId} (store-wide)` : report.scope.counterId,
      at: report.generatedAt,
      status: check.verdict,
      detail: `${period.from} to ${period.to} (${period.timeZone})${check.reasons.length ? `: ${check.reasons.join(' ')}` : ''}`,
    },
    ...report.totals.map((totals) => totalsLine('total', totals)),
    ...groupLines('package', report.byPackage),
    ...groupLines('clerk', report.byClerk),
    ...groupLines('counter', report.byCounter),
    ...groupLines('activation_mode', report.byActivationMode),
    ...report.sales.map((sale) => saleLine('sale', sale)),
    ...report.refunds.map((refund): Line => ({
      section: 'refund',
      sale_id: refund.saleId,
      counter_id: refund.counterId,
      at: refund.at,
      clerk: refund.clerk,
      package: refund.packageName,
      activation_mode: refund.activationMode,
      currency: refund.currency,
      amount: money(refund.amountMinor, refund.currency),
      detail: refund.ofDuplicateCharge ? `${refund.reason} (a duplicate charge: not taken off)` : refund.reason,
    })),
    ...report.checking.map((sale) => saleLine('checking', sale)),
    ...(['journal', 'gigastore'] as const).flatMap((side) =>
      check[side].sums.length
        ? check[side].sums.map((sum): Line => ({
            section: 'check',
            key: side,
            sales: check[side].count,
            currency: sum.currency,
            gross: money(sum.minor, sum.currency),
          }))
        : [{ section: 'check', key: side, sales: check[side].count }],
    ),
    ...check.differences.map((difference): Line => ({
      section: 'difference',
      key: difference.kind,
      sale_id: difference.saleId,
      counter_id: difference.counterId,
      at: difference.journal?.startedAt ?? difference.gigastore?.salesDate,
      package: difference.journal?.packageName ?? difference.gigastore?.packageName,
      currency: difference.journal?.currency ?? difference.gigastore?.currency,
      amount: amountOf(difference.journal ?? difference.gigastore),
      status: difference.journal?.status,
      detail: difference.sentence,
    })),
  ];
  return csv(COLUMNS, lines);
}

function amountOf(side: { currency?: string | undefined; priceMinor?: number | undefined } | undefined) {
  return side?.currency !== undefined && side.priceMinor !== undefined
    ? money(side.priceMinor, side.currency)
    : undefined;
}
