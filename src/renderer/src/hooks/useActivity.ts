// The counter's activity for a range of local days (sales, top-ups, refunds, receipts, settings, shifts),
// oldest first, fetched again when the range changes, when a sale's record changes (debounced) and when
// the overview changes (a setting saved, a shift started or ended). The previous rows stay meanwhile.
import { useEffect, useState } from 'react';
import type { DateRange, Result } from '../../../shared/api';
import type { ActivityEntry } from '../../../shared/activity';
import type { ErrorInfo } from '../../../shared/handoff';
import { useBridge } from './useConsole';

const EVENT_DEBOUNCE_MS = 300;

export type ActivityLoad =
  { status: 'loading' } | { status: 'ready'; entries: ActivityEntry[] } | { status: 'error'; error: ErrorInfo };

interface Loaded {
  key: string;
  generation: number;
  result: Result<ActivityEntry[]>;
}

/** `range` null: nothing to ask (a day missing, or the days backwards). */
export function useActivity(range: DateRange | null): ActivityLoad {
  const bridge = useBridge();
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = JSON.stringify(range);

  useEffect(() => {
    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setGeneration((value) => value + 1), EVENT_DEBOUNCE_MS);
    };
    const unsubscribers = [bridge.onSale(later), bridge.onOverview(later)];
    return () => {
      window.clearTimeout(timer);
      unsubscribers.forEach((unsubscribe) => unsubscribe());
    };
  }, [bridge]);

  useEffect(() => {
    const parsed = JSON.parse(key) as DateRange | null;
    if (parsed === null) return;
    let current = true;
    void bridge.listActivity(parsed).then((result) => {
      if (current) setLoaded({ key, generation, result });
    });
    return () => {
      current = false;
    };
  }, [bridge, key, generation]);

  if (!loaded) return { status: 'loading' };
  if (loaded.result.ok) return { status: 'ready', entries: loaded.result.value };
  return loaded.key === key && loaded.generation === generation
    ? { status: 'error', error: loaded.result.error }
    : { status: 'loading' };
}
