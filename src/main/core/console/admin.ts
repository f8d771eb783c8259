// The manager's side of the console: settings, demo or live, credentials, the PIN, displays, help pages
// and demo mode's staged failures. What can cost money or change how the store sells needs the PIN. The
// credentials are sealed with the live address they were entered for, the manager's approval of live mode
// and the PIN record in force (see core/vault): a change to any of these made here seals them again.
import type { Credentials, DemoFault, DisplayOption, HelpPage, Overview, PinChange } from '../../../shared/api';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import { ConsoleError } from '../errors';
import { openExternalPage } from '../external-links';
import { createGigastoreClient } from '../gigastore/client';
import { enteredElsewhere, type SealedCredentials } from '../vault';
import type { ConsoleContext } from './context';

export class Administration {
  constructor(private readonly context: ConsoleContext) {}

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    this.context.manager.assertManager('change the settings');
    const settings = this.context.options.settings.update(patch);
    this.context.backend.forgetClient();
    this.context.audit('settings', Object.keys(patch).join(', '));
    this.context.emitOverview();
    return settings;
  }

  async setMode(mode: Settings['mode']): Promise<Overview> {
    const { desk, manager, options } = this.context;
    this.refuseWhileSelling('switching between demo and live');
    if (mode === 'live' && !manager.status().pinSet) {
      throw new ConsoleError(
        'manager.no-pin',
        'Set a manager PIN before switching to live mode: it guards the live credentials and settings.',
      );
    }
    manager.assertManager('switch between demo and live');
    const sealed = options.vault.read();
    if (mode === 'live' && !sealed) {
      throw new ConsoleError(
        'settings.no-credentials',
        'Enter the Gigastore client id and secret before switching to live mode.',
      );
    }
    const { liveBaseUrl } = options.settings.read();
    if (mode === 'live' && sealed && sealed.baseUrl !== liveBaseUrl) {
      throw new ConsoleError('settings.credentials-elsewhere', enteredElsewhere(sealed.baseUrl, liveBaseUrl));
    }
    desk.leave();
    // The approval is sealed before live is written, and withdrawn after demo is: never live without it.
    if (mode === 'live' && sealed) await options.vault.write({ ...sealed, liveApproved: true });
    options.settings.setMode(mode);
    if (mode === 'demo' && sealed?.liveApproved) await options.vault.write({ ...sealed, liveApproved: false });
    this.context.catalogue.clear();
    this.context.connectivity.reset();
    this.context.audit('mode', mode);
    this.context.emitOverview();
    if (options.journal.unresolved().length) void this.context.reconciler.kick().catch(() => undefined);
    return this.context.overview();
  }

  async setCredentials(credentials: Credentials): Promise<Overview> {
    const { manager, options } = this.context;
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
      baseUrl: options.settings.read().liveBaseUrl,
      liveApproved: options.vault.read()?.liveApproved ?? false,
      pinHash,
    };
    await options.vault.write(sealed);
    this.context.backend.forgetClient();
    this.context.audit('credentials', 'changed');
    this.context.emitOverview();
    return this.context.overview();
  }

  async testCredentials(credentials: Credentials): Promise<{ inventorySize: number }> {
    this.context.manager.assertManager('test Gigastore credentials');
    const client = createGigastoreClient({
      ...this.context.options.clientTuning,
      baseUrl: this.context.options.settings.read().liveBaseUrl,
      credentials: () => credentials,
    });
    await client.checkCredentials();
    return { inventorySize: (await client.inventory()).length };
  }

  openHelpPage(page: HelpPage): Promise<void> {
    return openExternalPage(page, this.context.options.openExternal);
  }

  async listDisplays(): Promise<DisplayOption[]> {
    return this.context.options.displays?.() ?? [];
  }

  async setManagerPin(change: PinChange): Promise<Overview> {
    const { vault } = this.context.options;
    // The stored credentials are sealed to the new record before it is written.
    await this.context.manager.setPin(change.next, change.current, async (record) => {
      const sealed = vault.read();
      if (sealed) await vault.write({ ...sealed, pinHash: record.hash });
    });
    this.context.audit('manager-pin', 'set');
    return this.changed();
  }

  /**
   * The way out of a forgotten or broken PIN, for anyone at the counter: it erases what the PIN guarded
   * (the stored credentials, and with them live mode) before the PIN goes, so it gains nobody the secret.
   */
  async resetManagerPin(): Promise<Overview> {
    const { options, manager, backend } = this.context;
    this.refuseWhileSelling('resetting the manager PIN');
    this.context.desk.leave();
    await options.vault.erase();
    options.settings.setMode('demo');
    await manager.reset();
    backend.forgetClient();
    this.context.catalogue.clear();
    this.context.connectivity.reset();
    this.context.audit('manager-pin-reset', 'PIN removed, Gigastore credentials erased, demo mode');
    return this.changed();
  }

  async unlockManager(pin: string): Promise<Overview> {
    await this.context.manager.unlock(pin);
    return this.changed();
  }

  async lockManager(): Promise<Overview> {
    this.context.manager.lock();
    return this.changed();
  }

  async stageDemoFault(fault: DemoFault): Promise<void> {
    const world = await this.context.backend.demo();
    if (!world) throw new ConsoleError('demo.only', 'Staging a Gigastore failure is only possible in demo mode.');
    world.stage(fault);
  }

  private refuseWhileSelling(doing: string): void {
    const onScreen = this.context.desk.handoff();
    if (onScreen && onScreen.phase !== 'failed' && onScreen.phase !== 'not-charged') {
      throw new ConsoleError('sale.open', `Finish the sale on screen before ${doing}.`);
    }
  }

  private changed(): Promise<Overview> {
    this.context.emitOverview();
    return this.context.overview();
  }
}
