// The ConsoleApi contract: every call the counter window may make and every event it may receive. One object
// implements it (src/main/core/console.ts); three transports carry it: Electron IPC in the app, a Playwright
// binding in browser tests, direct calls in unit tests. The bridge validates the argument schemas below first.
import { z } from 'zod';
import type { CatalogueItem } from './catalogue';
import { ActivationModeSchema } from './gigastore';
import type { Handoff, ErrorInfo } from './handoff';
import type { ActivityEntry } from './activity';
import { coverageArgs, type CoverageApi } from './coverage-api';
import {
  CareSaleSchema,
  EsimQrRequestSchema,
  LookupSchema,
  OpenCustomerSchema,
  RefundRequestSchema,
  type CareSale,
  type CustomerCareView,
  type CustomerMatch,
  type EsimQr,
  type EsimQrRequest,
  type Lookup,
  type RefundOutcome,
  type RefundRequest,
} from './care';
import { CustomerLanguageSchema } from './languages';
import type { PolicyView } from './policy';
import type { PrinterInfo } from './receipt';
import { phoneCheckArgs, type PhoneCheckApi } from './phone-check-api';
import { reportArgs, type ReportApi } from './report-api';
import { SaleStatusSchema, type SaleRecord } from './sale';
import { CountryCodeSchema, ModeSchema, SettingsPatchSchema, type Mode, type Settings } from './settings';
import type { UpdateView } from './updates';

export const SaleRequestSchema = z
  .object({
    inventoryItemId: z.string().min(1).max(100),
    /** The retail price the clerk saw; Gigastore refuses the sale when it no longer matches. */
    expectedPrice: z.object({
      priceValue: z.number().nonnegative(),
      currencyCode: z.string().length(3),
      sortIndex: z.number().int().optional(),
    }),
    customerCountry: CountryCodeSchema,
    customerEmail: z.email('The email address is not valid.').max(200).optional(),
    activationMode: ActivationModeSchema.optional(),
    /** The language of the customer's receipt; by default the store's language. */
    customerLanguage: CustomerLanguageSchema.optional(),
  })
  .strict();
export type SaleRequest = z.infer<typeof SaleRequestSchema>;

/** The package the clerk is confirming, shown to the customer before any charge; null: none. */
const SalePreviewSchema = z
  .object({ inventoryItemId: z.string().min(1).max(100), customerLanguage: CustomerLanguageSchema })
  .strict()
  .nullable();
export type SalePreview = z.infer<typeof SalePreviewSchema>;

export const CredentialsSchema = z
  .object({
    clientId: z.string().trim().min(1, 'Enter the client id.').max(200),
    clientSecret: z.string().min(1, 'Enter the client secret.').max(500),
  })
  .strict();
export type Credentials = z.infer<typeof CredentialsSchema>;

/** Situations demo mode can stage on its simulator, for training and for showing what the console does. */
const DemoFaultSchema = z.enum(['clear', 'offline', 'slow', 'lost-answer', 'server-error', 'rate-limit', 'no-credit']);
export type DemoFault = z.infer<typeof DemoFaultSchema>;

const PinSchema = z.string().regex(/^\d{4,12}$/, 'A PIN is 4 to 12 digits.');
const PinChangeSchema = z.object({ next: PinSchema, current: PinSchema.optional() }).strict();
export type PinChange = z.infer<typeof PinChangeSchema>;

/** The caller says in so many words what a PIN reset costs: the stored credentials. */
const PinResetSchema = z.object({ eraseCredentials: z.literal(true) }).strict();
type PinReset = z.infer<typeof PinResetSchema>;

const ScanOutcomeSchema = z.enum(['INSTALLED', 'DISABLED', 'ERROR']);
export type ScanOutcome = z.infer<typeof ScanOutcomeSchema>;

const LocalDateSchema = z.iso.date('A date is written YYYY-MM-DD.');

const SalesQuerySchema = z
  .object({
    /** Matches the sale id (metatag), the ICCID, the customer's email or the package name. */
    text: z.string().trim().max(100).optional(),
    /** Local calendar days, inclusive. */
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    /** Only sales in these states (for example the ones still being checked). */
    status: z.array(SaleStatusSchema).max(5).optional(),
    /** Only sales Gigastore charged twice (their duplicate refunded or not), whatever their day unless bounded. */
    doubleCharged: z.boolean().optional(),
    limit: z.number().int().positive().max(5000).optional(),
  })
  .strict();
export type SalesQuery = z.infer<typeof SalesQuerySchema>;

const DateRangeSchema = z.object({ from: LocalDateSchema, to: LocalDateSchema }).strict();
export type DateRange = z.infer<typeof DateRangeSchema>;

const SaleIdSchema = z.string().min(1).max(80);

/** A sale as the renderer sees it: the activation code is only ever sent inside a Handoff on screen. */
export type SaleView = Omit<SaleRecord, 'activationCode'>;

/**
 * completed        found at Gigastore: the sale went through (its QR is available)
 * not-charged      no trace at Gigastore in two complete reads a window apart, after the window
 * still-verifying  not settled yet
 * late-charge      given up as not charged (or refused), then found at Gigastore: it went through after all
 * double-charge    Gigastore holds two packages for this one sale: the duplicate must be refunded
 */
