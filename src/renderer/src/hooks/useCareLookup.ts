// Customer care's look-up: what the clerk typed, turned into a Lookup (digits: an ICCID, anything else: an
// email), and the customers main found for it. refresh() asks again for the same customer after a refund,
// a top-up or a started package; the previous answer stays on screen meanwhile, so nothing flashes.
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/api';
import type { CustomerCareView, Lookup } from '../../../shared/care';
import type { ErrorInfo } from '../../../shared/handoff';
import { useBridge } from './useConsole';

export type LookupProblem = 'empty' | 'iccid' | 'short';

/** The clerk's text as a Lookup, or why it cannot be one (said before anything is asked of Gigastore). */
export function parseLookup(text: string): { lookup: Lookup } | { problem: LookupProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  const digits = trimmed.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) return /^\d{6,22}$/.test(digits) ? { lookup: { iccid: digits } } : { problem: 'iccid' };
  return trimmed.length >= 3 ? { lookup: { email: trimmed } } : { problem: 'short' };
}

export type CareLookupLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; customers: CustomerCareView[] }
  | { status: 'error'; error: ErrorInfo };

interface Loaded {
  key: string;
  generation: number;
  result: Result<CustomerCareView[]>;
}

export type CareLookup = ReturnType<typeof useCareLookup>;

export function useCareLookup(initial: Lookup | undefined) {
  const bridge = useBridge();
  const [lookup, setLookup] = useState<Lookup | null>(initial ?? null);
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = JSON.stringify(lookup);

  useEffect(() => {
    const parsed = JSON.parse(key) as Lookup | null;
    if (parsed === null) return;
    let current = true;
    void bridge.lookupCustomer(parsed).then((result) => {
      if (current) setLoaded({ key, generation, result });
    });
    return () => {
      current = false;
    };
  }, [bridge, key, generation]);

  /** Asks again, also for the same text (the customer may have changed since). */
  const search = useCallback((next: Lookup) => {
    setLookup(next);
    setGeneration((value) => value + 1);
  }, []);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  let load: CareLookupLoad = { status: lookup ? 'loading' : 'idle' };
  if (lookup && loaded) {
    const sameLookup = loaded.key === key;
    const fresh = sameLookup && loaded.generation === generation;
    // A refresh of the same look-up keeps the rows on screen; a new look-up shows that it is searching.
    if (loaded.result.ok && sameLookup) load = { status: 'ready', customers: loaded.result.value };
    else if (!loaded.result.ok && fresh) load = { status: 'error', error: loaded.result.error };
  }
  return { lookup, load, search, refresh };
}
