// CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a comma, a quote or a line break,
// quotes doubled), safe to open in a spreadsheet: a field that a spreadsheet would run as a formula (it
// begins with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe. A plain number, a
// negative one too ("-4.99"), is no formula and stays a number. The History export and the Z report use it.

export type CsvValue = string | number | boolean | undefined;
export type CsvColumns<T> = Array<[header: string, value: (row: T) => CsvValue]>;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  const text = String(value);
  // Quote what CSV needs quoted; prefix what a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header line and one line per row, each ended by CRLF. */
export function csv<T>(columns: CsvColumns<T>, rows: readonly T[]): string {
  const lines = [columns.map(([header]) => csvCell(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => csvCell(value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
