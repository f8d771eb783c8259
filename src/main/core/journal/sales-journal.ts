// The sales journal: every sale's events, written ahead to the journal file and folded into one record
// per sale. The file is the truth on this counter; Gigastore is the truth for the chain, and
// reconciliation brings the two together for any sale whose outcome the file does not know.
//
// Opening stays fast however long the history: each line's checksum is verified and its event type and
// sale id are read from the line's fixed prefix, which is all a sale's status needs. A sale's lines are
// parsed (and validated with the schema) only when that sale is first asked for (see sale-index.ts).
//
// The app and the CLI may have the same journal open. Each write is made under the file's cross-process
// lock after reading what the other process appended; each read first takes in anything new (one fstat
// when nothing is). Sales another process changed are announced to the onRecord listeners like our own.
import { join } from 'node:path';
import type { SaleRecord } from '../../../shared/sale';
import { ConsoleError } from '../errors';
import { saleIdTime } from '../sale-id';
import { JournalEntrySchema, type JournalEntryInput } from './journal-entries';
import { JournalFile, type JournalFileOptions } from './journal-file';
import { applyEntry, fromBegun } from './sale-fold';
import { SaleIndex } from './sale-index';

/** The file's name in the data folder (support finds it by this name; the CLI opens the same file). */
const JOURNAL_FILE_NAME = 'sales.journal';

export class SalesJournal {
  private readonly listeners = new Set<(sale: SaleRecord) => void>();

  private constructor(
    private readonly file: JournalFile,
    private readonly index: SaleIndex,
  ) {}

  static open(dataDir: string, options: JournalFileOptions = {}): SalesJournal {
    const opened = JournalFile.open(join(dataDir, JOURNAL_FILE_NAME), options);
    const index = new SaleIndex(opened.bytes, opened.problems);
    index.add(opened, 'at-open');
    return new SalesJournal(opened.file, index);
  }

  get path(): string {
    return this.file.path;
  }

  /** Sentences about damaged or unreadable records, found at open and since. */
  get problems(): string[] {
    return this.index.problems;
  }

  /**
   * Appends (under the cross-process lock) and applies one entry; returns the sale as it now stands. The
   * entry is on the disk before the listeners hear of it, or, with flush 'soon', written before and put on
   * the disk right after (see JournalFile.append).
   */
  record(entry: JournalEntryInput, flush: 'now' | 'soon' = 'now'): SaleRecord {
    const parsed = JournalEntrySchema.parse(entry);
    let sale: SaleRecord;
    try {
      sale = this.file.locked(() => {
        // Decided on the whole file: another process may have written this very sale's last step.
        this.takeInOthers();
        const existing = this.index.get(parsed.saleId);
        if (parsed.type === 'begun' && existing) throw new Error(`Sale ${parsed.saleId} is already in the journal.`);
        if (parsed.type !== 'begun' && !existing) throw new Error(`There is no sale ${parsed.saleId} in the journal.`);
        const next = parsed.type === 'begun' ? fromBegun(parsed) : applyEntry(existing as SaleRecord, parsed);
        this.file.append(parsed, flush);
        this.index.settle(parsed, next);
        return next;
      });
    } finally {
      this.tellListeners(parsed.saleId);
    }
    this.listeners.forEach((listener) => listener(sale));
    if (flush === 'soon') void this.file.flushSoon();
    return sale;
  }

  /** Called after every recorded change (by this process or another), with the sale as it now stands. */
  onRecord(listener: (sale: SaleRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes in what other processes appended since the last look, and tells the listeners. */
  catchUp(): void {
    this.takeInOthers();
    this.tellListeners();
  }

  get(saleId: string): SaleRecord | undefined {
    this.catchUp();
    return this.index.get(saleId);
  }

  /** The sale, or a sentence saying the journal has none by that id. */
  sale(saleId: string): SaleRecord {
    const sale = this.get(saleId);
    if (!sale) throw new ConsoleError('sale.unknown', `There is no sale ${saleId} in the journal.`);
    return sale;
  }

  /** Sales newest first (sale ids sort by time); with a range, only those begun in it (epoch ms, to exclusive). */
  all(range?: { fromMs: number; toMs: number }): SaleRecord[] {
    this.catchUp();
    const ids = this.index.saleIds().filter((saleId) => {
      if (!range) return true;
      const time = saleIdTime(saleId);
      return Number.isNaN(time) || (time >= range.fromMs && time < range.toMs);
    });
    ids.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    return this.records(ids);
  }

  /** Sales Gigastore charged more than once (refunded or not). */
  withDuplicates(): SaleRecord[] {
    this.catchUp();
    return this.records(this.index.duplicated);
  }

  /** Sales whose outcome only Gigastore knows. */
  unresolved(): SaleRecord[] {
    this.catchUp();
    return this.records(this.index.saleIds(['pending', 'verifying'])).filter(
      (sale) => sale.status === 'pending' || sale.status === 'verifying',
    );
  }

  close(): void {
    this.file.close();
  }

  private records(saleIds: Iterable<string>): SaleRecord[] {
    return [...saleIds].map((saleId) => this.index.get(saleId)).filter((sale) => sale !== undefined);
  }

  private takeInOthers(): void {
    const fresh = this.file.readNew();
    if (fresh) this.index.add(fresh, 'from-others');
  }

  /** Announces the sales other processes changed (all but `except`, which the caller announces itself). */
  private tellListeners(except?: string): void {
    for (const saleId of this.index.takeChanged()) {
      const sale = saleId === except ? undefined : this.index.get(saleId);
      if (sale) this.listeners.forEach((listener) => listener(sale));
    }
  }
}