type ReconcileOutcomeName = 'completed' | 'not-charged' | 'still-verifying' | 'late-charge' | 'double-charge';

export interface ReconcileResult {
  saleId: string;
  outcome: ReconcileOutcomeName;
}

const HelpPageSchema = z.enum(['gigastore-portal', 'gigastore-docs']);
export type HelpPage = z.infer<typeof HelpPageSchema>;

export interface DisplayOption {
  id: number;
  label: string;
  primary: boolean;
  width: number;
  height: number;
}

export type ConnectionState = 'unknown' | 'online' | 'offline';

/** What the renderer may know about the console: never a secret. */
export interface Overview {
  mode: Mode;
  settings: Settings;
  connection: { state: ConnectionState; message?: string };
  /** enteredFor: the live address the credentials were entered for (they are sent nowhere else). */
  credentials: { configured: boolean; clientIdMasked?: string; enteredFor?: string };
  /** Sentences the clerk should read once, e.g. a settings file value that was replaced by its default. */
  notices: string[];
  /** Sales whose outcome is still being checked with Gigastore. */
  unresolvedSales: number;
  /** Sales Gigastore charged twice whose duplicate is not refunded yet (a manager refunds it from History). */
  doubleCharges: string[];
  /** Background checks with Gigastore that failed in a row, and the last one's sentence. */
  reconcileFailures: { count: number; message?: string; at?: string };
  /** The clerk on shift, when one started it. */
  shift: { clerk?: string };
  /**
   * Whether a manager PIN exists and whether a manager unlocked the console (for a few minutes). problem:
   * the PIN record is missing or unreadable, so every manager action is locked (the sentence says what to do).
   */
  manager: { pinSet: boolean; unlocked: boolean; problem?: string };
  /** The organisation's policy: the settings it fixes, or why it was refused (then Settings are read-only). */
  policy?: PolicyView;
  /** An app update downloaded and waiting to install. */
  update?: UpdateView;
}

/** Every call returns an envelope: Electron reduces an error thrown across IPC to its message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export interface ConsoleApi extends ReportApi, PhoneCheckApi, CoverageApi {
  getOverview(): Promise<Overview>;
  listCatalogue(): Promise<CatalogueItem[]>;
  startSale(request: SaleRequest): Promise<Handoff>;
  /** The clerk is confirming this package (or stopped): the customer display shows it before any charge. */
  previewSale(preview: SalePreview): Promise<void>;
  currentHandoff(): Promise<Handoff | null>;
  /** The clerk left the handoff screen: stop following the eSIM. */
  leaveHandoff(): Promise<void>;
  /** Keep following an eSIM after the follow time-out. */
  keepFollowing(): Promise<void>;
  /** Demo mode only: the customer's phone scans the QR and the eSIM ends in `outcome`. */
  simulateScan(outcome: ScanOutcome): Promise<void>;
  /** Demo mode only (a hidden control): stage a Gigastore failure on the simulator. */
  stageDemoFault(fault: DemoFault): Promise<void>;
  updateSettings(patch: z.infer<typeof SettingsPatchSchema>): Promise<Settings>;
  setMode(mode: Mode): Promise<Overview>;
  setCredentials(credentials: Credentials): Promise<Overview>;
  /** Authenticates with these credentials against the live Gigastore (nothing is stored) and counts its packages. */
  /** Settings' "Test": the inventory's size, and the API version when Gigastore names one. */
  testCredentials(credentials: Credentials): Promise<{ inventorySize: number; apiVersion?: string }>;
  /** Opens a known help page (the Gigastore portal or its docs) in the system browser. */
  openHelpPage(page: HelpPage): Promise<void>;
  /** The displays connected now, for the customer display setting. */
  listDisplays(): Promise<DisplayOption[]>;
  /** Sets the manager PIN: the first time freely, afterwards with the current one. */
  setManagerPin(change: PinChange): Promise<Overview>;
  /** A manager unlocks the guarded actions (settings, credentials, mode, refunds) for a few minutes. */
  unlockManager(pin: string): Promise<Overview>;
  lockManager(): Promise<Overview>;
  /** Forgot the PIN (or it is broken): removes it, erases the stored credentials and returns to demo mode. */
  resetManagerPin(reset: PinReset): Promise<Overview>;
  /** A clerk starts their shift (a name from settings.clerks); every sale, refund and reprint carries it. */
  startShift(clerk: string): Promise<Overview>;
  endShift(): Promise<Overview>;
  /** Finds customers by ICCID or email (exact matches first, else by prefix): masked, no activation code. */
  lookupCustomer(lookup: Lookup): Promise<CustomerMatch[]>;
  /** Opens one customer of the last look-up: email, eSIMs, packages. Recorded with the clerk on shift. */
  openCustomer(customerUid: string): Promise<CustomerCareView>;
  /** The activation code of an opened customer's RELEASED eSIM, for its QR shown again. Recorded. */
  showEsimQr(request: EsimQrRequest): Promise<EsimQr>;
  /** A top-up or a second eSIM for an existing customer, sold like a first sale (journal, no double charge). */
  startCareSale(sale: CareSale): Promise<Handoff>;
  /** Refunds an unused, still valid package (manager PIN); Gigastore's refusal is returned verbatim. */
  refundPackage(refund: RefundRequest): Promise<RefundOutcome>;
  /** Refunds the duplicate charges of a sale charged twice (manager PIN), one outcome per duplicate. */
  refundDuplicate(saleId: string): Promise<RefundOutcome[]>;
  /** Starts an ON_DEMAND package now. */
  startPackage(activatedItemUid: string): Promise<void>;
  /** Prints the refund slip of a refunded sale. */
  printRefundSlip(saleId: string): Promise<void>;
  /** Sends the sale on screen again, with the same sale id: only once Gigastore is known not to have it. */
  retrySale(): Promise<Handoff>;
  /** Checks every sale of uncertain outcome with Gigastore now. */
  reconcileNow(): Promise<ReconcileResult[]>;
  listSales(query: SalesQuery): Promise<SaleView[]>;
  getSale(saleId: string): Promise<SaleView>;
  /** Reads the sale's eSIM state from Gigastore and records it. */
  refreshSale(saleId: string): Promise<SaleView>;
  /** Puts a completed sale back on screen (its QR while the eSIM is still RELEASED). */
  showSale(saleId: string): Promise<Handoff>;
  /** The printers the operating system offers, for the receipt printer setting. */
  listPrinters(): Promise<PrinterInfo[]>;
  /** Prints the sale's receipt on the printer, paper and copies from settings. */
  printReceipt(saleId: string): Promise<void>;
  /** Saves the sale's receipt as a PDF where the clerk chooses; null when the clerk cancels. */
  saveReceiptPdf(saleId: string): Promise<{ path: string } | null>;
  /** Everything that happened at this counter in a date range, oldest first, with who did it. */
  listActivity(range: DateRange): Promise<ActivityEntry[]>;
  /** Saves the activity of a date range as CSV where the clerk chooses; null when the clerk cancels. */
  exportActivityCsv(range: DateRange): Promise<{ path: string } | null>;
  /** Saves the sales of a date range as CSV where the clerk chooses; null when the clerk cancels. */
  exportSalesCsv(range: DateRange): Promise<{ path: string } | null>;
}

