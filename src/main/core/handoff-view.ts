// The one projection of a sale's view: the Handoff every window draws and the answer of a sale's call
// are computed here, from the sale's journal record and the work this process is doing to it (its
// request on the way, its receipt printing, its eSIM followed). Nothing here is stored: the desk
// (sale-desk.ts) recomputes it whenever either input changes.
import type { Handoff, SalePhase } from '../../shared/handoff';
import { manualEntryOf } from '../../shared/lpa';
import type { SaleRecord, SaleStatus } from '../../shared/sale';
import type { SaleWork } from './work-in-progress';

function phaseOf(status: SaleStatus, sending: boolean): SalePhase {
  switch (status) {
    case 'pending':
      // Pending and not on its way from this process: the console stopped before the answer came.
      return sending ? 'activating' : 'verifying';
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

function esimOf(sale: SaleRecord): Handoff['esim'] {
  if (sale.status !== 'completed' || !sale.iccid || !sale.activationCode) return undefined;
  return {
    iccid: sale.iccid,
    activationCode: sale.activationCode,
    manual: manualEntryOf(sale.activationCode),
    state: sale.esimState ?? 'RELEASED',
    stateSince: sale.stateHistory.at(-1)?.at ?? sale.updatedAt,
  };
}

export function handoffOf(sale: SaleRecord, work: SaleWork): Handoff {
  const phase = phaseOf(sale.status, work.sending);
  const lastError = sale.errors.at(-1);
  const showsError = phase === 'failed' || phase === 'verifying' || phase === 'not-charged';
  const esim = esimOf(sale);
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
    tracking: work.tracking,
    receipt: receiptOf(sale, work.printing),
    ...(showsError && lastError ? { error: { code: lastError.code, message: lastError.message } } : {}),
  };
}
