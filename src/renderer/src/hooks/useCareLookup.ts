// Customer care's look-up: what the clerk typed, turned into a Lookup (digits: an ICCID, anything else: an
// email), the masked matches main found for it, and the one customer the clerk opened (main records each
// opening). refresh() reads the opened customer again after a refund or a started package (or repeats the
// look-up when none is open); the previous answer stays on screen meanwhile, so nothing flashes.
import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../../shared/api';
import type { CustomerCareView, CustomerMatch, Lookup } from '../../../shared/care';
import type { ConsoleBridge } from '../../../shared/channels';
import { useBridgeQuery } from './useBridgeQuery';

export type LookupProblem = 'empty' | 'iccid' | 'short';

/** The clerk's text as a Lookup, or why it cannot be one (said before anything is asked of Gigastore). */
export function parseLookup(text: string): { lookup: Lookup } | { problem: LookupProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  const digits = trimmed.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) return /^\d{6,22}$/.test(digits) ? { lookup: { iccid: digits } } : { problem: 'iccid' };
  return trimmed.length >= 3 ? { lookup: { email: trimmed } } : { problem: 'short' };
}

export type CareLookup = ReturnType<typeof useCareLookup>;

const askLookup = (bridge: ConsoleBridge, lookup: Lookup): Promise<Result<CustomerMatch[]>> =>
  bridge.lookupCustomer(lookup);
/** The opening's count only keys the answer: each opening is asked (and recorded by main) anew. */
const askOpen = (bridge: ConsoleBridge, [uid]: [string, number]): Promise<Result<CustomerCareView>> =>
  bridge.openCustomer(uid);

export function useCareLookup(initial: Lookup | undefined) {
  const [lookup, setLookup] = useState<Lookup | null>(initial ?? null);
  const [generation, setGeneration] = useState(0);
  // Each opening is its own key (nothing of an earlier opening shows before main answers this one); a
  // refresh of the opened customer only moves its generation.
  const [opening, setOpening] = useState<{ uid: string; count: number } | null>(null);
  const [openGeneration, setOpenGeneration] = useState(0);

  // A refresh of the same question keeps what is on screen; an error shows only for the latest question.
  const load = useBridgeQuery(lookup, askLookup, { generation });
  const opened = useBridgeQuery<[string, number], CustomerCareView>(
    opening ? [opening.uid, opening.count] : null,
    askOpen,
    { generation: openGeneration },
  );

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
