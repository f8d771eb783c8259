// Gigastore's supported devices list, fetched at most once a day and kept in the data folder, so a check at
// the counter is instant and still works when Gigastore is slow or away. A failed daily refetch keeps the
// list already held (marked stale, with the reason) and is not tried again for a few minutes; only with no
// list at all does a check fail. The answer is "found", "not in the list" or "type the whole name", never
// "incompatible" (the list can be incomplete), and always comes with the reminder that the phone must not
// be locked to its carrier.
import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_DEVICES, SupportedDeviceSchema, type SupportedDevice } from '../../../shared/gigastore-devices';
import { ensurePrivateDir, keepFilePrivate, PRIVATE_FILE_MODE } from '../private-files';
import { indexDevices, searchDevices, type DeviceSearchResult } from './device-search';

export const DEVICE_CACHE_FILE = 'supported-devices.json';
const DAY_MS = 24 * 60 * 60 * 1000;
const RETRY_AFTER_FAILURE_MS = 5 * 60 * 1000;

/** The translation keys of the reminder shown with every answer: the clerk's, and the customer's. */
export const CARRIER_LOCK_REMINDER = {
  clerkKey: 'devices.carrierLock',
  customerKey: 'customer.device.carrierLock',
} as const;

const CacheFileSchema = z.object({
  fetchedAt: z.iso.datetime(),
  devices: z.array(SupportedDeviceSchema).max(MAX_DEVICES),
});
type CacheFile = z.infer<typeof CacheFileSchema>;

export interface DeviceList {
  devices: SupportedDevice[];
  /** When the list was fetched from Gigastore (ISO-8601). */
  fetchedAt: string;
  /** The list is older than a day because the daily refetch failed. */
  stale: boolean;
  /** Why the refetch failed, when it did. */
  problem?: string;
}

export interface DeviceCheck extends DeviceSearchResult {
  query: string;
  fetchedAt: string;
  stale: boolean;
  reminder: typeof CARRIER_LOCK_REMINDER;
}

export interface DeviceCatalogueOptions {
  /** The data folder; the list is kept there as supported-devices.json (0600). */
  dataDir: string;
  /** Reads the list from Gigastore (GigastoreClient.supportedDevices). */
  fetchDevices: () => Promise<SupportedDevice[]>;
  now?: () => number;
  maxAgeMs?: number;
  retryAfterFailureMs?: number;
}

export class DeviceCatalogue {
  private held: CacheFile | undefined;
  private loaded = false;
  private refreshing: Promise<DeviceList> | undefined;
  private failure: { at: number; message: string } | undefined;
  private index: { fetchedAt: string; entries: ReturnType<typeof indexDevices> } | undefined;
  private readonly now: () => number;
  private readonly file: string;

  constructor(private readonly options: DeviceCatalogueOptions) {
    this.now = options.now ?? Date.now;
    this.file = join(options.dataDir, DEVICE_CACHE_FILE);
  }

  /** The list: the one held when it is less than a day old, else a fresh one from Gigastore. */
  async list(): Promise<DeviceList> {
    const held = await this.load();
    if (held && this.fresh(held)) return { devices: held.devices, fetchedAt: held.fetchedAt, stale: false };
    const failure = this.failure;
    if (held && failure && this.now() - failure.at < (this.options.retryAfterFailureMs ?? RETRY_AFTER_FAILURE_MS)) {
      return this.staleList(held, failure.message);
    }
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** Whether the phone the clerk typed is in the list, with the closest models (at most `limit`). */
  async check(text: string, limit?: number): Promise<DeviceCheck> {
    const list = await this.list();
    if (this.index?.fetchedAt !== list.fetchedAt) {
      this.index = { fetchedAt: list.fetchedAt, entries: indexDevices(list.devices) };
    }
    return {
      query: text,
      ...searchDevices(this.index.entries, text, limit),
      fetchedAt: list.fetchedAt,
      stale: list.stale,
      reminder: CARRIER_LOCK_REMINDER,
    };
  }

  private fresh(held: CacheFile): boolean {
    const age = this.now() - Date.parse(held.fetchedAt);
    // A list from the future (the clock was put back) is as good as old.
    return age >= 0 && age < (this.options.maxAgeMs ?? DAY_MS);
  }

  private staleList(held: CacheFile, problem: string): DeviceList {
    return { devices: held.devices, fetchedAt: held.fetchedAt, stale: true, problem };
  }

  private async refresh(): Promise<DeviceList> {
    let devices: SupportedDevice[];
    try {
      devices = await this.options.fetchDevices();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.failure = { at: this.now(), message };
      if (this.held) return this.staleList(this.held, message);
      throw error;
    }
    const fetched: CacheFile = { fetchedAt: new Date(this.now()).toISOString(), devices };
    this.held = fetched;
    this.failure = undefined;
    // A list that cannot be written (a full disk) still serves from memory; the next start fetches again.
    await this.save(fetched).catch(() => undefined);
    return { devices, fetchedAt: fetched.fetchedAt, stale: false };
  }

  /** The list kept on disk, read once; a missing or damaged file is no list (Gigastore has the original). */
  private async load(): Promise<CacheFile | undefined> {
    if (this.loaded) return this.held;
    this.loaded = true;
    try {
      const parsed = CacheFileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      if (parsed.success) this.held ??= parsed.data;
    } catch {
      // No file yet, or not JSON: fetched afresh.
    }
    return this.held;
  }

  /** Written whole, then renamed over the old file: a crash leaves the old list or the new, never half. */
  private async save(list: CacheFile): Promise<void> {
    ensurePrivateDir(this.options.dataDir);
    const temporary = `${this.file}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w', PRIVATE_FILE_MODE);
    try {
      keepFilePrivate(handle.fd);
      await handle.writeFile(JSON.stringify(list));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.file);
  }
}
