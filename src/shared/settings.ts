// The console's settings: one schema for the settings file (main), the settings screen (renderer) and the
// CLI. Secrets are not settings: credentials live in the vault and never appear in this object.
import { z } from 'zod';
import { ISO_COUNTRY_CODES } from './country-codes';
import { CustomerLanguageSchema } from './languages';
import { PaperSchema } from './receipt';

// An assigned ISO 3166-1 alpha-2 code, not just any two letters: "ZZ" or "UK" would reach Gigastore as the
// customer's country of residence. The list is the same one the country picker shows.
const ASSIGNED_COUNTRY_CODES = new Set(ISO_COUNTRY_CODES);
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'A country is two capital letters (ISO 3166-1 alpha-2), for example DE.')
  .refine(
    (code) => ASSIGNED_COUNTRY_CODES.has(code),
    'A country is an assigned ISO 3166-1 alpha-2 code, for example DE.',
  );

export const CounterIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,16}$/, 'A counter id is 1 to 16 letters, digits or "-".');

export const ModeSchema = z.enum(['demo', 'live']);
export type Mode = z.infer<typeof ModeSchema>;

export const LIVE_BASE_URL = 'https://api.giga.store';

/**
 * The shortest reconciliation window a live sale gets. A charge can show in Gigastore's sales list some
 * time after the sale; a window shorter than that could take a charged sale for "not charged" and let it be
 * sold again. Demo sales (the embedded simulator, which costs nothing) may use windows down to 1 s, so that
 * trainees and tests see the whole story quickly.
 */
export const LIVE_RECONCILIATION_WINDOW_MIN_MS = 30_000;
const LIVE_RECONCILIATION_WINDOW_SENTENCE =
  'In live mode the reconciliation window is at least 30 seconds: a charge can reach the sales list that late.';

/** The window a sale of this mode gets from the setting: never under the live minimum for a live sale. */
export function reconciliationWindowFor(mode: Mode, settingMs: number): number {
  return mode === 'live' ? Math.max(LIVE_RECONCILIATION_WINDOW_MIN_MS, settingMs) : settingMs;
}

/** Each field on its own; SettingsSchema adds what holds across fields. */
const SettingsFieldsSchema = z.object({
  mode: ModeSchema.default('demo'),
  // https only, loopback included: the secret goes there, and demo mode (not a live address) is the simulator.
  liveBaseUrl: z
    .url({ error: 'The Gigastore address is not a web address.' })
    .refine((url) => /^https:\/\/[^/]/i.test(url), {
      error:
        'The live Gigastore address must start with https:// (a plain http:// address would send the secret unencrypted).',
    })
    .default(LIVE_BASE_URL),
  storeName: z.string().trim().min(1).max(80).default('eSIM Counter demo store'),
  storeAddress: z.string().trim().max(200).default(''),
  storeCountry: CountryCodeSchema.default('DE'),
  /** Sent as `userIp`: at a counter the customer has no session with us, so the store's public IP stands in. */
  storeIp: z
    .union([z.ipv4(), z.ipv6(), z.literal('')], {
      error: 'The store IP must be an IPv4 or IPv6 address, for example 203.0.113.7.',
    })
    .default(''),
  counterId: CounterIdSchema.default('COUNTER-1'),
  supportLine: z.string().trim().max(80).default(''),
  /** The customers' usual language: the default for receipts. */
  storeLanguage: CustomerLanguageSchema.default('en'),
  /** The printer receipts go to ('' = the system's default printer). */
  printerName: z.string().max(200).default(''),
  paper: PaperSchema.default('80mm'),
  copies: z.number().int().min(1).max(5).default(1),
  /** The clerks who work at this counter; when the list is not empty, selling waits for a name per shift. */
  clerks: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  /** Where the customer display opens: a non-primary screen (auto), a display id, or nowhere. */
  customerDisplay: z.union([z.literal('auto'), z.literal('off'), z.number().int()]).default('auto'),
  /** Print the receipt by itself when the sale is activated, when the eSIM is installed, or never. */
  autoPrint: z.enum(['off', 'activated', 'installed']).default('activated'),
  /** How often a pending eSIM is read while its handoff is on screen. */
  pollIntervalMs: z.number().int().min(1000).max(30000).default(2000),
  /**
   * How long after a sale's register request a sale missing from Gigastore's sales list may still appear
   * there. Only after this window is an uncertain sale declared not charged (and may be sent again).
   */
  reconciliationWindowMs: z.number().int().min(1000).max(3_600_000).default(120_000),
  /** How long the handoff follows an eSIM before asking the clerk whether to keep waiting. */
  followTimeoutMs: z.number().int().min(60_000).max(3_600_000).default(600_000),
});

/**
 * The settings: every field valid, and the reconciliation window long enough for the mode. Its .shape is
 * the fields' (settings.ts reads a file field by field, keeping the valid ones, then checks the whole).
 */
export const SettingsSchema = SettingsFieldsSchema.refine(
  (settings) => settings.mode !== 'live' || settings.reconciliationWindowMs >= LIVE_RECONCILIATION_WINDOW_MIN_MS,
  { path: ['reconciliationWindowMs'], error: LIVE_RECONCILIATION_WINDOW_SENTENCE },
);
export type Settings = z.infer<typeof SettingsSchema>;

type Shape = typeof SettingsSchema.shape;
type WithoutDefaults = { [K in keyof Shape]: ReturnType<Shape[K]['unwrap']> };

/**
 * What the settings screen may change (mode and credentials have their own guarded calls). Built from
 * the fields WITHOUT their defaults: a patch that names one field must not bring every other field's
 * default along and overwrite the store's settings with them.
 */
export const SettingsPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(SettingsSchema.shape).map(([key, field]) => [key, field.unwrap()]),
    ) as WithoutDefaults,
  )
  .omit({ mode: true })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
