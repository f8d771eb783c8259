// Who changed what, when: settings, demo or live, credentials, the manager PIN (and every wrong try of it),
// shifts, and who looked at which customer in Customer care (opened, QR shown again). Sales, top-ups,
// refunds and receipts are in the sales journal already (with their clerk); activity() merges both into
// one timeline for History and the CSV. Appended and flushed like the sales journal.
import { join } from 'node:path';
import { z } from 'zod';
import type { ActivityEntry } from '../../../shared/activity';
import type { SaleRecord } from '../../../shared/sale';
import { JournalFile } from './journal-file';
import { JSON_START } from './journal-line';

const AuditActionSchema = z.enum([
  'settings',
  'mode',
  'credentials',
  'manager-pin',
  /** A wrong manager PIN was tried (counted before its hash ran). */
  'manager-pin-failed',
  /** Too many wrong PINs (or a damaged count of them): the PIN is locked for a while. */
  'manager-locked-out',
  /** The PIN was reset, and the credentials it guarded erased. */
  'manager-pin-reset',
  'shift-start',
  'shift-end',
  // Customer care: who opened which customer (masked email and uid), and whose QR was shown again.
  'customer-opened',
  'qr-shown',
]);

const AuditEntrySchema = z.object({
  at: z.string(),
  action: AuditActionSchema,
  clerk: z.string().optional(),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export class AuditTrail {
  private readonly entries: AuditEntry[] = [];

  private constructor(private readonly file: JournalFile) {}

  static open(dataDir: string): AuditTrail {
    const { file, bytes, lines, damaged } = JournalFile.open(join(dataDir, 'audit.journal'));
    const trail = new AuditTrail(file);
    for (let line = 0; line < lines.count; line++) {
      const start = lines.starts[line] as number;
      const end = lines.ends[line] as number;
      // The trail is a courtesy record beside the sales journal: a damaged line of it is skipped.
      if (damaged.has(start)) continue;
      const parsed = AuditEntrySchema.safeParse(JSON.parse(bytes.toString('utf8', start + JSON_START, end)));
      if (parsed.success) trail.entries.push(parsed.data);
    }
    return trail;
  }

  record(entry: AuditEntry): void {
    const parsed = AuditEntrySchema.parse(entry);
    this.file.append(parsed);
    this.entries.push(parsed);
  }

  list(): readonly AuditEntry[] {
    return this.entries;
  }

  close(): void {
    this.file.close();
  }
}

/** One timeline, oldest first: the trail's entries and every sale's own events. */
export function activity(trail: readonly AuditEntry[], sales: readonly SaleRecord[]): ActivityEntry[] {
  const entries: ActivityEntry[] = [...trail];
  for (const sale of sales) {
    const clerk = sale.clerk ? { clerk: sale.clerk } : {};
    entries.push({
      at: sale.startedAt,
      action: sale.kind,
      saleId: sale.saleId,
      ...clerk,
      detail: `${sale.item.name}: ${sale.status}`,
    });
    for (const refund of sale.refunds) {
      entries.push({
        at: refund.at,
        action: 'refund',
        saleId: sale.saleId,
        ...(refund.clerk ? { clerk: refund.clerk } : {}),
        detail: `${refund.outcome}: ${refund.reason}${refund.message ? ` (${refund.message})` : ''}`,
      });
    }
    for (const print of sale.prints) {
      entries.push({
        at: print.at,
        action: 'receipt',
        saleId: sale.saleId,
        ...(print.clerk ? { clerk: print.clerk } : {}),
        detail: print.outcome,
      });
    }
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
