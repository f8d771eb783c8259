// GET /gigastore/esim/{iccid}/status/connectivity: whether and where an eSIM was last seen on a network.
// Only third-party code names the path; its body is undocumented. So there are two schemas: the form the
// simulator serves, and a tolerant reader that accepts the plausible forms (a connected boolean or a status
// word, a last-seen time, country and network under the names such APIs use, flat or nested one level,
// wrapped under data/result/connectivity or not, or a list of sightings, of which the latest counts; an
// empty list is no sighting at all) and turns each into one EsimConnectivity. A body where
// none of these can be found is refused, so the console says it does not understand the answer.
import { z } from 'zod';

/** The simulator's form. */
export const ConnectivityStatusSchema = z.object({
  iccid: z.string().min(1),
  connected: z.boolean(),
  lastSeen: z.string().nullable(),
  countryCode: z.string().nullable(),
  networkName: z.string().nullable(),
});
export type ConnectivityStatus = z.infer<typeof ConnectivityStatusSchema>;

/** What the console makes of any form: every field only when the answer said it. */
export const EsimConnectivitySchema = z.object({
  /** On a network now (a boolean, or a status word that says so). */
  connected: z.boolean().optional(),
  /** The answer said outright that the eSIM was never seen (NEVER_SEEN, or not connected with no last-seen time). */
  neverSeen: z.boolean().optional(),
  /** Gigastore's status word, as it came (cleaned), for support. */
  status: z.string().optional(),
  /** ISO-8601. */
  lastSeen: z.string().optional(),
  countryCode: z.string().optional(),
  countryName: z.string().optional(),
  network: z.string().optional(),
});
export type EsimConnectivity = z.infer<typeof EsimConnectivitySchema>;

const CONNECTED_KEYS = ['connected', 'isConnected', 'online', 'isOnline', 'attached', 'isAttached'];
const STATUS_KEYS = ['status', 'connectivityStatus', 'connectionStatus', 'networkStatus', 'state', 'connectivity'];
const LAST_SEEN_KEYS = [
  'lastSeen',
  'lastSeenAt',
  'last_seen',
  'lastSeenTime',
  'lastConnection',
  'lastConnectedAt',
  'lastActivity',
  'lastActivityAt',
  'lastNetworkActivity',
  'lastUpdate',
  'lastUpdated',
  'updatedAt',
  'timestamp',
  'seenAt',
  'at',
  'time',
];
const COUNTRY_KEYS = ['country', 'countryCode', 'countryIso', 'countryIso2', 'iso2', 'countryName', 'lastCountry'];
const NETWORK_KEYS = [
  'network',
  'networkName',
  'operator',
  'operatorName',
  'carrier',
  'carrierName',
  'mobileNetwork',
  'lastNetwork',
  'currentNetwork',
  'plmn',
];
/** Where a location may be nested: { location: { country, network } }. */
const NESTED_KEYS = ['location', 'lastLocation', 'currentLocation', 'lastSeen', 'network', 'operator'];
const WRAPPER_KEYS = ['data', 'result', 'connectivity', 'connectivityStatus', 'status', 'payload', 'content'];

const CONNECTED_WORDS = /^(CONNECTED|ONLINE|ATTACHED|REGISTERED|ACTIVE|IN_USE|ROAMING|ON_NETWORK|HOME)$/;
const NOT_CONNECTED_WORDS = /^(NOT_CONNECTED|DISCONNECTED|OFFLINE|DETACHED|INACTIVE|IDLE|NO_NETWORK|NONE|UNREACHABLE)$/;
const NEVER_WORDS = /^(NEVER(_\w+)?|NOT_SEEN|UNSEEN|NOT_YET_SEEN|NEVER_CONNECTED|NO_CONNECTION_YET)$/;

type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function cleanText(value: unknown, max = 80): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value)
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text && text.length <= max ? text : undefined;
}

/** A time as ISO-8601: an ISO string, or epoch milliseconds or seconds. */
function timeOf(value: unknown): string | undefined {
  let at: number;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) at = value < 1e11 ? value * 1000 : value;
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) at = Date.parse(value.trim());
  else return undefined;
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

const first = <T>(entry: Entry, keys: string[], read: (value: unknown) => T | undefined): T | undefined => {
  for (const key of keys) {
    const value = read(entry[key]);
    if (value !== undefined) return value;
  }
  return undefined;
};

