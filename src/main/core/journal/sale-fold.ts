// How a sale's journal entries fold into its record. STATUS_AFTER is the part of the fold that needs only
// an entry's type: the journal uses it to know every sale's status at open without parsing its lines.
import type { SaleError, SaleRecord, SaleStatus } from '../../../shared/sale';
import type { JournalEntry, JournalEntryType } from './sales-journal';

type Begun = Extract<JournalEntry, { type: 'begun' }>;

/** The status an entry of this type leaves the sale in; null: unchanged. */
export const STATUS_AFTER: Record<JournalEntryType, SaleStatus | null> = {
  begun: 'pending',
  attempt: 'pending',
  completed: 'completed',
  refused: 'refused',
  uncertain: 'verifying',
  absent: 'not-charged',
  state: null,
  printed: null,
  refund: null,
  started: null,
};

export function fromBegun(entry: Begun): SaleRecord {
  return {
    saleId: entry.saleId,
    kind: entry.kind ?? 'first',
    ...(entry.customerUid ? { customerUid: entry.customerUid } : {}),
    ...(entry.knownIccids ? { knownIccids: entry.knownIccids } : {}),
    counterId: entry.counterId,
    mode: entry.mode,
    gigastore: entry.gigastore,
    ...(entry.clerk ? { clerk: entry.clerk } : {}),
    startedAt: entry.at,
    updatedAt: entry.at,
    lastAttemptAt: entry.at,
    item: entry.item,
    price: entry.price,
    customerCountry: entry.customerCountry,
    userIp: entry.userIp,
    ...(entry.customerEmail ? { customerEmail: entry.customerEmail } : {}),
    ...(entry.language ? { language: entry.language } : {}),
    ...(entry.activationMode ? { activationMode: entry.activationMode } : {}),
    status: 'pending',
    attempts: 1,
    stateHistory: [],
    errors: [],
    prints: [],
    refunds: [],
  };
}

export function applyEntry(sale: SaleRecord, entry: Exclude<JournalEntry, Begun>): SaleRecord {
  const updated = { ...sale, updatedAt: entry.at, status: STATUS_AFTER[entry.type] ?? sale.status };
  const withError = (error: SaleError) => [...sale.errors, error];
  switch (entry.type) {
    case 'attempt':
      return { ...updated, attempts: sale.attempts + 1, lastAttemptAt: entry.at };
    case 'completed':
      return {
        ...updated,
        completedVia: entry.via,
        customerUid: entry.customerUid,
        activatedItemUid: entry.activatedItemUid,
        ...(entry.iccid ? { iccid: entry.iccid } : {}),
        ...(entry.activationCode ? { activationCode: entry.activationCode } : {}),
        ...(entry.state ? { esimState: sale.esimState ?? entry.state } : {}),
        stateHistory:
          sale.stateHistory.length || !entry.state ? sale.stateHistory : [{ state: entry.state, at: entry.at }],
      };
    case 'refused':
    case 'uncertain':
      return { ...updated, errors: withError(entry.error) };
    case 'absent':
      return { ...updated, errors: entry.error ? withError(entry.error) : sale.errors };
    case 'refund':
      return { ...sale, refunds: [...sale.refunds, { at: entry.at, ...entry.refund }] };
    case 'started':
      return { ...sale, startedOnDemandAt: entry.at };
    case 'printed':
      return {
        ...sale,
        prints: [
          ...sale.prints,
          {
            at: entry.at,
            outcome: entry.outcome,
            ...(entry.message ? { message: entry.message } : {}),
            ...(entry.clerk ? { clerk: entry.clerk } : {}),
          },
        ],
      };
    case 'state':
      return sale.esimState === entry.state
        ? sale
        : {
            ...updated,
            esimState: entry.state,
            stateHistory: [...sale.stateHistory, { state: entry.state, at: entry.at }],
          };
  }
}
