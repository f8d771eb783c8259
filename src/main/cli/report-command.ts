// The CLI's Z report: the close of a day (the counter PC's calendar day, TZ when set) or of a shift, for this
// counter or its whole store, checked against Gigastore's sales list. Human text, one JSON object, or CSV.
// Exit codes: 0 checked and matched, 5 a difference with Gigastore, 6 not yet checkable (see the reasons).
import { formatMinor } from '../../shared/money';
import { reconciliationWindowFor } from '../../shared/settings';
import type { GroupTotals, ReportPeriod, ZReport } from '../../shared/z-report';
import { AuditTrail } from '../core/journal/audit-trail';
import { SalesJournal } from '../core/journal/sales-journal';
import { dayPeriod, localDayIn, localTimeZone, shiftPeriod, shiftsIn, type Shift } from '../core/report/periods';
import { buildZReport } from '../core/report/z-report';
import { zReportCsv } from '../core/report/z-report-csv';
import { client, json, type CommandContext } from './commands';
import { saleMode } from './gigastore-target';
import { dayOption, optionalIdOption } from './input';
import type { Output } from './terminal-text';
import { UsageError } from './usage';

/** Exit code of `report` when the check found a difference between the journal and Gigastore. */
export const EXIT_REPORT_DIFFERENCES = 5;
/** Exit code of `report` when the check cannot conclude yet (a young sale, a sale being checked, a cut list). */
export const EXIT_REPORT_NOT_CHECKABLE = 6;

/** The audit trail's shifts (read, then closed: the report writes nothing). */
function readShifts(dataDir: string): Shift[] {
  const trail = AuditTrail.open(dataDir);
  try {
    return shiftsIn(trail.list());
  } finally {
    trail.close();
  }
}

export async function report(context: CommandContext): Promise<number> {
  const { options, env, io } = context;
  if (options.json && options.csv) throw new UsageError('Choose one of --json and --csv.');
  const day = dayOption(options, 'day');
  const shiftId = optionalIdOption(options, 'shift', 'shift');
  if (day !== undefined && shiftId !== undefined) throw new UsageError('Choose one of --day and --shift.');
  const gigastore = client(env);
  const now = new Date();
  const timeZone = localTimeZone();
  const shifts = readShifts(env.dataDir);
  const period: ReportPeriod =
    shiftId !== undefined
      ? shiftPeriod(shiftId, shifts, now, timeZone)
      : dayPeriod(day ?? localDayIn(now.getTime(), timeZone), timeZone);
  const mode = await saleMode(gigastore.baseUrl);
  const journal = SalesJournal.open(env.dataDir);
  journal.problems.forEach((problem) => io.err(problem));
  let zReport: ZReport;
  try {
    zReport = await buildZReport({
      period,
      counterId: env.counterId,
      storeWide: options.store === true,
      journal,
      gigastore,
      reconciliationWindowMs: reconciliationWindowFor(mode, env.settings.reconciliationWindowMs),
      now,
    });
  } finally {
    journal.close();
  }
  if (options.json) io.out(json(zReport));
  else if (options.csv) io.csv(zReportCsv(zReport));
  else printReport(io, zReport, period.kind === 'day' ? shiftsOfPeriod(shifts, period) : []);
  if (zReport.flagged) return EXIT_REPORT_DIFFERENCES;
  return zReport.check.verdict === 'not-yet-checkable' ? EXIT_REPORT_NOT_CHECKABLE : 0;
}

function shiftsOfPeriod(shifts: Shift[], period: ReportPeriod): Shift[] {
  return shifts.filter((shift) => shift.from < period.to && (shift.to ?? '9') > period.from);
}

const money = formatMinor;

function groupLines(io: Output, title: string, groups: GroupTotals[]): void {
  if (groups.length === 0) return;
  io.out(`${title}:`);
  for (const group of groups) {
    const refunds = group.refunds ? `, ${group.refunds} refunded ${money(-group.refundedMinor, group.currency)}` : '';
    io.out(
      `  ${group.label}: ${group.sales} sold ${money(group.grossMinor, group.currency)}${refunds}, net ${money(group.netMinor, group.currency)}`,
    );
  }
}

function printReport(io: Output, report: ZReport, shifts: Shift[]): void {
  const { period, scope, check } = report;
  const what =
    period.kind === 'day'
      ? `close of day ${period.day}`
      : `close of ${period.shift?.clerk}'s shift ${period.shift?.id}`;
  const where = scope.storeWide
    ? `store ${scope.store ?? '(the whole account)'} (counters ${scope.counters.join(', ') || 'none'}), seen from counter ${scope.counterId}`
    : `counter ${scope.counterId}`;
  io.out(`Z report: ${what}, ${where}`);
  io.out(`Period ${period.from} to ${period.to} (${period.timeZone})`);
  if (report.totals.length === 0) io.out('No sales in this period.');
  for (const totals of report.totals) {
    io.out(
      `Takings ${totals.currency}: ${totals.sales} sales ${money(totals.grossMinor, totals.currency)}, ${totals.refunds} refunds ${money(-totals.refundedMinor, totals.currency)}, net ${money(totals.netMinor, totals.currency)}`,
    );
    if (!totals.refundsKnown)
      io.out("  (other counters' refunds are in their own reports: Gigastore's list does not show them)");
  }
  groupLines(io, 'By package', report.byPackage);
  groupLines(io, 'By clerk', report.byClerk);
  groupLines(io, 'By counter', report.byCounter);
  groupLines(io, 'By activation mode', report.byActivationMode);
  if (report.refunds.length) io.out('Refunds:');
  for (const refund of report.refunds) {
    const duplicate = refund.ofDuplicateCharge ? ' (a duplicate charge: not taken off the takings)' : '';
    io.out(
      `  ${refund.at}  ${refund.saleId}  ${refund.reason}  ${money(-refund.amountMinor, refund.currency)}${duplicate}`,
    );
  }
  if (report.checking.length) io.out('Still being checked:');
  for (const sale of report.checking)
    io.out(`  ${sale.saleId}  ${sale.status}  ${money(sale.priceMinor, sale.currency)}`);
  if (report.elsewhere) io.out(`${report.elsewhere} sale(s) sent to another Gigastore are left out.`);
  printCheck(io, check);
  if (shifts.length) io.out('Shifts this day (report one with --shift ID):');
  for (const shift of shifts) io.out(`  ${shift.id}  ${shift.clerk}  until ${shift.to ?? 'now'}`);
}

function printCheck(io: Output, check: ZReport['check']): void {
  const verdict = {
    matched: 'matched',
    differences: 'DIFFERENCES',
    'not-yet-checkable': 'not yet checkable',
  }[check.verdict];
  io.out(`Check against Gigastore: ${verdict}`);
  const side = (name: string, { count, sums }: ZReport['check']['journal']) =>
    io.out(`  ${name}: ${count} sales${sums.map((sum) => `, ${money(sum.minor, sum.currency)}`).join('')}`);
  side('This journal', check.journal);
  side('Gigastore   ', check.gigastore);
  for (const difference of check.differences)
    io.out(`  ${difference.kind}  ${difference.saleId}  ${difference.sentence}`);
  for (const reason of check.reasons) io.out(`  ${reason}`);
  if (check.checkableAfter) io.out(`  Make the report again after ${check.checkableAfter}.`);
}
