// Reading Gigastore's sales list (activated-items) over a window of time so that what it leaves out can
// be trusted. The list has no paging indicator, so an answer may be cut off without saying so: any answer
// holding as many items as a cap could cut off is split into two halves of the window, read again, until
// every part answers fewer. A window that cannot be split further (or a Gigastore that ignores the window)
// is reported incomplete: what it holds is found, but nothing is concluded from what it lacks.
import type { ActivatedItem } from '../../../shared/gigastore';
import type { GigastoreClient } from '../gigastore/client';

/**
 * The smallest cap a real list could plausibly have: page sizes in the wild are 10, 20, 25, 50 or 100.
 * An answer of fewer items than this is taken as whole.
 */
const SMALLEST_PLAUSIBLE_CAP = 10;
/** Below this width a window is not split again (Gigastore's dates may not be finer than seconds). */
const NARROWEST_WINDOW_MS = 1000;
/** Reads one look at the list may make, however busy the account. */
const MAX_READS = 64;
/** How far outside a window an item may be dated before the answer is taken to ignore the window. */
const BOUNDS_TOLERANCE_MS = 1000;

interface SalesWindowRead {
  items: ActivatedItem[];
  /** True when every part of the window answered fewer items than a cap could cut off. */
  complete: boolean;
  reads: number;
}

export async function readSalesWindow(client: GigastoreClient, fromMs: number, toMs: number): Promise<SalesWindowRead> {
  const byUid = new Map<string, ActivatedItem>();
  const queue: Array<[number, number]> = [[fromMs, toMs]];
  let complete = true;
  let reads = 0;
  while (queue.length) {
    const [from, to] = queue.shift() as [number, number];
    if (reads >= MAX_READS) {
      complete = false;
      break;
    }
    reads++;
    const items = await client.activatedItems({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
    items.forEach((item) => byUid.set(item.uid, item));
    if (items.length < SMALLEST_PLAUSIBLE_CAP) continue;
    if (to - from <= NARROWEST_WINDOW_MS || ignoresWindow(items, from, to)) {
      complete = false;
      continue;
    }
    const middle = Math.floor((from + to) / 2);
    queue.push([from, middle], [middle, to]);
  }
  return { items: [...byUid.values()], complete, reads };
}

/** An answer with items dated well outside the window asked for: splitting it would not narrow it. */
function ignoresWindow(items: ActivatedItem[], from: number, to: number): boolean {
  return items.some((item) => {
    const sold = Date.parse(item.salesDate ?? '');
    return !Number.isNaN(sold) && (sold < from - BOUNDS_TOLERANCE_MS || sold > to + BOUNDS_TOLERANCE_MS);
  });
}

/** Merges overlapping [from, to] windows, so one look at the list reads each stretch of time once. */
export function mergeWindows(windows: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
