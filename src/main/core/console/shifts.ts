// The clerk on shift: a name from the settings' list of clerks, carried by every sale, print, refund and
// audit record while they are on shift. A new shift (or none) forgets the customers the last clerk
// looked up: they are not this one's to open.
import type { ConsoleApi, Overview } from '../../../shared/api';
import type { AuditEntry } from '../journal/audit-trail';
import type { SaleRecords } from '../journal/sale-records';
import { ConsoleError } from '../errors';
import type { SettingsStore } from '../settings';
import type { CustomerLookup } from './care-lookup';
import type { OverviewBoard } from './overview';

interface ShiftParts {
  settings: SettingsStore;
  records: Pick<SaleRecords, 'audit'>;
  /** Forgets the customers looked up. */
  lookup: Pick<CustomerLookup, 'forget'>;
  overview: Pick<OverviewBoard, 'changed'>;
}

export class Shift implements Pick<ConsoleApi, 'startShift' | 'endShift'> {
  private onShift: string | undefined;

  constructor(private readonly parts: ShiftParts) {}

  get clerk(): string | undefined {
    return this.onShift;
  }

  /** Records who did what (settings, mode, credentials, PIN, shifts, customers opened) with the clerk on shift. */
  readonly audit = (action: AuditEntry['action'], detail: string): void =>
    this.parts.records.audit(action, detail, this.onShift);

  async startShift(clerk: string): Promise<Overview> {
    if (!this.parts.settings.read().clerks.includes(clerk))
      throw new ConsoleError('shift.unknown', `${clerk} is not in this counter's list of clerks.`);
    this.onShift = clerk;
    this.parts.lookup.forget();
    this.audit('shift-start', clerk);
    return this.parts.overview.changed();
  }

  async endShift(): Promise<Overview> {
    this.audit('shift-end', this.onShift ?? '');
    this.onShift = undefined;
    this.parts.lookup.forget();
    return this.parts.overview.changed();
  }
}
