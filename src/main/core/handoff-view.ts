// The Handoff the counter window draws, derived from the sale's journal record and how its eSIM is being
// followed. The journal is the only state; this view is recomputed on every change.
import type { Esim } from '../../shared/gigastore';
import type { Handoff, HandoffEsim, SalePhase } from '../../shared/handoff';
import { parseActivationCode } from '../../shared/lpa';
import type { SaleRecord, SaleStatus } from '../../shared/sale';
import type { Tracking } from './poller';

export function esimView(esim: Pick<Esim, 'iccid' | 'activationCode' | 'state'>, since: string): HandoffEsim {
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
    stateSince: since,
  };
}

function phaseOf(status: SaleStatus, inFlight: boolean): SalePhase {
  switch (status) {
    case 'pending':
      // Pending and not on its way from this process: the console stopped before the answer came.
      return inFlight ? 'activating' : 'verifying';
    case 'verifying':
      return 'verifying';
    case 'completed':
      return 'active';
    case 'refused':
      return 'failed';
    case 'not-charged':
      return 'not-charged';
  }
}

function receiptOf(sale: SaleRecord, printing: boolean): Handoff['receipt'] {
  if (printing) return { status: 'printing' };
  const last = sale.prints.at(-1);
  if (!last) return { status: 'none' };
  return last.outcome === 'failed' && last.message
    ? { status: 'failed', message: last.message }
    : { status: last.outcome };
}

export function handoffFromSale(sale: SaleRecord, inFlight: boolean, tracking: Tracking, printing = false): Handoff {
  const phase = phaseOf(sale.status, inFlight);
  const lastError = sale.errors.at(-1);
  const showsError = phase === 'failed' || phase === 'verifying' || phase === 'not-charged';
  const esim =
    sale.status === 'completed' && sale.iccid && sale.activationCode
      ? esimView(
          { iccid: sale.iccid, activationCode: sale.activationCode, state: sale.esimState ?? 'RELEASED' },
          sale.stateHistory.at(-1)?.at ?? sale.updatedAt,
        )
      : undefined;
  return {
    saleId: sale.saleId,
    kind: sale.kind,
    startedAt: sale.startedAt,
    item: sale.item,
    customerCountry: sale.customerCountry,
    ...(sale.customerEmail ? { customerEmail: sale.customerEmail } : {}),
    ...(sale.language ? { customerLanguage: sale.language } : {}),
    ...(sale.activationMode ? { activationMode: sale.activationMode } : {}),
    phase,
    ...(sale.customerUid ? { customerUid: sale.customerUid } : {}),
    ...(sale.activatedItemUid ? { activatedItemUid: sale.activatedItemUid } : {}),
    ...(esim ? { esim } : {}),
    stateHistory: sale.stateHistory,
    tracking,
    receipt: receiptOf(sale, printing),
    ...(showsError && lastError ? { error: { code: lastError.code, message: lastError.message } } : {}),
  };
}
