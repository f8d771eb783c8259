// The console's composition root: it builds the parts and hands each only what it uses; the parts answer
// the ConsoleApi themselves (console/routes.ts names which answers what). The IPC bridge, the browser
// tests' binding and the unit tests all drive this one object. Where state lives: a sale's story in the
// journal, what this process is doing to it now in the work in progress, the sale on screen in the desk;
// docs/architecture.md draws it.
import type { ConsoleApi } from '../../shared/api';
import type { CustomerView } from '../../shared/customer-view';
import { Administration } from './console/admin';
import { backgroundChecks } from './console/background-checks';
import { CustomerCare } from './console/care';
import { CustomerLookup } from './console/care-lookup';
import { CoverageNaming } from './console/coverage';
import { CustomerDisplay } from './console/customer-display';
import { DemoControls } from './console/demo';
import { DeviceChecks } from './console/device-checks';
import { gigastoreAccess } from './console/gigastore-access';
import { SalesHistory } from './console/history';
import { ManagerDesk, managerLock } from './console/manager';
import type { ConsoleOptions } from './console/options';
import { OverviewBoard } from './console/overview';
import { tellRecordNews } from './console/record-news';
import { Reports } from './console/reports';
import { assembleApi } from './console/routes';
import { Selling } from './console/selling';
import { Shift } from './console/shifts';
import { ConsoleStream } from './console/stream';
import { SalesLedger } from './journal/ledger';
import { SaleRecords } from './journal/sale-records';
import { approvedSettings } from './live-approval';
import { silentLogger } from './log/logger';
import { AutoPrint } from './receipt/auto-print';
import { Receipts } from './receipt/receipts';
import { SaleDesk } from './sale-desk';
import { WorkInProgress } from './work-in-progress';

export type { ConsoleOptions } from './console/options';

export interface CounterConsole extends ConsoleApi {
  /** The one stream of changes to every window: the counter window's events and the customer view. */
  on: ConsoleStream['on'];
  /** What the customer display shows now. */
  customerView(): CustomerView;
  /** The overview's extras changed (the console cannot know): every window hears the overview again. */
  announceOverview(): void;
  /** Start-up: resolve any sale the last run left uncertain, and go on watching the ones once in doubt. */
  start(): void;
  close(): Promise<void>;
}

export function createCounterConsole(options: ConsoleOptions): CounterConsole {
  const { vault, journal } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLogger;
  // Every part reads the settings through this view: live only with a manager's sealed approval.
  const settings = approvedSettings(options.settings, () => vault.read()?.liveApproved === true);
  const stream = new ConsoleStream();
  const work = new WorkInProgress();
  const records = new SaleRecords(journal, now, options.audit);
  const windowMs = () => settings.read().reconciliationWindowMs;
  const ledger = new SalesLedger(records, { reconciliationWindowMs: windowMs, now, work });
  // The overview reads most parts and hears from some: those call it back through arrow functions.
  const toOverview = { announce: () => overview.announce(), changed: () => overview.changed() };
  const access = gigastoreAccess({ settings, vault, log, overview: toOverview, options });
  const { backend, connection, online, catalogue, switched } = access;
  const client = () => backend.client();
  const shift = new Shift({ settings, records, overview: toOverview });
  const { audit } = shift;
  const clerk = () => shift.clerk;
  const lookup = new CustomerLookup({ backend, journal, catalogue, shift });
  const manager = managerLock({ vault, now, audit, options });
  const desk = new SaleDesk({ journal, work, records, client, settings, stream, options });
  const checks = backgroundChecks({ backend, ledger, journal, desk, log, overview: toOverview, now, options });
  const overview: OverviewBoard = new OverviewBoard({
    settings,
    vault,
    journal,
    connection,
    ledger,
    checks,
    manager,
    shift,
    stream,
    options,
  });
  const stopNews = tellRecordNews({ journal, stream, log, checks, overview, options });
  const coverage = new CoverageNaming(client, log);
  const receipts = new Receipts({ records, work, settings, coverage, now, clerk, options });
  const autoPrint = new AutoPrint({ journal, settings, receipts, desk });
  const display = new CustomerDisplay({ stream, desk, catalogue, settings, coverage });
  const selling = new Selling({ desk, ledger, backend, connection, settings, catalogue, checks, clerk, display });
  const api = assembleApi({
    ...{ overview, catalogue, selling, desk, display, shift, lookup, receipts, coverage },
    demo: new DemoControls(backend, desk),
    devices: new DeviceChecks({ backend, settings, journal, checked: (outcome) => display.deviceChecked(outcome) }),
    admin: new Administration({
      manager,
      settings,
      vault,
      backend,
      desk,
      journal,
      checks,
      audit,
      switched,
      overview,
      options,
    }),
    manager: new ManagerDesk({ manager, vault, settings, desk, audit, switched, overview }),
    care: new CustomerCare({ backend, selling, records, manager, clerk, log }),
    history: new SalesHistory({ records, backend, checks, desk, options }),
    reports: new Reports({ settings, journal, backend, now, options }),
  });
  const start = () => {
    checks.resume();
    online.start();
  };
  const close = async () => {
    stopNews();
    autoPrint.stop();
    desk.close();
    checks.stop();
    online.stop();
    connection.stop();
    await backend.close();
  };
  const announceOverview = () => overview.announce();
  return { ...api, on: stream.on, customerView: () => display.view(), announceOverview, start, close };
}