export type ConsoleMethod = keyof ConsoleApi;

const none = z.tuple([]);

/** Argument schemas per method; the `satisfies` keeps this table and the interface in step. */
export const consoleArgs = {
  getOverview: none,
  listCatalogue: none,
  startSale: z.tuple([SaleRequestSchema]),
  previewSale: z.tuple([SalePreviewSchema]),
  currentHandoff: none,
  leaveHandoff: none,
  keepFollowing: none,
  simulateScan: z.tuple([ScanOutcomeSchema]),
  stageDemoFault: z.tuple([DemoFaultSchema]),
  updateSettings: z.tuple([SettingsPatchSchema]),
  setMode: z.tuple([ModeSchema]),
  setCredentials: z.tuple([CredentialsSchema]),
  setManagerPin: z.tuple([PinChangeSchema]),
  testCredentials: z.tuple([CredentialsSchema]),
  listDisplays: none,
  openHelpPage: z.tuple([HelpPageSchema]),
  unlockManager: z.tuple([PinSchema]),
  lockManager: none,
  resetManagerPin: z.tuple([PinResetSchema]),
  retrySale: none,
  startShift: z.tuple([z.string().trim().min(1).max(40)]),
  endShift: none,
  lookupCustomer: z.tuple([LookupSchema]),
  openCustomer: z.tuple([OpenCustomerSchema]),
  showEsimQr: z.tuple([EsimQrRequestSchema]),
  startCareSale: z.tuple([CareSaleSchema]),
  refundPackage: z.tuple([RefundRequestSchema]),
  refundDuplicate: z.tuple([SaleIdSchema]),
  startPackage: z.tuple([z.string().min(1).max(100)]),
  printRefundSlip: z.tuple([z.string().min(1).max(80)]),
  reconcileNow: none,
  listSales: z.tuple([SalesQuerySchema]),
  getSale: z.tuple([SaleIdSchema]),
  refreshSale: z.tuple([SaleIdSchema]),
  showSale: z.tuple([SaleIdSchema]),
  exportSalesCsv: z.tuple([DateRangeSchema]),
  listActivity: z.tuple([DateRangeSchema]),
  exportActivityCsv: z.tuple([DateRangeSchema]),
  listPrinters: none,
  printReceipt: z.tuple([SaleIdSchema]),
  saveReceiptPdf: z.tuple([SaleIdSchema]),
  ...reportArgs,
  ...phoneCheckArgs,
  ...coverageArgs,
} satisfies { [M in ConsoleMethod]: z.ZodType<Parameters<ConsoleApi[M]>> };

/** Events main pushes to the counter window. */
export interface ConsoleEvents {
  handoff: Handoff | null;
  overview: Overview;
  /** A sale's journal record changed (the history screen refreshes it). */
  sale: SaleView;
}
export type ConsoleEventName = keyof ConsoleEvents;
