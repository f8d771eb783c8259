// The overview: what the header, Settings and the customer window's placement read about the console
// (mode, connection, credentials described, notices, sales being checked, double charges, failed
// checks, the clerk on shift, the manager lock), and what the app knows beside it (the organisation's
// policy, an update waiting). Never a secret. Announced on the stream at every change.
import type { ConsoleApi, Overview } from '../../../shared/api';
import type { UpdateView } from '../../../shared/updates';
import { policyView, type PolicyState } from '../policy/policy-file';
import type { Connectivity } from '../connectivity';
import type { SalesLedger } from '../journal/ledger';
import type { ReconcileLoop } from '../journal/reconcile-loop';
import type { SalesJournal } from '../journal/sales-journal';
import type { ManagerLock } from '../manager-pin';
import type { SettingsStore } from '../settings';
import type { ConsoleOptions, OverviewExtras } from './options';
import type { CredentialVault } from '../vault';
import type { ConsoleStream } from './stream';

interface OverviewParts {
  settings: SettingsStore;
  vault: Pick<CredentialVault, 'describe'>;
  journal: SalesJournal;
  connection: Pick<Connectivity, 'current'>;
  ledger: SalesLedger;
  checks: Pick<ReconcileLoop, 'failures'>;
  manager: Pick<ManagerLock, 'status'>;
  /** The clerk on shift. */
  shift: { readonly clerk: string | undefined };
  stream: ConsoleStream;
  options: Pick<ConsoleOptions, 'startupNotices' | 'overviewExtras'>;
}

/** The extras of a counter: its policy (when it has one) and the update waiting, if any. */
export function overviewExtrasOf(
  policy: PolicyState,
  updates: { view(): UpdateView | undefined } | undefined,
): OverviewExtras {
  const update = updates?.view();
  return { ...(policy.status === 'none' ? {} : { policy: policyView(policy) }), ...(update ? { update } : {}) };
}

export class OverviewBoard implements Pick<ConsoleApi, 'getOverview'> {
  constructor(private readonly parts: OverviewParts) {}

  async getOverview(): Promise<Overview> {
    const { parts } = this;
    const { settings, journal } = parts;
    const current = settings.read();
    const { clerk } = parts.shift;
    return {
      mode: current.mode,
      settings: current,
      connection: parts.connection.current,
      credentials: parts.vault.describe(),
      notices: [...(parts.options.startupNotices ?? []), ...settings.problems, ...journal.problems],
      unresolvedSales: journal.unresolved().length,
      doubleCharges: parts.ledger.reconciliation.doubleCharged().map((sale) => sale.saleId),
      reconcileFailures: parts.checks.failures,
      shift: clerk ? { clerk } : {},
      manager: parts.manager.status(),
      ...parts.options.overviewExtras?.(),
    };
  }

  /** Something in the overview changed: the windows hear of it. */
  announce(): void {
    void this.getOverview().then((overview) => this.parts.stream.emit('overview', overview));
  }

  /** Announces the change and answers the overview as it now is (what a call that changed it returns). */
  changed(): Promise<Overview> {
    this.announce();
    return this.getOverview();
  }
}
