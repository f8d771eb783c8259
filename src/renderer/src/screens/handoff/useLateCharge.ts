// The sale on screen turned out charged after all: it had been given up (refused, or taken as not charged)
// while on screen, and Gigastore's sales list later showed it (a late charge). Seen as the handoff going
// from a given-up phase to active, and confirmed by the journal (completedVia 'late'): a retry that simply
// went through is not one. Said once, for as long as that sale stays on screen.
import { useState } from 'react';
import type { Result, SaleView } from '../../../../shared/api';
import type { ConsoleBridge } from '../../../../shared/channels';
import type { Handoff } from '../../../../shared/handoff';
import { useBridgeQuery } from '../../hooks/useBridgeQuery';

const askSale = (bridge: ConsoleBridge, saleId: string): Promise<Result<SaleView>> => bridge.getSale(saleId);

/** The id of the on-screen sale that was charged late, or null. */
export function useLateCharge(handoff: Handoff | null): string | null {
  const saleId = handoff?.saleId ?? null;
  const phase = handoff?.phase;
  const [givenUp, setGivenUp] = useState<string | null>(null);

  // Adjusted while rendering (not in an effect), so a given-up phase is never missed between two renders.
  const givenUpNow = saleId !== null && (phase === 'failed' || phase === 'not-charged');
  if (givenUpNow && givenUp !== saleId) setGivenUp(saleId);
  if (!givenUpNow && givenUp !== null && givenUp !== saleId) setGivenUp(null);

  const candidate = phase === 'active' && givenUp === saleId ? saleId : null;
  // An active sale stays active while on screen, so the question (and its answer) lasts as long as the sale
  // does; leaving the handoff forgets it (the same sale shown again from History is not told again).
  const load = useBridgeQuery(candidate, askSale);
  const late = load.status === 'ready' && load.value.completedVia === 'late';
  return late ? saleId : null;
}
