// The Z report as a slip for the receipt printer (58 or 80 mm, or office paper): one self-contained HTML
// document with the receipt's print CSS, running no script, so the receipt printer's glue prints it or saves
// it as PDF like any receipt. Black only: a difference is marked by a heavy frame and capitals, not colour.
// In English for now, like the CLI (the staff's document; the receipts' languages are the customers').
import { formatMinor } from '../../../shared/money';
import type { Paper } from '../../../shared/receipt';
import type { GroupTotals, ReportCheck, ZReport } from '../../../shared/z-report';
import { RECEIPT_CSS } from '../receipt/receipt-css';
import { escape, PAPER } from '../receipt/receipt-html';

export interface ZSlipOptions {
  paper: Paper;
  store: { name: string; address: string };
}

const Z_CSS = `
.flag { border: 0.8mm solid #000; padding: 1mm; text-align: center; font-weight: 700; margin: 1mm 0; }
.muted { font-size: 0.85em; }
.difference { margin: 1mm 0; overflow-wrap: anywhere; }
.row.total .value { font-weight: 700; }
`;

const VERDICT_WORDS: Record<ReportCheck['verdict'], string> = {
  matched: 'Matches Gigastore',
  differences: 'DIFFERENCES WITH GIGASTORE',
  'not-yet-checkable': 'Not yet checkable against Gigastore',
};

const KIND_WORDS = {
  'not-at-gigastore': 'Sold here, not at Gigastore',
  'not-in-journal': 'At Gigastore, not in this journal',
  'price-differs': 'Price differs',
} as const;

function row(label: string, value: string, className = ''): string {
  return `<div class="row ${className}"><span class="label">${escape(label)}</span><span class="value">${escape(value)}</span></div>`;
}

function groupSection(title: string, groups: GroupTotals[]): string[] {
  if (groups.length === 0) return [];
  return [
    `<h3>${escape(title)}</h3>`,
    ...groups.map((group) => {
      const counts = `${group.sales} sold${group.refunds ? `, ${group.refunds} refunded` : ''}`;
      return row(`${group.label} (${counts})`, formatMinor(group.netMinor, group.currency));
    }),
  ];
}

function checkSection(check: ReportCheck, time: (iso: string) => string): string[] {
  const side = (name: string, { count, sums }: ReportCheck['journal']) =>
    row(`${name}: ${count} sale(s)`, sums.map((sum) => formatMinor(sum.minor, sum.currency)).join(' + ') || '-');
  return [
    `<h2>Check against Gigastore</h2>`,
    check.verdict === 'matched' ? `<p class="center">${VERDICT_WORDS.matched}</p>` : '',
    side('This journal', check.journal),
    side('Gigastore', check.gigastore),
    ...check.differences.map(
      (difference) =>
        `<p class="difference"><strong>${escape(KIND_WORDS[difference.kind])}</strong><br>${escape(difference.sentence)}</p>`,
    ),
    ...check.reasons.map((reason) => `<p class="note">${escape(reason)}</p>`),
    check.checkableAfter ? row('Checkable after', time(check.checkableAfter)) : '',
  ];
}

function headerRows(report: ZReport, time: (iso: string) => string): string[] {
  const { period, scope } = report;
  const where = scope.storeWide
    ? `Store ${scope.store ?? '(whole account)'}: ${scope.counters.join(', ') || scope.counterId}`
    : `Counter ${scope.counterId}`;
  return [
    period.kind === 'day'
      ? row('Day', period.day ?? '')
      : row('Shift', `${period.shift?.clerk ?? ''} · ${period.shift?.id ?? ''}`),
    row('From', time(period.from)),
    row('To', time(period.to)),
    row('Time zone', period.timeZone),
    `<p>${escape(where)}</p>`,
  ];
}

export function zReportHtml(report: ZReport, options: ZSlipOptions): string {
  const paper = PAPER[options.paper];
  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: report.period.timeZone,
  });
  const time = (iso: string) => timeFormat.format(new Date(iso));
  const money = (minor: number, currency: string) => formatMinor(minor, currency);
  const title = report.period.kind === 'day' ? 'Z report: close of day' : 'Z report: close of shift';
  const body = [
    `<header><h1>${escape(options.store.name)}</h1>`,
    options.store.address ? `<p>${escape(options.store.address)}</p>` : '',
    `</header>`,
    `<h2>${title}</h2>`,
    ...headerRows(report, time),
    report.check.verdict === 'matched' ? '' : `<p class="flag">${VERDICT_WORDS[report.check.verdict]}</p>`,
    `<hr>`,
    `<h2>Takings</h2>`,
    report.totals.length === 0 ? `<p class="center">No sales.</p>` : '',
    ...report.totals.flatMap((totals) => [
      row(`Sales (${totals.sales})`, money(totals.grossMinor, totals.currency)),
      row(`Refunds (${totals.refunds})`, money(-totals.refundedMinor, totals.currency)),
      row(`Net ${totals.currency}`, money(totals.netMinor, totals.currency), 'price total'),
      totals.refundsKnown ? '' : `<p class="muted">Other counters' refunds are in their own reports.</p>`,
    ]),
    ...groupSection('By package', report.byPackage),
    ...groupSection('By clerk', report.byClerk),
    ...groupSection('By counter', report.byCounter),
    ...groupSection('By activation mode', report.byActivationMode),
    ...(report.refunds.length ? [`<h3>Refunds</h3>`] : []),
    ...report.refunds.map((refund) =>
      row(
        `${time(refund.at)} ${refund.saleId} · ${refund.reason}${refund.ofDuplicateCharge ? ' (duplicate charge)' : ''}`,
        money(-refund.amountMinor, refund.currency),
      ),
    ),
    ...(report.checking.length ? [`<h3>Still being checked (${report.checking.length})</h3>`] : []),
    ...report.checking.map((sale) => row(`${sale.saleId} · ${sale.status}`, money(sale.priceMinor, sale.currency))),
    report.elsewhere ? `<p class="muted">${report.elsewhere} sale(s) sent to another Gigastore are left out.</p>` : '',
    `<hr>`,
    ...checkSection(report.check, time),
    `<p class="printed">Made ${escape(time(report.generatedAt))}</p>`,
  ].join('\n');
  const page = paper.sheet ? `size: ${paper.sheet}; margin: 15mm` : `margin: 0`;
  return `<!doctype html>
<html lang="en" class="paper-${options.paper}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escape(title)}</title>
<style>@page { ${page}; }\n:root { --page-width: ${paper.sheet ? '110mm' : `${paper.pageWidthMm}mm`}; }\n${RECEIPT_CSS}${Z_CSS}</style>
</head>
<body><main class="receipt">${body}</main></body>
</html>`;
}
