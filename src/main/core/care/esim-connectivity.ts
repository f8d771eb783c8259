// "Is it connected?": what Gigastore's connectivity answer says about one eSIM, as Customer care shows it:
// seen on a network or not, when it was last seen and where (country, network), and the plain steps the
// clerk walks the customer through, chosen by the situation. Sentences are translation keys (clerk's
// window: en, de); the CLI prints their English.
import type { EsimConnectivity } from '../../../shared/gigastore-connectivity';
import type { TolerantReads } from '../gigastore/reads';

import type { ConnectivitySituation, ConnectivityView, GuidanceKey } from '../../../shared/esim-connectivity';

export type { ConnectivitySituation, ConnectivityView, GuidanceKey } from '../../../shared/esim-connectivity';

const ROAMING: GuidanceKey = 'connectivity.guidance.roaming';
const MOBILE_DATA: GuidanceKey = 'connectivity.guidance.mobileData';
const RESTART: GuidanceKey = 'connectivity.guidance.restart';

/**
 * The steps by situation. Connected but no data: the phone uses another line for data, or roaming is off.
 * Seen before but not now: a restart makes the phone look for a network again. Never seen: abroad, data
 * roaming off is the usual cause, then the line not chosen for data, then a restart.
 */
const GUIDANCE: Record<ConnectivitySituation, GuidanceKey[]> = {
  connected: [MOBILE_DATA, ROAMING],
  seen: [RESTART, ROAMING, MOBILE_DATA],
  'never-seen': [ROAMING, MOBILE_DATA, RESTART],
  unknown: [ROAMING, MOBILE_DATA, RESTART],
};

function situationOf(reading: EsimConnectivity): ConnectivitySituation {
  if (reading.connected === true) return 'connected';
  if (reading.lastSeen || reading.countryCode || reading.countryName || reading.network) return 'seen';
  if (reading.neverSeen || reading.connected === false) return 'never-seen';
  return 'unknown';
}

const SEEN: Record<ConnectivitySituation, ConnectivityView['seen']> = {
  connected: 'yes',
  seen: 'yes',
  'never-seen': 'no',
  unknown: 'unknown',
};

export function connectivityView(iccid: string, reading: EsimConnectivity): ConnectivityView {
  const situation = situationOf(reading);
  const summary =
    situation === 'seen' && reading.connected === false
      ? 'seenNotNow'
      : situation === 'never-seen'
        ? 'neverSeen'
        : situation;
  return {
    iccid,
    situation,
    seen: SEEN[situation],
    ...(reading.connected === undefined ? {} : { connectedNow: reading.connected }),
    ...(reading.lastSeen ? { lastSeen: reading.lastSeen } : {}),
    where: {
      ...(reading.countryCode ? { countryCode: reading.countryCode } : {}),
      ...(reading.countryName ? { countryName: reading.countryName } : {}),
      ...(reading.network ? { network: reading.network } : {}),
    },
    ...(reading.status ? { status: reading.status } : {}),
    summaryKey: `connectivity.summary.${summary}`,
    guidanceKeys: GUIDANCE[situation],
  };
}

/** Reads one eSIM's connectivity from Gigastore and makes the view of it. */
export async function checkConnectivity(
  client: Pick<TolerantReads, 'connectivity'>,
  iccid: string,
): Promise<ConnectivityView> {
  return connectivityView(iccid, await client.connectivity(iccid));
}
