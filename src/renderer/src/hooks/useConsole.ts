// The renderer's only door to the console: the preload's bridge, handed down through context, and hooks
// that turn its envelopes and events into React state. Screens never reach for window.esimCounter.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Overview, Result } from '../../../shared/api';
import type { ConsoleBridge } from '../../../shared/channels';
import type { ErrorInfo, Handoff } from '../../../shared/handoff';
import { askUntilStopped } from './askUntilStopped';

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
    const unsubscribe = source.subscribe(bridge, (value) => {
      eventArrived = true;
      setFollowed({ value, error: null });
    });
    const stopReading = askUntilStopped(
      () => source.read(bridge),
      (result) => {
        if (eventArrived) return;
        setFollowed(result.ok ? { value: result.value, error: null } : { value: undefined, error: result.error });
      },
    );
    return () => {
      stopReading();
      unsubscribe();
    };
  }, [bridge, source]);
  return [followed, setFollowed] as const;
}

/** The overview as main pushes it, and refresh(): read it again (main sends no event when an unlock expires). */
export function useOverview(): Followed<Overview> & { refresh(): void } {
  const bridge = useBridge();
  const [followed, setFollowed] = useFollowed(overviewSource);
  const [rereads, setRereads] = useState(0);
  useEffect(() => {
    if (rereads === 0) return;
    // A failed re-read keeps the overview on screen: the next event or re-read brings it up to date.
    return askUntilStopped(
      () => bridge.getOverview(),
      (result) => {
        if (result.ok) setFollowed({ value: result.value, error: null });
      },
    );
  }, [bridge, rereads, setFollowed]);
  const refresh = useCallback(() => setRereads((count) => count + 1), []);
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
