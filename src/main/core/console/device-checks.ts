// "Will it work on this phone?" on the confirm screen: the customer's phone checked against Gigastore's
// supported devices list (core/devices/device-catalogue.ts, kept in the data folder a day). Demo mode keeps
// the simulator's list in a folder of its own, so a demo list never answers for live. The outcome goes to
// the customer display too (its confirm screen shows one line and the carrier-lock reminder).
import { dirname, join } from 'node:path';
import type { ConsoleApi } from '../../../shared/api';
import type { DeviceCheckOutcome, DeviceCheckView } from '../../../shared/device-check';
import type { Backend } from '../backend';
import { DeviceCatalogue } from '../devices/device-catalogue';
import type { SalesJournal } from '../journal/sales-journal';
import type { SettingsStore } from '../settings';

interface DeviceCheckParts {
  backend: Pick<Backend, 'client'>;
  settings: SettingsStore;
  /** The journal lives in the data folder: the list is kept beside it. */
  journal: Pick<SalesJournal, 'path'>;
  /** Told each check's outcome (the customer display). */
  checked: (outcome: DeviceCheckOutcome) => void;
}

export class DeviceChecks implements Pick<ConsoleApi, 'checkDevice'> {
  private readonly catalogues = new Map<string, DeviceCatalogue>();

  constructor(private readonly parts: DeviceCheckParts) {}

  async checkDevice(text: string): Promise<DeviceCheckView> {
    const check = await this.catalogue().check(text);
    this.parts.checked(check.outcome);
    return {
      query: check.query,
      outcome: check.outcome,
      matches: check.matches.map(({ name, exact }) => ({ name, exact })),
      fetchedAt: check.fetchedAt,
      stale: check.stale,
    };
  }

  private catalogue(): DeviceCatalogue {
    const { mode } = this.parts.settings.read();
    const dataDir = dirname(this.parts.journal.path);
    let catalogue = this.catalogues.get(mode);
    if (!catalogue) {
      catalogue = new DeviceCatalogue({
        dataDir: mode === 'demo' ? join(dataDir, 'demo') : dataDir,
        fetchDevices: async () => (await this.parts.backend.client()).supportedDevices(),
      });
      this.catalogues.set(mode, catalogue);
    }
    return catalogue;
  }
}
