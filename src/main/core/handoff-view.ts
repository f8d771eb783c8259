// Pure builders of Handoff records: from a sale request to "activating", from Gigastore's register answer
// to "active", and each later change. Kept apart from the console so every step is easy to test.
import type { CatalogueItem } from '../../shared/catalogue';
import type { SaleRequest } from '../../shared/api';
import type { Esim, RegisterResponse } from '../../shared/gigastore';
import type { ErrorInfo, Handoff, HandoffEsim, SalePhase } from '../../shared/handoff';
import { parseActivationCode } from '../../shared/lpa';
import type { Tracking } from './poller';

export function activatingHandoff(saleId: string, item: CatalogueItem, request: SaleRequest, at: Date): Handoff {
  return {
    saleId,
    startedAt: at.toISOString(),
    item,
    customerCountry: request.customerCountry,
    ...(request.customerEmail ? { customerEmail: request.customerEmail } : {}),
    ...(request.activationMode ? { activationMode: request.activationMode } : {}),
    phase: 'activating',
    stateHistory: [],
    tracking: { status: 'idle' },
  };
}

export function esimView(esim: Pick<Esim, 'iccid' | 'activationCode' | 'state'>, at: Date): HandoffEsim {
  const parsed = parseActivationCode(esim.activationCode);
  return {
    iccid: esim.iccid,
    activationCode: esim.activationCode,
    manual: parsed.ok
      ? {
          smdpAddress: parsed.parts.smdpAddress,
          matchingId: parsed.parts.matchingId,
          confirmationCodeRequired: parsed.parts.confirmationCodeRequired,
        }
      : null,
    state: esim.state,
    stateSince: at.toISOString(),
  };
}

export function activeHandoff(handoff: Handoff, answer: RegisterResponse, at: Date): Handoff {
  const { error: _error, ...rest } = handoff;
  return {
    ...rest,
    phase: 'active',
    customerUid: answer.customer.uid,
    activatedItemUid: answer.activatedItem.uid,
    esim: esimView(answer.esimProfile, at),
    stateHistory: [{ state: answer.esimProfile.state, at: at.toISOString() }],
  };
}

export function withPhase(handoff: Handoff, phase: SalePhase, error?: ErrorInfo): Handoff {
  const { error: _previous, ...rest } = handoff;
  return { ...rest, phase, ...(error ? { error } : {}) };
}

export function withState(handoff: Handoff, state: string, at: Date): Handoff {
  if (!handoff.esim || handoff.esim.state === state) return handoff;
  return {
    ...handoff,
    esim: { ...handoff.esim, state, stateSince: at.toISOString() },
    stateHistory: [...handoff.stateHistory, { state, at: at.toISOString() }],
  };
}

export function withTracking(handoff: Handoff, tracking: Tracking): Handoff {
  return { ...handoff, tracking };
}
