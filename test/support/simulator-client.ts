// A Gigastore client for a simulator, with test-sized waits (usable from vitest and Playwright alike).
import { createGigastoreClient, type GigastoreClientOptions } from '../../src/main/core/gigastore/client';
import { DEMO_CREDENTIALS, type GigastoreSimulator } from '../../src/main/simulator/server';

/** A client with test-sized waits: fast retries, short time-outs. */
export function clientFor(simulator: GigastoreSimulator, options: Partial<GigastoreClientOptions> = {}) {
  return createGigastoreClient({
    baseUrl: simulator.baseUrl,
    credentials: () => DEMO_CREDENTIALS,
    timeoutMs: 2_000,
    connectTimeoutMs: 1_000,
    retry: { limit: 2, baseDelayMs: 10, maxDelayMs: 2_000 },
    ...options,
  });
}