function countryOf(entry: Entry): Pick<EsimConnectivity, 'countryCode' | 'countryName'> {
  for (const key of COUNTRY_KEYS) {
    const value = entry[key];
    const code = isEntry(value) ? first(value, ['code', 'iso', 'iso2', 'countryCode', 'alpha2'], cleanText) : undefined;
    const name = isEntry(value) ? first(value, ['name', 'countryName'], cleanText) : cleanText(value);
    if (code || name) {
      // A bare two-letter text is a code; anything longer is a name.
      if (!code && name && /^[A-Za-z]{2}$/.test(name)) return { countryCode: name.toUpperCase() };
      return { ...(code ? { countryCode: code.toUpperCase() } : {}), ...(name ? { countryName: name } : {}) };
    }
  }
  return {};
}

const networkOf = (entry: Entry) =>
  first(entry, NETWORK_KEYS, (value) =>
    isEntry(value)
      ? first(value, ['name', 'operatorName', 'networkName', 'brand', 'operator'], cleanText)
      : cleanText(value),
  );

/** The fields of one object, then of the objects nested in it where a location usually sits. */
function fieldsOf(entry: Entry, depth = 0): EsimConnectivity {
  const connected = first(entry, CONNECTED_KEYS, (value) => (typeof value === 'boolean' ? value : undefined));
  const status = first(entry, STATUS_KEYS, (value) => cleanText(value, 40));
  const lastSeen = first(entry, LAST_SEEN_KEYS, timeOf);
  const network = networkOf(entry);
  let found: EsimConnectivity = {
    ...(connected === undefined ? {} : { connected }),
    ...(status ? { status } : {}),
    ...(lastSeen ? { lastSeen } : {}),
    ...countryOf(entry),
    ...(network ? { network } : {}),
  };
  if (depth === 0) {
    for (const key of NESTED_KEYS) {
      const inner = entry[key];
      if (isEntry(inner)) found = { ...fieldsOf(inner, 1), ...found };
    }
  }
  return found;
}

/** What the status word and the fields together say about connected and never seen. */
function interpret(found: EsimConnectivity, noTime: boolean): EsimConnectivity {
  const word = found.status?.toUpperCase().replace(/[\s-]+/g, '_');
  let { connected } = found;
  let neverSeen = word !== undefined && NEVER_WORDS.test(word);
  if (connected === undefined && word !== undefined) {
    if (CONNECTED_WORDS.test(word)) connected = true;
    else if (NOT_CONNECTED_WORDS.test(word) || neverSeen) connected = false;
  }
  const somewhere = found.lastSeen || found.countryCode || found.countryName || found.network;
  if (connected === false && !somewhere && noTime) neverSeen = true;
  return { ...found, ...(connected === undefined ? {} : { connected }), ...(neverSeen ? { neverSeen } : {}) };
}

const said = (found: EsimConnectivity) => Object.keys(found).length > 0;

function readConnectivity(body: unknown, depth: number): EsimConnectivity | undefined {
  // A list (a history of sightings): the latest one that can be read.
  if (Array.isArray(body)) {
    // An empty history: no sighting at all.
    if (body.length === 0) return { connected: false, neverSeen: true };
    const readings = body.map((entry) => readConnectivity(entry, depth + 1)).filter((found) => found !== undefined);
    return readings.sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''))[0];
  }
  if (!isEntry(body) || depth > 3) return undefined;
  for (const key of WRAPPER_KEYS) {
    const inner = body[key];
    if (isEntry(inner) || Array.isArray(inner)) {
      const found = readConnectivity(inner, depth + 1);
      if (found) return found;
    }
  }
  const found = fieldsOf(body);
  if (!said(found)) return undefined;
  // A last-seen field that is absent, null or empty means no time; one holding text it cannot read does not.
  const noTime = LAST_SEEN_KEYS.every((key) => body[key] === undefined || body[key] === null || body[key] === '');
  return interpret(found, noTime);
}

/** Reads any plausible form of the connectivity answer; refuses a body that says none of it. */
export const ConnectivityAnswerSchema = z.unknown().transform((body, context): EsimConnectivity => {
  const found = readConnectivity(body, 0);
  if (!found) {
    context.addIssue({ code: 'custom', message: 'no connectivity fields in a known form' });
    return z.NEVER;
  }
  return found;
});
