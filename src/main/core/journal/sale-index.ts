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
import { JSON_START } from './journal-line';
import { applyEntry, fromBegun, STATUS_AFTER } from './sale-fold';

/** A sale's line not folded yet: where it starts in the bytes read at open, or an entry parsed on arrival. */
type Unfolded = number | JournalEntry;

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
    const { bytes, lines } = chunk;
    for (let line = 0; line < lines.count; line++) {
      const range: [number, number] = [lines.starts[line] as number, lines.ends[line] as number];
      // The fixed prefix names the type and the sale (the schemas' key order); the rest waits.
      const { type, saleId } = prefixOf(bytes, range[0] + JSON_START, range[1]);
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
      const unfolded = when === 'at-open' ? range[0] : parseEntry(bytes, range);
      if (unfolded === undefined || (type === 'begun' && slot)) {
        unreadable++;
        continue;
      }
      if (type === 'duplicate') this.duplicated.add(saleId);
      if (slot) {
        slot.status = STATUS_AFTER[type as JournalEntryType] ?? slot.status;
        slot.pending.push(unfolded);
      } else this.slots.set(saleId, { status: 'pending', pending: [unfolded] });
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
      const parsed =
        typeof line === 'number' ? parseEntry(this.bytes, [line, this.bytes.indexOf(NEWLINE, line)]) : line;
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

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const TYPE_OPENING = Buffer.from('{"type":"', 'latin1');
const SALE_ID_OPENING = Buffer.from('","saleId":"', 'latin1');

/**
 * A line's type and sale id, read from its fixed prefix `{"type":"…","saleId":"…"` at `from` (past the
 * checksum) without parsing the line or making more than the two short strings.
 */
function prefixOf(bytes: Buffer, from: number, end: number): { type?: string; saleId?: string } {
  if (!startsWith(bytes, from, TYPE_OPENING)) return {};
  const typeStart = from + TYPE_OPENING.length;
  const typeEnd = bytes.indexOf(QUOTE, typeStart);
  if (typeEnd < 0 || typeEnd > end || typeEnd - typeStart > 20) return {};
  const type = bytes.toString('latin1', typeStart, typeEnd);
  if (!startsWith(bytes, typeEnd, SALE_ID_OPENING)) return { type };
  const idStart = typeEnd + SALE_ID_OPENING.length;
  const idEnd = bytes.indexOf(QUOTE, idStart);
  // A sale id never holds a quote or a backslash (an escape would end it early: not a sale id then).
  if (idEnd < 0 || idEnd > end || idEnd - idStart > 120 || bytes.subarray(idStart, idEnd).includes(0x5c))
    return { type };
  return { type, saleId: bytes.toString('latin1', idStart, idEnd) };
}

function startsWith(bytes: Buffer, at: number, prefix: Buffer): boolean {
  return bytes.length >= at + prefix.length && bytes.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
}

/** A line's entry, validated by the schema; undefined when this version cannot read it. */
function parseEntry(bytes: Buffer, [start, end]: [number, number]): JournalEntry | undefined {
  try {
    const parsed = JournalEntrySchema.safeParse(JSON.parse(bytes.toString('utf8', start + JSON_START, end)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
