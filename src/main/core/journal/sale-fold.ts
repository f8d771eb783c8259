// How a sale's journal entries fold into its record. STATUS_AFTER is the part of the fold that needs only
// an entry's type: the journal uses it to know every sale's status at open without parsing its lines.
import type { SaleError, SaleRecord, SaleStatus } from '../../../shared/sale';
import type { JournalEntry, JournalEntryType } from './journal-entries';

type Begun = Extract<JournalEntry, { type: 'begun' }>;

/** The status an entry of this type leaves the sale in; null: unchanged. */
export const STATUS_AFTER: Record<JournalEntryType, SaleStatus | null> = {
  begun: 'pending',
  attempt: 'pending',
  completed: 'completed',
  refused: 'refused',
  uncertain: 'verifying',
  'no-trace': null,
  absent: 'not-charged',
  duplicate: null,
  state: null,
  printed: null,
  refund: null,
  started: null,
};

export function fromBegun({ type: _type, at, ...fields }: Begun): SaleRecord {
  return {
    ...fields,
    startedAt: at,
    updatedAt: at,
    lastAttemptAt: at,
    status: 'pending',
    attempts: 1,
    stateHistory: [],
    errors: [],
    prints: [],
    refunds: [],
    watched: false,
    duplicates: [],
  };
}

export function applyEntry(sale: SaleRecord, entry: Exclude<JournalEntry, Begun>): SaleRecord {
  const updated = { ...sale, updatedAt: entry.at, status: STATUS_AFTER[entry.type] ?? sale.status };
  const withError = (error: SaleError) => [...sale.errors, error];
  switch (entry.type) {
    case 'attempt': {
      // A new attempt starts a new reconciliation window: earlier reads say nothing about it.
      const { noTraceSince: _earlier, ...rest } = updated;
      return { ...rest, attempts: sale.attempts + 1, lastAttemptAt: entry.at, watched: true };
    }
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
        watched: sale.watched || entry.via !== 'response',
      };
    case 'refused':
    case 'uncertain':
      // Gigastore saw the request (or may have): whatever it said, it is watched for a late or second charge.
      return { ...updated, errors: withError(entry.error), watched: true };
    case 'no-trace':
      return sale.noTraceSince ? sale : { ...sale, noTraceSince: entry.at };
    case 'absent':
      return { ...updated, errors: entry.error ? withError(entry.error) : sale.errors };
    case 'duplicate':
      return sale.duplicates.some((duplicate) => duplicate.activatedItemUid === entry.activatedItemUid)
        ? sale
        : {
            ...sale,
            duplicates: [
              ...sale.duplicates,
              {
                activatedItemUid: entry.activatedItemUid,
                foundAt: entry.at,
                ...(entry.salesDate ? { salesDate: entry.salesDate } : {}),
              },
            ],
          };
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
