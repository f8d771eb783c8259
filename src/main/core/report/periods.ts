// The periods a Z report closes: a calendar day of the store, or a clerk's shift.
//
// A day is the store's local calendar day, read in the counter PC's time zone (the one History's days use;
// the CLI's TZ variable, when set), from its midnight to the next: 23 or 25 hours on the days the clocks
// change. A shift runs from a `shift-start` in the audit trail to the next `shift-start` or `shift-end` (or
// is still running); its id is the moment it started, exactly as the audit trail wrote it.
import type { ReportPeriod } from '../../../shared/z-report';
import { ConsoleError } from '../errors';

/** What a report needs of the audit trail: who started and ended shifts, and when. */
export interface ShiftEntry {
  at: string;
  action: string;
  detail: string;
}

export interface Shift {
  id: string;
  clerk: string;
  from: string;
  /** Absent while the shift is running. */
  to?: string;
}

/** The counter PC's time zone, as an IANA name ("Europe/Vienna"). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A time zone name Intl knows, or a ConsoleError saying it is not one. */
function checkedTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    throw new ConsoleError('report.time-zone', `"${timeZone}" is not a time zone (an IANA name, as Europe/Vienna).`);
  }
}

/** The calendar day an instant falls on in `timeZone`, YYYY-MM-DD. */
export function localDayIn(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(epochMs),
  );
}

/** How far `timeZone`'s wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** The instant a calendar day begins in `timeZone`. */
function midnightOf(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date);
  // The offset at midnight may differ from the offset at midnight UTC on a day the clocks change: twice.
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The period of one calendar day (YYYY-MM-DD) in `timeZone`. */
export function dayPeriod(day: string, timeZone: string): ReportPeriod {
  const match = DAY.exec(day);
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  const real = match && new Date(Date.UTC(year!, month! - 1, date!)).getUTCDate() === date;
  if (!real) throw new ConsoleError('report.day', `"${day}" is not a day written YYYY-MM-DD.`);
  checkedTimeZone(timeZone);
  const next = new Date(Date.UTC(year!, month! - 1, date! + 1)).toISOString().slice(0, 10);
  return {
    kind: 'day',
    day,
    from: new Date(midnightOf(day, timeZone)).toISOString(),
    to: new Date(midnightOf(next, timeZone)).toISOString(),
    timeZone,
  };
}

/** Every shift in the audit trail, oldest first. */
export function shiftsIn(entries: readonly ShiftEntry[]): Shift[] {
  const shifts: Shift[] = [];
  const ordered = entries
    .filter((entry) => entry.action === 'shift-start' || entry.action === 'shift-end')
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const entry of ordered) {
    const running = shifts.at(-1);
    if (running && running.to === undefined) running.to = entry.at;
    if (entry.action === 'shift-start') shifts.push({ id: entry.at, clerk: entry.detail, from: entry.at });
  }
  return shifts;
}

/** The period of the shift `id` among `shifts` (shiftsIn of the audit trail); a running shift ends now. */
export function shiftPeriod(id: string, shifts: readonly Shift[], now: Date, timeZone: string): ReportPeriod {
  const shift = shifts.find((candidate) => candidate.id === id);
  if (!shift) {
    throw new ConsoleError(
      'report.shift',
      `There is no shift ${id} in this counter's audit trail (a shift's id is the moment it started).`,
    );
  }
  return {
    kind: 'shift',
    shift,
    from: shift.from,
    to: shift.to ?? now.toISOString(),
    timeZone: checkedTimeZone(timeZone),
  };
}
