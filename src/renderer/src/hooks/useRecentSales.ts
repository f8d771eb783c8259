// Which packages this counter sold lately, for "recently sold first" in the catalogue: the newest sales
// from the journal (up to RECENT_SALES_LIMIT), reduced to each package's most recent sale. Fetched on
// start and again after each sale (reload); the previous answer stays in use meanwhile. A failed read
// only loses the ordering, which is a convenience: it is not the clerk's business and is not shown.
import { useCallback, useMemo, useState } from 'react';
import type { Result, SalesQuery, SaleView } from '../../../shared/api';
import type { ConsoleBridge } from '../../../shared/channels';
import { useBridgeQuery } from './useBridgeQuery';

const RECENT_SALES_LIMIT = 200;

/** Sales that did not happen (refused, proven not charged) sold nothing. */
const SOLD = (sale: SaleView) => sale.status !== 'refused' && sale.status !== 'not-charged';

/** Package id → 0 for the most recently sold package, 1 for the next, and so on. */
type RecentRanks = ReadonlyMap<string, number>;

function recentRanks(sales: readonly SaleView[]): RecentRanks {
  const ranks = new Map<string, number>();
  for (const sale of sales) {
    if (SOLD(sale) && !ranks.has(sale.item.id)) ranks.set(sale.item.id, ranks.size);
  }
  return ranks;
}

const askRecent = (bridge: ConsoleBridge, query: SalesQuery): Promise<Result<SaleView[]>> => bridge.listSales(query);
const NO_RANKS: RecentRanks = new Map();

export function useRecentSales(): { ranks: RecentRanks; reload(): void } {
  const [generation, setGeneration] = useState(0);
  const load = useBridgeQuery({ limit: RECENT_SALES_LIMIT }, askRecent, { generation, ignoreFailures: true });
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const sales = load.status === 'ready' ? load.value : null; // newest first
  const ranks = useMemo(() => (sales ? recentRanks(sales) : NO_RANKS), [sales]);
  return { ranks, reload };
}
