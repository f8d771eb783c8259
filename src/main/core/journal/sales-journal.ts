// The sales journal: every sale's events, written ahead to the journal file and folded into one record
// per sale. The file is the truth on this counter; Gigastore is the truth for the chain, and
// reconciliation brings the two together for any sale whose outcome the file does not know.
//
// Opening stays fast however long the history: each line's checksum is verified and its event type and
// sale id are read from the line's fixed prefix, which is all a sale's status needs. A sale's lines are
// parsed (and validated with the schema) only when that sale is first asked for.
import { join } from 'node:path';
import type { SaleRecord, SaleStatus } from '../../../shared/sale';
import { saleIdTime } from '../sale-id';
import {
  JournalEntrySchema,
  type JournalEntry,
  type JournalEntryInput,
  type JournalEntryType,
} from './journal-entries';
import { JournalFile, lineJson } from './journal-file';
import { applyEntry, fromBegun, STATUS_AFTER } from './sale-fold';

export const JOURNAL_FILE_NAME = 'sales.journal';

const PREFIX = /^\{"type":"([\w-]+)","saleId":"([^"\\]+)"/;

/** One sale: its lines still unparsed (ranges in the file read at open, or entries appended since). */
interface Slot {
  status: SaleStatus;
  pending: Array<[number, number] | JournalEntry>;
  record?: SaleRecord;
}

export class SalesJournal {
  private readonly slots = new Map<string, Slot>();
  private readonly listeners = new Set<(sale: SaleRecord) => void>();
  /** Sales with a duplicate-charge entry, known from the line prefixes alone. */
  private readonly duplicated = new Set<string>();

  private constructor(
    private readonly file: JournalFile,
    private readonly bytes: Buffer,
    lines: Array<[number, number]>,
    readonly problems: string[],
  ) {
    let unreadable = 0;
    for (const range of lines) {
      // The checksum is verified when the line is parsed; the prefix is enough to know the sale's status.
      const prefix = PREFIX.exec(bytes.toString('latin1', range[0] + 9, Math.min(range[1], range[0] + 169)));
      const type = prefix?.[1] as JournalEntryType | undefined;
      const saleId = prefix?.[2];
      const slot = saleId ? this.slots.get(saleId) : undefined;
      if (!type || !saleId || !(type in STATUS_AFTER) || (type === 'begun') === (slot !== undefined)) {
        unreadable++;
        continue;
      }
      if (type === 'duplicate') this.duplicated.add(saleId);
      if (slot) {
        slot.status = STATUS_AFTER[type] ?? slot.status;
        slot.pending.push(range);
      } else {
        this.slots.set(saleId, { status: 'pending', pending: [range] });
      }
    }
    if (unreadable) this.reportUnreadable(unreadable);
  }

  static open(dataDir: string): SalesJournal {
    const { file, bytes, lines, problems } = JournalFile.open(join(dataDir, JOURNAL_FILE_NAME));
    return new SalesJournal(file, bytes, lines, problems);
  }

  get path(): string {
    return this.file.path;
  }

  /** Appends (durably) and applies one entry; returns the sale as it now stands. */
  record(entry: JournalEntryInput): SaleRecord {
    const parsed = JournalEntrySchema.parse(entry);
    const existing = this.get(parsed.saleId);
    if (parsed.type === 'begun' && existing) throw new Error(`Sale ${parsed.saleId} is already in the journal.`);
    if (parsed.type !== 'begun' && !existing) throw new Error(`There is no sale ${parsed.saleId} in the journal.`);
    const sale = parsed.type === 'begun' ? fromBegun(parsed) : applyEntry(existing as SaleRecord, parsed);
    this.file.append(parsed);
    if (parsed.type === 'duplicate') this.duplicated.add(parsed.saleId);
    this.slots.set(sale.saleId, { status: sale.status, pending: [], record: sale });
    this.listeners.forEach((listener) => listener(sale));
    return sale;
  }

  /** Called after every recorded change, with the sale as it now stands. */
  onRecord(listener: (sale: SaleRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(saleId: string): SaleRecord | undefined {
    const slot = this.slots.get(saleId);
    return slot && this.materialize(saleId, slot);
  }

  /** Sales newest first (sale ids sort by time); with a range, only those begun in it (epoch ms, to exclusive). */
  all(range?: { fromMs: number; toMs: number }): SaleRecord[] {
    const ids = [...this.slots.keys()].filter((saleId) => {
      if (!range) return true;
      const time = saleIdTime(saleId);
      return Number.isNaN(time) || (time >= range.fromMs && time < range.toMs);
    });
    ids.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    return ids.map((saleId) => this.get(saleId)).filter((sale): sale is SaleRecord => sale !== undefined);
  }

  /** Sales Gigastore charged more than once (refunded or not). */
  withDuplicates(): SaleRecord[] {
    return [...this.duplicated].map((saleId) => this.get(saleId)).filter((sale) => sale !== undefined);
  }

  /** Sales whose outcome only Gigastore knows. */
  unresolved(): SaleRecord[] {
    return [...this.slots.entries()]
      .filter(([, slot]) => slot.status === 'pending' || slot.status === 'verifying')
      .map(([saleId]) => this.get(saleId))
      .filter(
        (sale): sale is SaleRecord => sale !== undefined && (sale.status === 'pending' || sale.status === 'verifying'),
      );
  }

  close(): void {
    this.file.close();
  }

  /** Parses and validates a sale's lines the first time the sale is asked for. */
  private materialize(saleId: string, slot: Slot): SaleRecord | undefined {
    if (slot.pending.length === 0) return slot.record;
    let record = slot.record;
    let unreadable = 0;
    for (const line of slot.pending) {
      const parsed = Array.isArray(line) ? this.parseLine(line) : line;
      if (parsed === 'damaged') continue;
      if (!parsed || parsed.saleId !== saleId || (parsed.type === 'begun') !== (record === undefined)) {
        unreadable++;
        continue;
      }
      record = parsed.type === 'begun' ? fromBegun(parsed) : applyEntry(record as SaleRecord, parsed);
    }
    if (unreadable) this.reportUnreadable(unreadable);
    if (!record) {
      this.slots.delete(saleId);
      return undefined;
    }
    slot.pending = [];
    slot.record = record;
    slot.status = record.status;
    return record;
  }

  /** The line's entry; 'damaged' (and reported) when its checksum fails; undefined when this version cannot read it. */
  private parseLine(line: [number, number]): JournalEntry | 'damaged' | undefined {
    const json = lineJson(this.bytes, line);
    if (!json) {
      this.problems.push(
        `A damaged record in the middle of the journal (byte ${line[0]}) was skipped; it is left in the file for support.`,
      );
      return 'damaged';
    }
    try {
      const parsed = JournalEntrySchema.safeParse(JSON.parse(this.bytes.toString('utf8', json[0], json[1])));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private reportUnreadable(count: number): void {
    this.problems.push(
      `${count} journal records could not be read by this version of the console; they were left in the file untouched.`,
    );
  }
}
