// The console's way to Gigastore: the backend (the simulator in demo mode, the live API with the sealed
// credentials), the connection state it learns from every call and from GET /gigastore/version read on a
// schedule ("online means Gigastore answers"), and the inventory as last listed; and what changes when the
// console starts talking to another Gigastore.
import { Backend } from '../backend';
import { Connectivity } from '../connectivity';
import { GigastoreOnline } from '../gigastore-online';
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
  options: Pick<ConsoleOptions, 'startDemo' | 'clientTuning' | 'probeEveryMs' | 'onlineEveryMs'>;
}

interface GigastoreAccess {
  backend: Backend;
  connection: Connectivity;
  /** GET /gigastore/version on a schedule: started with the console, stopped when it closes. */
  online: GigastoreOnline;
  catalogue: Catalogue;
  /** Another Gigastore (demo or live, or credentials erased): its client, inventory and reachability are another's. */
  switched: () => void;
}

export function gigastoreAccess({ settings, vault, log, overview, options }: AccessParts): GigastoreAccess {
  const online = new GigastoreOnline({
    version: async () => (await backend.client()).version(),
    onChange: (reading) => connection.observe(reading),
    ...(options.onlineEveryMs === undefined ? {} : { onlineEveryMs: options.onlineEveryMs }),
    ...(options.probeEveryMs === undefined ? {} : { offlineEveryMs: options.probeEveryMs }),
  });
  // Offline after a call failed: the version is asked again; its answer, changed or not, is the state.
  const connection: Connectivity = new Connectivity(
    async (): Promise<void> => connection.observe(await online.checkNow()),
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
  return { backend, connection, online, catalogue, switched };
}
