// The clerk on shift: a name from the settings' list of clerks, carried by every sale, print, refund and
// audit record while they are on shift. Each start and end of a shift is a new serial: the customers the
// last clerk looked up are not this one's to open (care-lookup.ts).
import type { ConsoleApi, Overview } from '../../../shared/api';
import type { AuditEntry } from '../journal/audit-trail';
import type { SaleRecords } from '../journal/sale-records';
import { ConsoleError } from '../errors';
import type { SettingsStore } from '../settings';
import type { OverviewBoard } from './overview';

interface ShiftParts {
  settings: SettingsStore;
  records: Pick<SaleRecords, 'audit'>;
  overview: Pick<OverviewBoard, 'changed'>;
}

export class Shift implements Pick<ConsoleApi, 'startShift' | 'endShift'> {
  private onShift: string | undefined;
  private changes = 0;

  constructor(private readonly parts: ShiftParts) {}

  get clerk(): string | undefined {
    return this.onShift;
  }

  /** Changes at every start and end of a shift. */
  get serial(): number {
    return this.changes;
  }

  /** Records who did what (settings, mode, credentials, PIN, shifts, customers opened) with the clerk on shift. */
  readonly audit = (action: AuditEntry['action'], detail: string): void =>
    this.parts.records.audit(action, detail, this.onShift);

  async startShift(clerk: string): Promise<Overview> {
    if (!this.parts.settings.read().clerks.includes(clerk))
      throw new ConsoleError('shift.unknown', `${clerk} is not in this counter's list of clerks.`);
    this.onShift = clerk;
    this.changes++;
    this.audit('shift-start', clerk);
    return this.parts.overview.changed();
  }

  async endShift(): Promise<Overview> {
    this.audit('shift-end', this.onShift ?? '');
    this.onShift = undefined;
    this.changes++;
    return this.parts.overview.changed();
  }
}
