// The manager PIN at the counter: set it (the first time freely, then with the current one), unlock the
// guarded actions for a few minutes, lock them again, and the way out of a forgotten PIN. The stored
// credentials are sealed to the PIN record in force, so a change of the PIN seals them again first.
import type { ConsoleApi, Overview, PinChange } from '../../../shared/api';
import type { AuditEntry } from '../journal/audit-trail';
import { ManagerLock, memoryPinStore } from '../manager-pin';
import type { SaleDesk } from '../sale-desk';
import type { SettingsStore } from '../settings';
import type { CredentialVault } from '../vault';
import type { ConsoleOptions } from './options';
import type { OverviewBoard } from './overview';

interface LockParts {
  vault: CredentialVault;
  now: () => Date;
  audit: (action: AuditEntry['action'], detail: string) => void;
  /** pins: where the PIN record is kept (in memory when absent); settings: as stored, before any approval. */
  options: Pick<ConsoleOptions, 'pins' | 'settings'>;
}

/** The lock on the manager's actions, bound to the PIN record the stored credentials were sealed with. */
export function managerLock({ vault, now, audit, options }: LockParts): ManagerLock {
  return new ManagerLock(options.pins ?? memoryPinStore(), {
    now: () => now().getTime(),
    audit,
    // A missing PIN opens nothing while credentials are stored or settings.json asks for live mode.
    required: () => vault.read() !== undefined || options.settings.read().mode === 'live',
    sealedPinHash: () => vault.read()?.pinHash,
  });
}

interface ManagerParts {
  manager: ManagerLock;
  vault: CredentialVault;
  settings: SettingsStore;
  desk: Pick<SaleDesk, 'assertFree' | 'leave'>;
  audit: (action: AuditEntry['action'], detail: string) => void;
  /** Another Gigastore from now on: the client, the inventory and the connection state are another one's. */
  switched: () => void;
  overview: Pick<OverviewBoard, 'changed'>;
}

type ManagerCalls = 'setManagerPin' | 'unlockManager' | 'lockManager' | 'resetManagerPin';

export class ManagerDesk implements Pick<ConsoleApi, ManagerCalls> {
  constructor(private readonly parts: ManagerParts) {}

  async setManagerPin(change: PinChange): Promise<Overview> {
    const { vault } = this.parts;
    // The stored credentials are sealed to the new record before it is written.
    await this.parts.manager.setPin(change.next, change.current, async (record) => {
      const sealed = vault.read();
      if (sealed) await vault.write({ ...sealed, pinHash: record.hash });
    });
    this.parts.audit('manager-pin', 'set');
    return this.parts.overview.changed();
  }

  /**
   * The way out of a forgotten or broken PIN, for anyone at the counter: it erases what the PIN guarded
   * (the stored credentials, and with them live mode) before the PIN goes, so it gains nobody the secret.
   */
  async resetManagerPin(): Promise<Overview> {
    const { desk, vault, settings, manager } = this.parts;
    desk.assertFree('Finish the sale on screen before resetting the manager PIN.');
    desk.leave();
    await vault.erase();
    settings.setMode('demo');
    await manager.reset();
    this.parts.switched();
    this.parts.audit('manager-pin-reset', 'PIN removed, Gigastore credentials erased, demo mode');
    return this.parts.overview.changed();
  }

  async unlockManager(pin: string): Promise<Overview> {
    await this.parts.manager.unlock(pin);
    return this.parts.overview.changed();
  }

  async lockManager(): Promise<Overview> {
    this.parts.manager.lock();
    return this.parts.overview.changed();
  }
}
