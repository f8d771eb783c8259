// A number that moves once main has said that something changed: once per burst of events (one sale can
// change several times in a second), so the screen asks main again once, not once per event.
import { useEffect, useState } from 'react';
import type { ConsoleBridge } from '../../../shared/channels';
import { useBridge } from './useConsole';

/** Events arriving closer together than this are answered by one question. */
const EVENT_DEBOUNCE_MS = 300;

/** Subscribes `listener` to the events that matter; returns their unsubscribe functions. */
export type Subscription = (bridge: ConsoleBridge, listener: () => void) => Array<() => void>;

/** `subscribe` must be stable (defined outside the component). */
export function useEventGeneration(subscribe: Subscription): number {
  const bridge = useBridge();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setGeneration((value) => value + 1), EVENT_DEBOUNCE_MS);
    };
    const unsubscribers = subscribe(bridge, later);
    return () => {
      window.clearTimeout(timer);
      unsubscribers.forEach((unsubscribe) => unsubscribe());
    };
  }, [bridge, subscribe]);
  return generation;
}
