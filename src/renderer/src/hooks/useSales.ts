// The journal as the history screen reads it: a list of sales for a query, fetched again when the query
// changes or main reports that a sale's record changed; one sale followed live for the details panel.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Result, SalesQuery, SaleView } from '../../../shared/api';
import type { ConsoleBridge } from '../../../shared/channels';
import { useBridgeQuery, type Load } from './useBridgeQuery';
import { useFollowed, type Source } from './useConsole';
import { useEventGeneration, type Subscription } from './useEventGeneration';

type SalesLoad = Load<SaleView[]>;

const askSales = (bridge: ConsoleBridge, query: SalesQuery): Promise<Result<SaleView[]>> => bridge.listSales(query);
const saleChanges: Subscription = (bridge, listener) => [bridge.onSale(listener)];

/**
 * Sales matching `query` (null: nothing to fetch, e.g. an impossible date range), newest first. While a new
 * answer is on its way the previous rows stay on screen, so typing in the search does not flash.
 */
export function useSalesList(query: SalesQuery | null): SalesLoad {
  const generation = useEventGeneration(saleChanges);
  const load = useBridgeQuery(query, askSales, { generation, keepStale: true });
  return load.status === 'idle' ? { status: 'loading' } : load; // never idle: keepStale shows the last rows
}

/** One sale, read once and then kept current by main's sale events. */
export function useFollowedSale(saleId: string) {
  const source = useMemo<Source<SaleView>>(
    () => ({
      read: (bridge) => bridge.getSale(saleId),
      subscribe: (bridge, listener) =>
        bridge.onSale((sale) => {
          if (sale.saleId === saleId) listener(sale);
        }),
    }),
    [saleId],
  );
  const [followed, setFollowed] = useFollowed(source);
  /** An answer that carries the sale (refreshSale) is as good as an event. */
  const replace = useCallback((sale: SaleView) => setFollowed({ value: sale, error: null }), [setFollowed]);
  return { sale: followed.value, error: followed.error, replace };
}

/** `value`, once it has stayed the same for `delayMs` (the search box's text). */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
