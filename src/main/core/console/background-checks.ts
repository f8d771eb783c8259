// Gigastore looked at in the background for the sales that need it (see journal/reconcile-loop.ts):
// soon and often while a sale's outcome is unknown, now and then while one is watched for a late or a
// second charge. A failed look is logged and counted in the overview.
import type { Backend } from '../backend';
import type { SaleDesk } from '../sale-desk';
import type { ConsoleOptions } from './options';
import type { OverviewBoard } from './overview';
import { ReconcileLoop } from '../journal/reconcile-loop';
import type { SalesLedger } from '../journal/ledger';
import type { SalesJournal } from '../journal/sales-journal';
import type { Logger } from '../log/logger';

interface CheckParts {
  backend: Pick<Backend, 'client' | 'demo'>;
  ledger: SalesLedger;
  journal: SalesJournal;
  /** A sale was settled: the one on screen may now have an eSIM to follow. */
  desk: Pick<SaleDesk, 'follow'>;
  log: Logger;
  overview: Pick<OverviewBoard, 'announce'>;
  now: () => Date;
  options: Pick<ConsoleOptions, 'reconcileEveryMs' | 'watchEveryMs'>;
}

export function backgroundChecks(parts: CheckParts): ReconcileLoop {
  const { backend, ledger, journal, log, options } = parts;
  const announceOverview = () => parts.overview.announce();
  const look = async () => {
    const client = await backend.client();
    if (await backend.demo()) ledger.retireOrphanedDemoSales(client.baseUrl);
    const outcomes = await ledger.reconcile(client);
    if (outcomes.some((outcome) => outcome.outcome !== 'still-verifying')) parts.desk.follow();
    return outcomes;
  };
  const nextLookMs = () => {
    if (journal.unresolved().length) return options.reconcileEveryMs ?? 10_000;
    return ledger.reconciliation.watched().length > 0 ? (options.watchEveryMs ?? 60_000) : undefined;
  };
  return new ReconcileLoop(
    look,
    nextLookMs,
    (_error, failures) => {
      log.warn('reconciliation', { failures: failures.count, message: failures.message });
      announceOverview();
    },
    parts.now,
    announceOverview, // a look succeeded after failing ones: the header's count clears
  );
}
