// What the app (src/main/index.ts), the browser tests and the unit tests hand the console: its stores,
// its ports to the machine (printer, save dialog, displays, browser), and test-sized waits.
import type { DisplayOption, Overview } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';
import type { ClientTuning, DemoWorld } from '../backend';
import type { AuditTrail } from '../journal/audit-trail';
import type { SalesJournal } from '../journal/sales-journal';
import type { Logger } from '../log/logger';
import type { PinStore } from '../manager-pin';
import type { ReceiptPrinter } from '../receipt/printer';
import type { SettingsStore } from '../settings';
import type { CredentialVault } from '../vault';

/** What the app adds to the overview: the policy and the update the clerk should know about. */
export type OverviewExtras = Pick<Overview, 'policy' | 'update'>;

export interface ConsoleOptions {
  settings: SettingsStore;
  vault: CredentialVault;
  journal: SalesJournal;
  startDemo: () => Promise<DemoWorld>;
  /** Who changed settings, mode, credentials, PIN or shift, and when (History's activity, the CSV). */
  audit?: AuditTrail;
  /** Where the manager PIN's hash and its wrong tries are kept (the vault's file in the app); in memory when absent. */
  pins?: PinStore;
  /** Opens a URL in the system browser (shell.openExternal in the app); only allow-listed pages reach it. */
  openExternal?: (url: string) => Promise<void>;
  /** The displays connected now (Electron's screen module in the app). */
  displays?: () => DisplayOption[];
  /** Where events are logged (redacted by the logger). */
  log?: Logger;
  /** Told every value that must never be logged (each sale's matching id), for the log's redactor. */
  secret?: (value: string) => void;
  /** The receipt printer (Electron's print window in the app). */
  printer?: ReceiptPrinter;
  /** Where an export goes: the app asks the clerk with a save dialog. Resolves undefined when cancelled. */
  saveFile?: (suggestedName: string, content: string) => Promise<string | undefined>;
  clientTuning?: ClientTuning;
  now?: () => Date;
  /** What the app knows beside the console, in every overview: the policy, an update waiting. */
  overviewExtras?: () => OverviewExtras;
  /** Sentences from start-up for the clerk (a settings file kept aside, credentials unreadable). */
  startupNotices?: readonly string[];
  /** The delay between reads of a pending eSIM; by default the poll interval from settings. */
  pollIntervalMs?: (followedForMs: number, settings: Settings) => number;
  /** How often sales of unknown outcome are looked for while there are any. */
  reconcileEveryMs?: number;
  /** How often Gigastore is looked at for a late or second charge while a sale is watched. */
  watchEveryMs?: number;
  /** How often Gigastore is probed while it cannot be reached. */
  probeEveryMs?: number;
  /** How often GET /gigastore/version is asked while Gigastore answers (a minute by default). */
  onlineEveryMs?: number;
}
