// Which part of the console answers each call of the ConsoleApi: one line per call. The type makes the
// table whole (every call answered) and true (each by a part that implements that very call); the API
// object is assembled from it, so no method is written twice.
import type { ConsoleApi, ConsoleMethod } from '../../../shared/api';
import { CONSOLE_METHODS } from '../../../shared/channels';
import type { Receipts } from '../receipt/receipts';
import type { SaleDesk } from '../sale-desk';
import type { Administration } from './admin';
import type { CustomerCare } from './care';
import type { CustomerLookup } from './care-lookup';
import type { Catalogue } from './catalogue';
import type { CoverageNaming } from './coverage';
import type { CustomerDisplay } from './customer-display';
import type { DemoControls } from './demo';
import type { DeviceChecks } from './device-checks';
import type { SalesHistory } from './history';
import type { ManagerDesk } from './manager';
import type { OverviewBoard } from './overview';
import type { Reports } from './reports';
import type { Selling } from './selling';
import type { Shift } from './shifts';

type ApiRoutes = { [M in ConsoleMethod]: Pick<ConsoleApi, M> };

interface ConsoleParts {
  overview: OverviewBoard;
  catalogue: Catalogue;
  selling: Selling;
  desk: SaleDesk;
  display: CustomerDisplay;
  demo: DemoControls;
  admin: Administration;
  manager: ManagerDesk;
  shift: Shift;
  lookup: CustomerLookup;
  care: CustomerCare;
  history: SalesHistory;
  receipts: Receipts;
  reports: Reports;
  devices: DeviceChecks;
  coverage: CoverageNaming;
}

function routesOf(parts: ConsoleParts): ApiRoutes {
  const { overview, catalogue, selling, desk, display, demo, admin, manager, shift, lookup, care, history } = parts;
  return {
    getOverview: overview,
    listCatalogue: catalogue,
    startSale: selling,
    retrySale: selling,
    previewSale: display,
    checkDevice: parts.devices,
    currentHandoff: desk,
    leaveHandoff: desk,
    keepFollowing: desk,
    simulateScan: demo,
    stageDemoFault: demo,
    updateSettings: admin,
    setMode: admin,
    setCredentials: admin,
    testCredentials: admin,
    openHelpPage: admin,
    listDisplays: admin,
    setManagerPin: manager,
    unlockManager: manager,
    lockManager: manager,
    resetManagerPin: manager,
    startShift: shift,
    endShift: shift,
    lookupCustomer: lookup,
    openCustomer: lookup,
    showEsimQr: lookup,
    startCareSale: care,
    refundPackage: care,
    refundDuplicate: care,
    startPackage: care,
    esimConnectivity: care,
    reconcileNow: history,
    listSales: history,
    getSale: history,
    refreshSale: history,
    showSale: history,
    listActivity: history,
    exportActivityCsv: history,
    exportSalesCsv: history,
    listPrinters: parts.receipts,
    printReceipt: parts.receipts,
    printRefundSlip: parts.receipts,
    saveReceiptPdf: parts.receipts,
    zReport: parts.reports,
    saveZReport: parts.reports,
    printZReport: parts.reports,
    listShifts: parts.reports,
    storeSales: parts.reports,
    coverageCountries: parts.coverage,
  };
}

/** The ConsoleApi object: each call bound to the part the table names. */
export function assembleApi(parts: ConsoleParts): ConsoleApi {
  const routes = routesOf(parts);
  const api: Partial<Record<ConsoleMethod, unknown>> = {};
  for (const method of CONSOLE_METHODS) {
    const part = routes[method] as unknown as Record<ConsoleMethod, (...args: unknown[]) => unknown>;
    api[method] = part[method].bind(part);
  }
  return api as ConsoleApi;
}
