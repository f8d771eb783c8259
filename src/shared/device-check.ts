// "Will it work on this phone?": what the confirm screen shows of a check of the customer's phone against
// Gigastore's supported devices list (core/devices/). Never "incompatible": the list may be incomplete.
import { z } from 'zod';

export type DeviceCheckOutcome = 'found' | 'not-in-list' | 'narrow-down';

export interface DeviceCheckView {
  query: string;
  outcome: DeviceCheckOutcome;
  /** The closest models, best first ("Apple iPhone 15 Pro"); the exact one is marked. */
  matches: { name: string; exact: boolean }[];
  /** When the list was fetched from Gigastore (ISO-8601). */
  fetchedAt: string;
  /** Older than a day: the daily refetch failed. */
  stale: boolean;
}

export const DeviceQuerySchema = z
  .string()
  .trim()
  .min(2, 'Type at least two letters of the phone: brand and model.')
  .max(80, 'A phone model is at most 80 characters.');
