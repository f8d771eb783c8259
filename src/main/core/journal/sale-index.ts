// Every sale of the journal by id: its status known from the line prefixes alone, its lines parsed and
// folded into a record the first time the sale is asked for.
//
// A line whose checksum fails is never folded and never silent: its sale (named by the line's prefix
// when that is still readable) carries `damaged`, a sentence saying to check it with Gigastore, and keeps
// the status its readable lines give; the journal's problems name the sale and the byte. A damaged first
// record still keeps its sale listed when its bytes read as a valid first record (marked damaged all the
// same); otherwise, as for records whose sale has no readable first record, a sentence names the sale.
import type { SaleRecord, SaleStatus } from '../../../shared/sale';
import { JournalEntrySchema, type JournalEntry, type JournalEntryType } from './journal-entries';
import type { JournalLines } from './journal-file';
import { applyEntry, fromBegun, STATUS_AFTER } from './sale-fold';

const PREFIX = /^\{"type":"([\w-]+)","saleId":"([^"\\]+)"/;

/** A sale's line not folded yet: its range in the bytes read at open, or an entry parsed on arrival. */
type Unfolded = [start: number, end: number] | JournalEntry;

interface Slot {
  status: SaleStatus;
  pending: Unfolded[];
  record?: SaleRecord;
  /** Set once a record of this sale failed its checksum: the sentence the sale carries. */
  damaged?: string;
}

export class SaleIndex {
  private readonly slots = new Map<string, Slot>();
  /** Sales with a duplicate-charge entry, known from the line prefixes alone. */
  readonly duplicated = new Set<string>();
  /** Sales known to exist whose first record cannot be read: named in a problem once, their lines skipped. */
  private readonly unshown = new Set<string>();
  /** Sales another process changed, not yet announced. */
  private readonly changed = new Set<string>();

  constructor(
    /** The file as read at open: the ranges of unfolded lines point into it. */
    private readonly bytes: Buffer,
    readonly problems: string[],
  ) {}

  /**
   * Indexes complete lines. At open their parsing waits until a sale is asked for; lines another process
   * appended are parsed at once (they are few) and their sales noted as changed.
   */
  add(chunk: JournalLines, when: 'at-open' | 'from-others'): void {
    let unreadable = 0;
    const orphans = new Set<string>();
    for (const range of chunk.lines) {
      // The fixed prefix names the type and the sale (the schemas' key order); the rest waits.
      const prefix = PREFIX.exec(chunk.bytes.toString('latin1', range[0] + 9, Math.min(range[1], range[0] + 169)));
      const type = prefix?.[1];
      const saleId = prefix?.[2];
      if (chunk.damaged.has(range[0])) {
        this.damagedLine(chunk, range, type, saleId);
        if (saleId && when === 'from-others') this.changed.add(saleId);
        continue;
      }
      if (!type || !saleId || !Object.hasOwn(STATUS_AFTER, type)) {
        unreadable++;
        continue;
      }
      if (this.unshown.has(saleId)) continue;
      const slot = this.slots.get(saleId);
      if (type !== 'begun' && !slot) {
        orphans.add(saleId);
        continue;
      }
      const line = when === 'at-open' ? range : parseEntry(chunk.bytes, range);
      if (!line || (type === 'begun' && slot)) {
        unreadable++;
        continue;
      }
      if (type === 'duplicate') this.duplicated.add(saleId);
      if (slot) {
        slot.status = STATUS_AFTER[type as JournalEntryType] ?? slot.status;
        slot.pending.push(line);
      } else this.slots.set(saleId, { status: 'pending', pending: [line] });
      if (when === 'from-others') this.changed.add(saleId);
    }
    if (unreadable) this.reportUnreadable(unreadable);
    for (const saleId of orphans) this.unshow(saleId, 'has no readable first record');
  }

