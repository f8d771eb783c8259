// The renderer's only door to the console: the preload's bridge, handed down through context, and hooks
// that turn its envelopes and events into React state. Screens never reach for window.esimCounter.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Overview, Result } from '../../../shared/api';
import type { CatalogueItem } from '../../../shared/catalogue';
import type { ConsoleBridge } from '../../../shared/channels';
import type { ErrorInfo, Handoff } from '../../../shared/handoff';

const BridgeContext = createContext<ConsoleBridge | null>(null);
export const BridgeProvider = BridgeContext.Provider;

export function useBridge(): ConsoleBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge() needs a <BridgeProvider> above it.');
  return bridge;
}

export interface Followed<T> {
  /** undefined until the first answer or event */
  value: T | undefined;
  error: ErrorInfo | null;
}

/** A value main pushes on change: how to read it now, and how to hear about the next change. */
export interface Source<T> {
  read(bridge: ConsoleBridge): Promise<Result<T>>;
  subscribe(bridge: ConsoleBridge, listener: (value: T) => void): () => void;
}

const overviewSource: Source<Overview> = {
  read: (bridge) => bridge.getOverview(),
  subscribe: (bridge, listener) => bridge.onOverview(listener),
};

const handoffSource: Source<Handoff | null> = {
  read: (bridge) => bridge.currentHandoff(),
  subscribe: (bridge, listener) => bridge.onHandoff(listener),
};

/** Subscribes first, then reads: an event that lands before the read answers is newer, so it wins. */
export function useFollowed<T>(source: Source<T>) {
  const bridge = useBridge();
  const [followed, setFollowed] = useState<Followed<T>>({ value: undefined, error: null });
  useEffect(() => {
    let eventArrived = false;
    let mounted = true;
    const unsubscribe = source.subscribe(bridge, (value) => {
      eventArrived = true;
      setFollowed({ value, error: null });
    });
    void source.read(bridge).then((result) => {
      if (!mounted || eventArrived) return;
      setFollowed(result.ok ? { value: result.value, error: null } : { value: undefined, error: result.error });
    });
    return () => {
      mounted = false;
      unsubscribe();
    };
  }, [bridge, source]);
  return [followed, setFollowed] as const;
}

/** The overview as main pushes it, and refresh(): read it again (main sends no event when an unlock expires). */
export function useOverview(): Followed<Overview> & { refresh(): void } {
  const bridge = useBridge();
  const [followed, setFollowed] = useFollowed(overviewSource);
  const refresh = useCallback(() => {
    void bridge.getOverview().then((result) => {
      if (result.ok) setFollowed({ value: result.value, error: null });
    });
  }, [bridge, setFollowed]);
  return { ...followed, refresh };
}

export function useHandoff() {
  const [followed, setFollowed] = useFollowed(handoffSource);
  /** startSale's answer: taken unless an event about the same sale already brought a newer picture. */
  const adopt = useCallback(
    (handoff: Handoff) =>
      setFollowed((current) => (current.value?.saleId === handoff.saleId ? current : { value: handoff, error: null })),
    [setFollowed],
  );
  /** After leaveHandoff succeeded: do not wait for main's null event to show the catalogue. */
  const clear = useCallback(() => setFollowed({ value: null, error: null }), [setFollowed]);
  return { handoff: followed.value ?? null, error: followed.error, adopt, clear };
}

export type CatalogueLoad =
  { status: 'loading' } | { status: 'ready'; items: CatalogueItem[] } | { status: 'error'; error: ErrorInfo };

interface LoadedCatalogue {
  source: string;
  generation: number;
  result: Result<CatalogueItem[]>;
}

/**
 * The catalogue of `source` (the mode: demo and live sell different inventories; null waits for it).
 * reload() fetches again and keeps showing the rows it has meanwhile, so returning from a sale to pick up
 * new prices does not flash a loading sentence; a new source or a failed load shows loading instead.
 */
export function useCatalogue(source: string | null) {
  const bridge = useBridge();
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<LoadedCatalogue | null>(null);
  useEffect(() => {
    if (source === null) return;
    let current = true;
    void bridge.listCatalogue().then((result) => {
      if (current) setLoaded({ source, generation, result });
    });
    return () => {
      current = false;
    };
  }, [bridge, source, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  let load: CatalogueLoad = { status: 'loading' };
  if (loaded && loaded.source === source) {
    const fresh = loaded.generation === generation;
    if (loaded.result.ok) load = { status: 'ready', items: loaded.result.value };
    else if (fresh) load = { status: 'error', error: loaded.result.error };
  }
  return { load, reload };
}
