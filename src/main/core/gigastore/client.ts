// The Gigastore reseller API client: an authenticated session (session.ts: the token, renewed once when
// refused, and every call's outcome reported) and the endpoints the counter uses (endpoints.ts), each
// answer validated against the shared schemas; the undocumented reads (reads.ts) are read tolerantly. A 401 on a read renews the token once and repeats the read.
// Nothing is repeated for a state-changing request: a 401 to one renews the token for the next call and
// is reported, and the caller decides.
import { moneyEndpoints, readEndpoints, type GigastoreMoneyCalls, type GigastoreReads } from './endpoints';
import { GigastoreError } from './errors';
import { createReads, type TolerantReads } from './reads';
import { GigastoreSession, type SessionOptions } from './session';

export type { CallOutcome, ClientCredentials } from './session';

export interface GigastoreClientOptions extends SessionOptions {
  baseUrl: string;
}

export interface GigastoreClient extends GigastoreReads, GigastoreMoneyCalls, TolerantReads {
  readonly baseUrl: string;
  /** Authenticates afresh (ignoring a cached token): proves the credentials work. */
  checkCredentials(): Promise<void>;
}

export function createGigastoreClient(options: GigastoreClientOptions): GigastoreClient {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    throw new GigastoreError(`The Gigastore address "${options.baseUrl}" is not a URL.`, {
      kind: 'config',
      endpoint: 'settings',
    });
  }
  const session = new GigastoreSession(baseUrl, options);
  return {
    baseUrl: baseUrl.href,
    checkCredentials: () => session.checkCredentials(),
    ...readEndpoints(session.call),
    ...moneyEndpoints(session.call),
    ...createReads(session.readSession()),
  };
}
