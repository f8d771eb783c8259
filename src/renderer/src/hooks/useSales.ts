// The journal as the history screen reads it: a list of sales for a query, fetched again when the query
// changes or main reports that a sale's record changed (debounced: one sale can change several times in a
// second); one sale followed live for the details panel; and a sale's kind for the handoff.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Result, SalesQuery, SaleView } from '../../../shared/api';
import type { ErrorInfo } from '../../../shared/handoff';
import { useBridge, useFollowed, type Source } from './useConsole';

/** Sale events arriving closer together than this are answered by one fetch. */
const EVENT_DEBOUNCE_MS = 300;

export type SalesLoad =
  { status: 'loading' } | { status: 'ready'; sales: SaleView[] } | { status: 'error'; error: ErrorInfo };

interface Loaded {
  key: string;
  generation: number;
  result: Result<SaleView[]>;
}

/**
 * Sales matching `query` (null: nothing to fetch, e.g. an impossible date range), newest first. While a new
 * answer is on its way the previous rows stay on screen, so typing in the search does not flash.
 */
export function useSalesList(query: SalesQuery | null): { load: SalesLoad; reload(): void } {
  const bridge = useBridge();
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = JSON.stringify(query);

  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = bridge.onSale(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setGeneration((value) => value + 1), EVENT_DEBOUNCE_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [bridge]);

  useEffect(() => {
    const parsed = JSON.parse(key) as SalesQuery | null;
    if (parsed === null) return;
    let current = true;
    void bridge.listSales(parsed).then((result) => {
      if (current) setLoaded({ key, generation, result });
    });
    return () => {
      current = false;
    };
  }, [bridge, key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  let load: SalesLoad = { status: 'loading' };
  if (loaded) {
    const fresh = loaded.key === key && loaded.generation === generation;
    if (loaded.result.ok) load = { status: 'ready', sales: loaded.result.value };
    else if (fresh) load = { status: 'error', error: loaded.result.error };
  }
  return { load, reload };
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
