// The ConsoleApi's calls for the close of a day or shift (the Z report) and the whole store's History: what
// a report is asked for, how it is saved, and the shifts a clerk can pick. The report and the store's
// sales themselves are z-report.ts and store-sales.ts.
import { z } from 'zod';
import type { StoreSales } from './store-sales';
import type { ZReport } from './z-report';

const LocalDateSchema = z.iso.date('A date is written YYYY-MM-DD.');

/** A report of one calendar day of the store, or of one shift (its id: the moment it started). */
export const ReportTargetSchema = z.union([
  z.object({ day: LocalDateSchema }).strict(),
  z.object({ shiftId: z.string().min(1).max(40) }).strict(),
]);
export type ReportTarget = z.infer<typeof ReportTargetSchema>;

export const ReportFormatSchema = z.enum(['pdf', 'csv']);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/** A range of the store's calendar days, first and last included. */
export const StoreRangeSchema = z.object({ from: LocalDateSchema, to: LocalDateSchema }).strict();
export type StoreRange = z.infer<typeof StoreRangeSchema>;

/** A shift as the audit trail has it: started by a clerk, ended (or still running). */
export interface ShiftSummary {
  id: string;
  clerk: string;
  from: string;
  to?: string;
}

/** The report's and the store's calls of the ConsoleApi (api.ts extends it). */
export interface ReportApi {
  /** The close of a day or shift, this counter's or the whole store's, checked against Gigastore. */
  zReport(target: ReportTarget, storeWide: boolean): Promise<ZReport>;
  /** Saves the report as a PDF slip or as CSV where the clerk chooses; null when the clerk cancels. */
  saveZReport(target: ReportTarget, storeWide: boolean, format: ReportFormat): Promise<{ path: string } | null>;
  /** Prints the report on the receipt printer (paper from settings). */
  printZReport(target: ReportTarget, storeWide: boolean): Promise<void>;
  /** The shifts that overlap a range of days, newest first, for the report's picker. */
  listShifts(range: StoreRange): Promise<ShiftSummary[]>;
  /** Every counter's sales of the store over a range of days, from Gigastore, merged with this journal. */
  storeSales(range: StoreRange): Promise<StoreSales>;
}

/** Their argument schemas, checked before a call reaches the core (api.ts's consoleArgs holds them). */
export const reportArgs = {
  zReport: z.tuple([ReportTargetSchema, z.boolean()]),
  saveZReport: z.tuple([ReportTargetSchema, z.boolean(), ReportFormatSchema]),
  printZReport: z.tuple([ReportTargetSchema, z.boolean()]),
  listShifts: z.tuple([StoreRangeSchema]),
  storeSales: z.tuple([StoreRangeSchema]),
} satisfies { [M in keyof ReportApi]: z.ZodType<Parameters<ReportApi[M]>> };
