// Customer care's look-up: what the clerk typed, turned into a Lookup (digits: an ICCID, anything else: an
// email), the masked matches main found for it, and the one customer the clerk opened (main records each
// opening). refresh() reads the opened customer again after a refund or a started package (or repeats the
// look-up when none is open); the previous answer stays on screen meanwhile, so nothing flashes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/api';
import type { CustomerCareView, CustomerMatch, Lookup } from '../../../shared/care';
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

type Load<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ErrorInfo };
export type CareLookupLoad = Load<CustomerMatch[]>;
export type OpenedCustomerLoad = Load<CustomerCareView>;

interface Loaded<T> {
  key: string;
  generation: number;
  result: Result<T>;
}

export type CareLookup = ReturnType<typeof useCareLookup>;

/** Asks main for `key` (null: nothing) again whenever `generation` moves; the last answer for it meanwhile. */
function useAsked<T>(key: string | null, generation: number, ask: (key: string) => Promise<Result<T>>): Load<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    void ask(key).then((result) => {
      if (current) setLoaded({ key, generation, result });
    });
    return () => {
      current = false;
    };
  }, [ask, key, generation]);

  if (key === null) return { status: 'idle' };
  if (loaded?.key !== key) return { status: 'loading' };
  // A refresh of the same key keeps what is on screen; an error shows only for the latest question.
  if (loaded.result.ok) return { status: 'ready', value: loaded.result.value };
  return loaded.generation === generation ? { status: 'error', error: loaded.result.error } : { status: 'loading' };
}

export function useCareLookup(initial: Lookup | undefined) {
  const bridge = useBridge();
  const [lookup, setLookup] = useState<Lookup | null>(initial ?? null);
  const [generation, setGeneration] = useState(0);
  // Each opening is its own key (nothing of an earlier opening shows before main answers this one); a
  // refresh of the opened customer only moves its generation.
  const [opening, setOpening] = useState<{ uid: string; count: number } | null>(null);
  const [openGeneration, setOpenGeneration] = useState(0);

  const askLookup = useCallback((key: string) => bridge.lookupCustomer(JSON.parse(key) as Lookup), [bridge]);
  const askOpen = useCallback((key: string) => bridge.openCustomer((JSON.parse(key) as [string])[0]), [bridge]);
  const load = useAsked(lookup ? JSON.stringify(lookup) : null, generation, askLookup);
  const opened = useAsked(opening ? JSON.stringify([opening.uid, opening.count]) : null, openGeneration, askOpen);

  /** Asks again, also for the same text (the customer may have changed since); closes the opened customer. */
  const search = useCallback((next: Lookup) => {
    setLookup(next);
    setOpening(null);
    setGeneration((value) => value + 1);
  }, []);
  /** Opens one customer of the list: their email, eSIMs and packages. Main records who opened them. */
  const openings = useRef(0);
  const open = useCallback((uid: string) => setOpening({ uid, count: ++openings.current }), []);
  /** Back to the list, as it was. */
  const close = useCallback(() => setOpening(null), []);
  const isOpen = opening !== null;
  const refresh = useCallback(() => {
    if (isOpen) setOpenGeneration((value) => value + 1);
    else setGeneration((value) => value + 1);
  }, [isOpen]);

  return { lookup, load, openedUid: opening?.uid ?? null, opened, search, open, close, refresh };
}
