// The manager's side of Settings: the settings themselves, demo or live, the Gigastore credentials (and a
// test of them), help pages and displays. What can cost money or change how the store sells needs the
// PIN. The credentials are sealed with the live address they were entered for, the manager's approval of
// live mode and the PIN record in force (see core/vault): a change to any of these made here seals them
// again. The PIN itself is in manager.ts.
import type { ConsoleApi, Credentials, DisplayOption, HelpPage, Overview } from '../../../shared/api';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import type { Backend } from '../backend';
import { ConsoleError } from '../errors';
import { openExternalPage } from '../external-links';
import { createGigastoreClient } from '../gigastore/client';
import type { AuditEntry } from '../journal/audit-trail';
import type { ReconcileLoop } from '../journal/reconcile-loop';
import type { SalesJournal } from '../journal/sales-journal';
import type { ManagerLock } from '../manager-pin';
import type { SaleDesk } from '../sale-desk';
import type { SettingsStore } from '../settings';
import { enteredElsewhere, type CredentialVault, type SealedCredentials } from '../vault';
import type { ConsoleOptions } from './options';
import type { OverviewBoard } from './overview';

interface AdminParts {
  manager: Pick<ManagerLock, 'assertManager' | 'status' | 'recordHash'>;
  settings: SettingsStore;
  vault: CredentialVault;
  backend: Pick<Backend, 'forgetClient'>;
  desk: Pick<SaleDesk, 'assertFree' | 'leave'>;
  journal: Pick<SalesJournal, 'unresolved'>;
  checks: Pick<ReconcileLoop, 'kick'>;
  audit: (action: AuditEntry['action'], detail: string) => void;
  /** Another Gigastore from now on: the inventory and the connection state are another one's. */
  switched: () => void;
  overview: Pick<OverviewBoard, 'announce' | 'changed'>;
  options: Pick<ConsoleOptions, 'clientTuning' | 'openExternal' | 'displays'>;
}

type AdminCalls = 'updateSettings' | 'setMode' | 'setCredentials' | 'testCredentials' | 'openHelpPage' | 'listDisplays';

export class Administration implements Pick<ConsoleApi, AdminCalls> {
  constructor(private readonly parts: AdminParts) {}

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    this.parts.manager.assertManager('change the settings');
    const settings = this.parts.settings.update(patch);
    this.parts.backend.forgetClient();
    this.parts.audit('settings', Object.keys(patch).join(', '));
    this.parts.overview.announce();
    return settings;
  }

  async setMode(mode: Settings['mode']): Promise<Overview> {
    const { desk, manager, vault, settings } = this.parts;
    // Under a refused policy nothing is sealed either: never live, not even half way, with half a policy.
    if (settings.locked) throw new ConsoleError('settings.policy-refused', settings.locked);
    desk.assertFree('Finish the sale on screen before switching between demo and live.');
    if (mode === 'live' && !manager.status().pinSet) {
      throw new ConsoleError(
        'manager.no-pin',
        'Set a manager PIN before switching to live mode: it guards the live credentials and settings.',
      );
    }
    manager.assertManager('switch between demo and live');
    const sealed = vault.read();
    if (mode === 'live') assertSealedFor(sealed, settings.read().liveBaseUrl);
    desk.leave();
    // The approval is sealed before live is written, and withdrawn after demo is: never live without it.
    if (mode === 'live' && sealed) await vault.write({ ...sealed, liveApproved: true });
    settings.setMode(mode);
    if (mode === 'demo' && sealed?.liveApproved) await vault.write({ ...sealed, liveApproved: false });
    this.parts.switched();
    this.parts.audit('mode', mode);
    const overview = this.parts.overview.changed();
    if (this.parts.journal.unresolved().length) void this.parts.checks.kick().catch(() => undefined);
    return overview;
  }

  async setCredentials(credentials: Credentials): Promise<Overview> {
    const { manager, vault, settings } = this.parts;
    if (settings.locked) throw new ConsoleError('settings.policy-refused', settings.locked);
    manager.assertManager('change the Gigastore credentials');
    const pinHash = manager.recordHash();
    if (!pinHash) {
      throw new ConsoleError(
        'manager.no-pin',
        'Set a manager PIN before entering the Gigastore credentials: it guards them.',
      );
    }
    // Bound to the live address shown in Settings now: they will be sent there and nowhere else.
    const sealed: SealedCredentials = {
      ...credentials,
      baseUrl: settings.read().liveBaseUrl,
      liveApproved: vault.read()?.liveApproved ?? false,
      pinHash,
    };
    await vault.write(sealed);
    this.parts.backend.forgetClient();
    this.parts.audit('credentials', 'changed');
    return this.parts.overview.changed();
  }

  async testCredentials(credentials: Credentials): ReturnType<ConsoleApi['testCredentials']> {
    this.parts.manager.assertManager('test Gigastore credentials');
    const client = createGigastoreClient({
      ...this.parts.options.clientTuning,
      baseUrl: this.parts.settings.read().liveBaseUrl,
      credentials: () => credentials,
    });
    await client.checkCredentials();
    const inventorySize = (await client.inventory()).length;
    // The version is a courtesy here: a Gigastore that names none still passed the test.
    const apiVersion = await client.version().catch(() => undefined);
    return apiVersion === undefined ? { inventorySize } : { inventorySize, apiVersion };
  }

  openHelpPage(page: HelpPage): Promise<void> {
    return openExternalPage(page, this.parts.options.openExternal);
  }

  async listDisplays(): Promise<DisplayOption[]> {
    return this.parts.options.displays?.() ?? [];
  }
}

/** Live mode needs credentials, entered for the live address in Settings. */
function assertSealedFor(sealed: SealedCredentials | undefined, liveBaseUrl: string): void {
  if (!sealed) {
    throw new ConsoleError(
      'settings.no-credentials',
      'Enter the Gigastore client id and secret before switching to live mode.',
    );
  }
  if (sealed.baseUrl !== liveBaseUrl) {
    throw new ConsoleError('settings.credentials-elsewhere', enteredElsewhere(sealed.baseUrl, liveBaseUrl));
  }
}
