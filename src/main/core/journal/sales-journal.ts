// The sales journal: every sale's events, written ahead to the journal file and folded into one record
// per sale in memory. The file is the truth on this counter; Gigastore is the truth for the chain, and
// reconciliation brings the two together for any sale whose outcome the file does not know.
import { join } from 'node:path';
import { z } from 'zod';
import { CatalogueItemSchema } from '../../../shared/catalogue';
import { ActivationModeSchema, PriceSchema } from '../../../shared/gigastore';
import { SaleErrorSchema, type SaleError, type SaleRecord } from '../../../shared/sale';
import { JournalFile } from './journal-file';

const base = { saleId: z.string(), at: z.string() };

export const JournalEntrySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('begun'),
    ...base,
    counterId: z.string(),
    mode: z.enum(['demo', 'live']),
    gigastore: z.string(),
    clerk: z.string().optional(),
    item: CatalogueItemSchema,
    price: PriceSchema,
    customerCountry: z.string(),
    customerEmail: z.string().optional(),
    activationMode: ActivationModeSchema.optional(),
    userIp: z.string(),
  }),
  /** A retry of a sale proven not charged, with the same sale id: written before the request leaves. */
  z.object({ type: z.literal('attempt'), ...base }),
  z.object({
    type: z.literal('completed'),
    ...base,
    via: z.enum(['response', 'reconciliation']),
    customerUid: z.string(),
    activatedItemUid: z.string(),
    iccid: z.string(),
    activationCode: z.string(),
    state: z.string(),
  }),
  z.object({ type: z.literal('refused'), ...base, error: SaleErrorSchema }),
  z.object({ type: z.literal('uncertain'), ...base, error: SaleErrorSchema }),
  /** Proven not charged: reconciliation did not find it, or the request never reached Gigastore. */
  z.object({ type: z.literal('absent'), ...base, error: SaleErrorSchema.optional() }),
  z.object({ type: z.literal('state'), ...base, state: z.string() }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
type Begun = Extract<JournalEntry, { type: 'begun' }>;

export const JOURNAL_FILE_NAME = 'sales.journal';

export class SalesJournal {
  private readonly sales = new Map<string, SaleRecord>();
  private readonly listeners = new Set<(sale: SaleRecord) => void>();
  readonly problems: string[];

  private constructor(
    private readonly file: JournalFile,
    entries: unknown[],
    problems: string[],
  ) {
    this.problems = problems;
    let unreadable = 0;
    for (const raw of entries) {
      const parsed = JournalEntrySchema.safeParse(raw);
      if (!parsed.success) unreadable++;
      else if (parsed.data.type !== 'begun' && !this.sales.has(parsed.data.saleId)) unreadable++;
      else this.sales.set(parsed.data.saleId, this.next(parsed.data));
    }
    if (unreadable) {
      this.problems.push(
        `${unreadable} journal records could not be read by this version of the console; they were left in the file untouched.`,
      );
    }
  }

  static open(dataDir: string): SalesJournal {
    const { file, entries, problems } = JournalFile.open(join(dataDir, JOURNAL_FILE_NAME));
    return new SalesJournal(file, entries, problems);
  }

  get path(): string {
    return this.file.path;
  }

  /** Appends (durably) and applies one entry; returns the sale as it now stands. */
  record(entry: JournalEntry): SaleRecord {
    const parsed = JournalEntrySchema.parse(entry);
    const sale = this.next(parsed);
    this.file.append(parsed);
    this.sales.set(sale.saleId, sale);
    this.listeners.forEach((listener) => listener(sale));
    return sale;
  }

  /** Called after every recorded change, with the sale as it now stands. */
  onRecord(listener: (sale: SaleRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(saleId: string): SaleRecord | undefined {
    return this.sales.get(saleId);
  }

  /** Every sale, newest first (sale ids sort by time). */
  all(): SaleRecord[] {
    return [...this.sales.values()].sort((a, b) => (a.saleId < b.saleId ? 1 : a.saleId > b.saleId ? -1 : 0));
  }

  /** Sales whose outcome only Gigastore knows. */
  unresolved(): SaleRecord[] {
    return this.all().filter((sale) => sale.status === 'pending' || sale.status === 'verifying');
  }

  close(): void {
    this.file.close();
  }

  /** The sale as it stands after `entry`; changes nothing. */
  private next(entry: JournalEntry): SaleRecord {
    if (entry.type === 'begun') {
      if (this.sales.has(entry.saleId)) throw new Error(`Sale ${entry.saleId} is already in the journal.`);
      return fromBegun(entry);
    }
    const sale = this.sales.get(entry.saleId);
    if (!sale) throw new Error(`There is no sale ${entry.saleId} in the journal.`);
    return applyEntry(sale, entry);
  }
}

function fromBegun(entry: Begun): SaleRecord {
  return {
    saleId: entry.saleId,
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
    ...(entry.activationMode ? { activationMode: entry.activationMode } : {}),
    status: 'pending',
    attempts: 1,
    stateHistory: [],
    errors: [],
  };
}

function applyEntry(sale: SaleRecord, entry: Exclude<JournalEntry, Begun>): SaleRecord {
  const updated = { ...sale, updatedAt: entry.at };
  const withError = (error: SaleError) => [...sale.errors, error];
  switch (entry.type) {
    case 'attempt':
      return { ...updated, status: 'pending', attempts: sale.attempts + 1, lastAttemptAt: entry.at };
    case 'completed':
      return {
        ...updated,
        status: 'completed',
        completedVia: entry.via,
        customerUid: entry.customerUid,
        activatedItemUid: entry.activatedItemUid,
        iccid: entry.iccid,
        activationCode: entry.activationCode,
        esimState: sale.esimState ?? entry.state,
        stateHistory: sale.stateHistory.length ? sale.stateHistory : [{ state: entry.state, at: entry.at }],
      };
    case 'refused':
      return { ...updated, status: 'refused', errors: withError(entry.error) };
    case 'uncertain':
      return { ...updated, status: 'verifying', errors: withError(entry.error) };
    case 'absent':
      return { ...updated, status: 'not-charged', errors: entry.error ? withError(entry.error) : sale.errors };
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