  /** The sale as it stands, its unfolded lines folded first. */
  get(saleId: string): SaleRecord | undefined {
    const slot = this.slots.get(saleId);
    return slot && this.fold(saleId, slot);
  }

  /** Every sale's id; with statuses, only the sales in one of them. */
  saleIds(statuses?: SaleStatus[]): string[] {
    const ids: string[] = [];
    for (const [saleId, slot] of this.slots) if (!statuses || statuses.includes(slot.status)) ids.push(saleId);
    return ids;
  }

  /** After this process appended `entry`: the sale as it now stands. */
  settle(entry: JournalEntry, sale: SaleRecord): void {
    if (entry.type === 'duplicate') this.duplicated.add(entry.saleId);
    const slot = this.slots.get(sale.saleId);
    if (slot) Object.assign(slot, { status: sale.status, pending: [], record: sale });
    else this.slots.set(sale.saleId, { status: sale.status, pending: [], record: sale });
  }

  /** The sales another process changed since the last call. */
  takeChanged(): string[] {
    const saleIds = [...this.changed];
    this.changed.clear();
    return saleIds;
  }

  private fold(saleId: string, slot: Slot): SaleRecord | undefined {
    if (slot.pending.length === 0) return slot.record;
    let record = slot.record;
    let unreadable = 0;
    for (const line of slot.pending) {
      const parsed = Array.isArray(line) ? parseEntry(this.bytes, line) : line;
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
    if (slot.damaged) record = { ...record, damaged: slot.damaged };
    Object.assign(slot, { pending: [], record, status: record.status });
    return record;
  }

  private damagedLine(chunk: JournalLines, range: [number, number], type?: string, saleId?: string): void {
    const byte = chunk.offset + range[0];
    if (saleId && this.unshown.has(saleId)) return; // named in a problem already
    const slot = saleId ? this.slots.get(saleId) : undefined;
    if (saleId && slot) return this.markDamaged(saleId, slot, byte);
    if (saleId && type === 'begun' && !this.unshown.has(saleId)) {
      // Without its first record a sale cannot be shown at all: keep it when the bytes still read as one
      // (the sale is marked damaged, so nothing it says is taken on trust).
      const salvaged = parseEntry(chunk.bytes, range);
      if (salvaged?.type === 'begun' && salvaged.saleId === saleId) {
        const kept: Slot = { status: 'pending', pending: [salvaged] };
        this.slots.set(saleId, kept);
        return this.markDamaged(saleId, kept, byte);
      }
      return this.unshow(saleId, `has its first record damaged (byte ${byte})`);
    }
    this.problems.push(
      `A damaged record (byte ${byte}) was skipped; it is left in the file for support, and the sale it belongs to cannot be read from it: check the sales of that day with Gigastore.`,
    );
  }

  private markDamaged(saleId: string, slot: Slot, byte: number): void {
    slot.damaged ??= `A record of this sale is damaged in the journal (byte ${byte}), so a step of it may be missing: check this sale with Gigastore.`;
    if (slot.record) slot.record = { ...slot.record, damaged: slot.damaged };
    this.problems.push(
      `A damaged record of sale ${saleId} (byte ${byte}) was skipped; it is left in the file for support. Check this sale with Gigastore.`,
    );
  }

  private unshow(saleId: string, why: string): void {
    if (this.unshown.has(saleId)) return;
    this.unshown.add(saleId);
    this.problems.push(
      `Sale ${saleId} ${why}, so it cannot be shown; its records are left in the file for support. Check this sale with Gigastore.`,
    );
  }

  private reportUnreadable(count: number): void {
    this.problems.push(
      `${count} journal records could not be read by this version of the console; they were left in the file untouched.`,
    );
  }
}

/** A line's entry, validated by the schema; undefined when this version cannot read it. */
function parseEntry(bytes: Buffer, [start, end]: [number, number]): JournalEntry | undefined {
  try {
    const parsed = JournalEntrySchema.safeParse(JSON.parse(bytes.toString('utf8', start + 9, end)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
