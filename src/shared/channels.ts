// The runtime names of the ConsoleApi contract, without zod: the preload bundles this file, and a
// sandboxed preload should carry as little code as possible. The `satisfies` tables keep these lists
// exhaustive: adding a method or an event to the contract without naming it here fails the type check.
import type { ConsoleApi, ConsoleEventName, ConsoleEvents, ConsoleMethod, Result } from './api';
import type { CustomerView } from './customer-view';

const methods = {
  getOverview: true,
  listCatalogue: true,
  startSale: true,
  previewSale: true,
  checkDevice: true,
  currentHandoff: true,
  leaveHandoff: true,
  keepFollowing: true,
  simulateScan: true,
  stageDemoFault: true,
  updateSettings: true,
  setMode: true,
  setCredentials: true,
  setManagerPin: true,
  testCredentials: true,
  listDisplays: true,
  openHelpPage: true,
  unlockManager: true,
  lockManager: true,
  resetManagerPin: true,
  retrySale: true,
  startShift: true,
  endShift: true,
  lookupCustomer: true,
  openCustomer: true,
  showEsimQr: true,
  esimConnectivity: true,
  startCareSale: true,
  refundPackage: true,
  refundDuplicate: true,
  startPackage: true,
  printRefundSlip: true,
  reconcileNow: true,
  listSales: true,
  getSale: true,
  refreshSale: true,
  showSale: true,
  exportSalesCsv: true,
  listActivity: true,
  exportActivityCsv: true,
  listPrinters: true,
  printReceipt: true,
  saveReceiptPdf: true,
  zReport: true,
  saveZReport: true,
  printZReport: true,
  listShifts: true,
  storeSales: true,
  coverageCountries: true,
} satisfies Record<ConsoleMethod, true>;

const events = { handoff: true, overview: true, sale: true } satisfies Record<ConsoleEventName, true>;

export const CONSOLE_METHODS = Object.keys(methods) as ConsoleMethod[];
export const CONSOLE_EVENTS = Object.keys(events) as ConsoleEventName[];

/** The IPC channel names, shared by the bridge in main and the preload. */
export const invokeChannel = (method: ConsoleMethod): string => `console:${method}`;
export const eventChannel = (event: ConsoleEventName): string => `console-event:${event}`;

/** The subscribe function the bridge exposes per event: `onHandoff`, `onOverview`. */
export const subscriberName = <E extends ConsoleEventName>(event: E) =>
  `on${event[0]!.toUpperCase()}${event.slice(1)}` as `on${Capitalize<E>}`;

/**
 * What the preload exposes as `window.esimCounter`: one named function per call (answering with an
 * envelope) and one named subscribe function per event (returning its unsubscribe). Nothing else: no
 * channel names, no ipcRenderer, no generic send or on.
 */
export type ConsoleBridge = {
  [M in ConsoleMethod]: (...args: Parameters<ConsoleApi[M]>) => Promise<Result<Awaited<ReturnType<ConsoleApi[M]>>>>;
} & {
  [E in ConsoleEventName as `on${Capitalize<E>}`]: (listener: (payload: ConsoleEvents[E]) => void) => () => void;
};

export const BRIDGE_GLOBAL = 'esimCounter';

/**
 * The customer display's whole bridge: it receives the view and can call nothing (a customer-facing
 * screen must not be able to start, change or read anything).
 */
export interface CustomerBridge {
  onView(listener: (view: CustomerView) => void): () => void;
}
export const CUSTOMER_GLOBAL = 'customerDisplay';
export const CUSTOMER_VIEW_CHANNEL = 'customer:view';
