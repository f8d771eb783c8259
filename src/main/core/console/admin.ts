// The manager's side of the console: settings, demo or live, credentials, the PIN, displays, help pages
// and demo mode's staged failures. What can cost money or change how the store sells needs the PIN.
import type { Credentials, DemoFault, DisplayOption, HelpPage, Overview, PinChange } from '../../../shared/api';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import { ConsoleError } from '../errors';
import { openExternalPage } from '../external-links';
import { createGigastoreClient } from '../gigastore/client';
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
    const onScreen = desk.handoff();
    if (onScreen && onScreen.phase !== 'failed' && onScreen.phase !== 'not-charged') {
      throw new ConsoleError('sale.open', 'Finish the sale on screen before switching between demo and live.');
    }
    if (mode === 'live' && !manager.status().pinSet) {
      throw new ConsoleError(
        'manager.no-pin',
        'Set a manager PIN before switching to live mode: it guards the live credentials and settings.',
      );
    }
    manager.assertManager('switch between demo and live');
    if (mode === 'live' && !options.vault.describe().configured) {
      throw new ConsoleError(
        'settings.no-credentials',
        'Enter the Gigastore client id and secret before switching to live mode.',
      );
    }
    desk.leave();
    options.settings.setMode(mode);
    this.context.catalogue.clear();
    this.context.connectivity.reset();
    this.context.audit('mode', mode);
    this.context.emitOverview();
    if (options.journal.unresolved().length) void this.context.reconciler.kick().catch(() => undefined);
    return this.context.overview();
  }

  async setCredentials(credentials: Credentials): Promise<Overview> {
    this.context.manager.assertManager('change the Gigastore credentials');
    await this.context.options.vault.write(credentials);
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
    await this.context.manager.setPin(change.next, change.current);
    this.context.audit('manager-pin', 'set');
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

  private changed(): Promise<Overview> {
    this.context.emitOverview();
    return this.context.overview();
  }
}
