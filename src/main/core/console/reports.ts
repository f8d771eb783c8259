// The close of a day or shift (the Z report) and the whole store's sales, for the counter window: built by
// the same core the CLI's `report` uses, over the counter PC's calendar days (History's days), printed on
// the receipt printer or saved as a PDF slip or CSV.
import type { ConsoleApi } from '../../../shared/api';
import type { ReportFormat, ReportTarget, ShiftSummary, StoreRange } from '../../../shared/report-api';
import { reconciliationWindowFor } from '../../../shared/settings';
import type { StoreSales } from '../../../shared/store-sales';
import type { ReportPeriod, ZReport } from '../../../shared/z-report';
import type { Backend } from '../backend';
import { ConsoleError } from '../errors';
import type { SalesJournal } from '../journal/sales-journal';
import { PrintFailure } from '../receipt/printer';
import { dayPeriod, localTimeZone, shiftPeriod, shiftsIn } from '../report/periods';
import { listStoreSales } from '../report/store-sales';
import { buildZReport } from '../report/z-report';
import { zReportCsv } from '../report/z-report-csv';
import { zReportHtml } from '../report/z-report-html';
import type { SettingsStore } from '../settings';
import type { ConsoleOptions } from './options';

interface ReportParts {
  settings: SettingsStore;
  journal: SalesJournal;
  backend: Pick<Backend, 'client'>;
  now: () => Date;
  /** audit: the shifts; printer: the receipt printer; saveFile: where a CSV goes (a save dialog in the app). */
  options: Pick<ConsoleOptions, 'audit' | 'printer' | 'saveFile'>;
}

type ReportCalls = 'zReport' | 'saveZReport' | 'printZReport' | 'listShifts' | 'storeSales';

export class Reports implements Pick<ConsoleApi, ReportCalls> {
  constructor(private readonly parts: ReportParts) {}

  async zReport(target: ReportTarget, storeWide: boolean): Promise<ZReport> {
    const { settings, journal, backend, now } = this.parts;
    const { counterId, mode, reconciliationWindowMs } = settings.read();
    return buildZReport({
      period: this.period(target),
      counterId,
      storeWide,
      journal,
      gigastore: await backend.client(),
      reconciliationWindowMs: reconciliationWindowFor(mode, reconciliationWindowMs),
      now: now(),
    });
  }

  async saveZReport(target: ReportTarget, storeWide: boolean, format: ReportFormat): Promise<{ path: string } | null> {
    const report = await this.zReport(target, storeWide);
    const name = `esim-z-report-${'day' in target ? target.day : target.shiftId.replace(/[^0-9A-Za-z-]/g, '')}`;
    let path: string | undefined;
    if (format === 'csv') {
      const { saveFile } = this.parts.options;
      if (!saveFile) throw new ConsoleError('export.unavailable', 'Saving files is not available here.');
      path = await saveFile(`${name}.csv`, zReportCsv(report));
    } else {
      const { paper } = this.parts.settings.read();
      path = await this.printer().savePdf(this.slip(report), paper, `${name}.pdf`);
    }
    return path ? { path } : null;
  }

  async printZReport(target: ReportTarget, storeWide: boolean): Promise<void> {
    const report = await this.zReport(target, storeWide);
    const { printerName, paper } = this.parts.settings.read();
    try {
      await this.printer().print(this.slip(report), { printerName, paper, copies: 1 });
    } catch (error) {
      const reason = error instanceof PrintFailure ? error.message : 'the printer did not answer';
      throw new ConsoleError(
        'report.print-failed',
        `The report did not print (${reason}). Check the printer, then press Print again.`,
      );
    }
  }

  async listShifts(range: StoreRange): Promise<ShiftSummary[]> {
    const { from, to } = this.days(range);
    const shifts = shiftsIn(this.parts.options.audit?.list() ?? []);
    return shifts.filter((shift) => shift.from < to && (shift.to ?? '9') > from).reverse();
  }

  async storeSales(range: StoreRange): Promise<StoreSales> {
    const { from, to } = this.days(range);
    const { settings, journal, backend, now } = this.parts;
    return listStoreSales({
      counterId: settings.read().counterId,
      journal,
      client: await backend.client(),
      fromMs: Date.parse(from),
      toMs: Date.parse(to),
      now: now(),
    });
  }

  private period(target: ReportTarget): ReportPeriod {
    const timeZone = localTimeZone();
    if ('day' in target) return dayPeriod(target.day, timeZone);
    const shifts = shiftsIn(this.parts.options.audit?.list() ?? []);
    return shiftPeriod(target.shiftId, shifts, this.parts.now(), timeZone);
  }

  /** The instants a range of the PC's calendar days begins and ends. */
  private days(range: StoreRange): { from: string; to: string } {
    if (range.from > range.to) throw new ConsoleError('report.range', 'The first day comes after the last day.');
    const timeZone = localTimeZone();
    return { from: dayPeriod(range.from, timeZone).from, to: dayPeriod(range.to, timeZone).to };
  }

  private slip(report: ZReport): string {
    const { paper, storeName, storeAddress } = this.parts.settings.read();
    return zReportHtml(report, { paper, store: { name: storeName, address: storeAddress } });
  }

  private printer() {
    const { printer } = this.parts.options;
    if (!printer) throw new ConsoleError('receipt.no-printer', 'Printing is not available here.');
    return printer;
  }
}
