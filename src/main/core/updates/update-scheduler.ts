// When the app looks for, downloads and installs an update. The one rule that matters: an install (which
// closes the console) never happens while a sale is under way or a sale's outcome is being checked. It
// happens only at an install opportunity, and only while busy() says no:
//   - the end of a shift (until the next clerk starts one);
//   - the start of the console (for a short while, until the first sale or shift), which picks up an
//     update downloaded during the last run: electron-updater finds it in its cache at the first check.
// Checks run at start and every few hours; the download runs in the background. Plain Node: the Electron
// side is the UpdaterPort (glue/updater.ts in the app, a stand-in in tests).
import type { UpdateView } from '../../../shared/updates';
import { silentLogger, type Logger } from '../log/logger';

export interface UpdaterPort {
  /** Reads the feed: the newer version it offers, or undefined when this one is current. */
  check(): Promise<string | undefined>;
  /** Downloads the version check() found; resolves once it is ready to install. */
  download(): Promise<void>;
  /** Closes the console and installs the downloaded version, which then starts. */
  install(): void;
}

export interface UpdateSchedulerOptions {
  updater: UpdaterPort;
  /** A sale under way (on screen, being confirmed) or a sale's outcome being checked with Gigastore. */
  busy: () => boolean;
  /** Whether this counter works in shifts (clerks are listed): then updates wait for the end of one. */
  worksInShifts: () => boolean;
  /** Told whenever what the clerk sees (view()) changes. */
  onChange?: () => void;
  log?: Logger;
  checkEveryMs?: number;
  /** While an opportunity is open but the counter is busy: how often to look again. */
  retryInstallMs?: number;
  /** How long after start an update may still install "on start" (if nothing has been sold meanwhile). */
  startWindowMs?: number;
  now?: () => number;
}

type Phase =
  | { name: 'idle' }
  | { name: 'checking' }
  | { name: 'downloading'; version: string }
  | { name: 'ready'; version: string }
  | { name: 'installing'; version: string };

type Opportunity = { kind: 'start'; until: number } | { kind: 'shift-end' } | undefined;

const HOUR = 3_600_000;

export class UpdateScheduler {
  private phase: Phase = { name: 'idle' };
  private opportunity: Opportunity;
  private checkTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly log: Logger;
  private readonly now: () => number;

  constructor(private readonly options: UpdateSchedulerOptions) {
    this.log = options.log ?? silentLogger;
    this.now = options.now ?? Date.now;
  }

  /** At start-up: the start opportunity opens, a check runs now and then every few hours. */
  start(): void {
    this.opportunity = { kind: 'start', until: this.now() + (this.options.startWindowMs ?? 120_000) };
    void this.check();
    this.checkTimer = setInterval(() => void this.check(), this.options.checkEveryMs ?? 4 * HOUR);
  }

  shiftEnded(): void {
    this.opportunity = { kind: 'shift-end' };
    this.tryInstall();
  }

  /** A clerk took over the counter: the update waits for the end of this shift. */
  shiftStarted(): void {
    this.opportunity = undefined;
    this.stopRetrying();
  }

  stop(): void {
    clearInterval(this.checkTimer);
    this.stopRetrying();
  }

  /** What the clerk sees: nothing until an update is downloaded. */
  view(): UpdateView | undefined {
    const { phase } = this;
    if (phase.name === 'installing') return { state: 'installing', version: phase.version };
    if (phase.name !== 'ready') return undefined;
    return {
      state: 'ready',
      version: phase.version,
      installsAt: this.options.worksInShifts() ? 'shift-end' : 'next-start',
    };
  }

  private async check(): Promise<void> {
    if (this.phase.name !== 'idle') return; // one at a time; a downloaded update waits for its install
    this.phase = { name: 'checking' };
    let version: string | undefined;
    try {
      version = await this.options.updater.check();
      if (version === undefined) return void (this.phase = { name: 'idle' });
      this.phase = { name: 'downloading', version };
      this.log.info('update', { found: version });
      await this.options.updater.download();
    } catch (error) {
      this.log.warn('update', { failed: this.phase.name, message: (error as Error).message });
      this.phase = { name: 'idle' }; // tried again at the next check
      return;
    }
    this.phase = { name: 'ready', version };
    this.log.info('update', { ready: version });
    this.options.onChange?.();
    this.tryInstall();
  }

  /** Installs when an opportunity is open, an update is ready and nothing is busy; else looks again soon. */
  private tryInstall(): void {
    this.stopRetrying();
    const { phase } = this;
    if (!this.opportunityOpen() || phase.name !== 'ready') return;
    if (this.options.busy()) {
      // The start opportunity is for a console nobody has used yet: a sale closes it.
      if (this.opportunity?.kind === 'start') return void (this.opportunity = undefined);
      this.retryTimer = setTimeout(() => this.tryInstall(), this.options.retryInstallMs ?? 15_000);
      return;
    }
    this.phase = { name: 'installing', version: phase.version };
    this.log.info('update', { installing: phase.version, at: this.opportunity?.kind });
    this.options.onChange?.();
    this.options.updater.install();
  }

  private opportunityOpen(): boolean {
    const { opportunity } = this;
    if (opportunity?.kind === 'start' && this.now() > opportunity.until) this.opportunity = undefined;
    return this.opportunity !== undefined;
  }

  private stopRetrying(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
