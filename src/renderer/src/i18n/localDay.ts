// The store's calendar day as a date input writes it (YYYY-MM-DD), in local time: a sale at 00:30 belongs
// to the day the clerk sees on the wall clock, not to UTC's.
export function localDay(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
