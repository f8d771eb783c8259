// The console's way to Gigastore: the backend (the simulator in demo mode, the live API with the sealed
// credentials), the connection state it learns from every call, and the inventory as last listed; and
// what changes when the console starts talking to another Gigastore.
import { Backend } from '../backend';
import { Connectivity } from '../connectivity';
import type { SettingsStore } from '../settings';
import type { CredentialVault } from '../vault';
import type { Logger } from '../log/logger';
import { Catalogue } from './catalogue';
import type { ConsoleOptions } from './options';
import type { OverviewBoard } from './overview';

interface AccessParts {
  settings: SettingsStore;
  vault: CredentialVault;
  log: Logger;
  /** Hears when the connection state changes. */
  overview: Pick<OverviewBoard, 'announce'>;
  options: Pick<ConsoleOptions, 'startDemo' | 'clientTuning' | 'probeEveryMs'>;
}

interface GigastoreAccess {
  backend: Backend;
  connection: Connectivity;
  catalogue: Catalogue;
  /** Another Gigastore (demo or live, or credentials erased): its client, inventory and reachability are another's. */
  switched: () => void;
}

export function gigastoreAccess({ settings, vault, log, overview, options }: AccessParts): GigastoreAccess {
  const connection = new Connectivity(
    async () => (await backend.client()).inventory(),
    (info) => {
      (info.state === 'offline' ? log.warn : log.info)('connection', { ...info });
      overview.announce();
    },
    options.probeEveryMs,
  );
  const backend = new Backend(settings, vault, options.startDemo, {
    ...options.clientTuning,
    onSettled: (outcome) => connection.learn(outcome),
  });
  const catalogue = new Catalogue(() => backend.client());
  const switched = () => {
    backend.forgetClient();
    catalogue.clear();
    connection.reset();
  };
  return { backend, connection, catalogue, switched };
}
