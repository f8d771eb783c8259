// The sale on screen turned out charged after all: it had been given up (refused, or taken as not charged)
// while on screen, and Gigastore's sales list later showed it (a late charge). Seen as the handoff going
// from a given-up phase to active, and confirmed by the journal (completedVia 'late'): a retry that simply
// went through is not one. Said once, for as long as that sale stays on screen.
import { useEffect, useState } from 'react';
import type { Handoff } from '../../../../shared/handoff';
import { useBridge } from '../../hooks/useConsole';

/** The id of the on-screen sale that was charged late, or null. */
export function useLateCharge(handoff: Handoff | null): string | null {
  const bridge = useBridge();
  const saleId = handoff?.saleId ?? null;
  const phase = handoff?.phase;
  const [givenUp, setGivenUp] = useState<string | null>(null);
  const [late, setLate] = useState<string | null>(null);

  // Adjusted while rendering (not in an effect), so a given-up phase is never missed between two renders.
  const givenUpNow = saleId !== null && (phase === 'failed' || phase === 'not-charged');
  if (givenUpNow && givenUp !== saleId) setGivenUp(saleId);
  if (!givenUpNow && givenUp !== null && givenUp !== saleId) setGivenUp(null);
  if (late !== null && late !== saleId) setLate(null);

  const candidate = phase === 'active' && givenUp === saleId ? saleId : null;
  useEffect(() => {
    if (candidate === null) return;
    let current = true;
    void bridge.getSale(candidate).then((result) => {
      if (current && result.ok && result.value.completedVia === 'late') setLate(candidate);
    });
    return () => {
      current = false;
    };
  }, [bridge, candidate]);

  return late;
}
