// GET /gigastore/esim/device/esim-capable (the Supported Devices API). Its body is undocumented: third-party
// backends only pass it through. So there are two schemas: the form the simulator serves (a list of brands
// with their models, one plausible shape), and a tolerant reader that accepts every plausible form and
// turns each into the same flat list of { brand, model }:
//   - a list of brands with models: [{ brand | manufacturer | make | name, models | devices: [...] }]
//     (a model a string or an object with model | name | ...),
//   - a flat list of devices with brand and model fields (or a model field alone, or plain strings),
//   - a map of brand to models: { "Apple": ["iPhone 15", ...] },
//   - any of these wrapped under a key like data, items, devices or brands (up to three levels).
// Entries it cannot read are skipped; a body where nothing at all can be read is refused, so the console
// says it does not understand the answer rather than showing an empty list.
import { z } from 'zod';

/** The longest brand or model name read; a longer one is not a device name. */
const MAX_TEXT = 120;

export const SupportedDeviceSchema = z.object({
  /** Empty when Gigastore names the device without its brand. */
  brand: z.string().max(MAX_TEXT),
  model: z.string().min(1).max(MAX_TEXT),
});
export type SupportedDevice = z.infer<typeof SupportedDeviceSchema>;

/** The simulator's form: brands, each with its models' names. */
export const DeviceBrandListSchema = z.array(
  z.object({ brand: z.string().min(1), models: z.array(z.string().min(1)) }),
);
export type DeviceBrandList = z.infer<typeof DeviceBrandListSchema>;

/** At most this many devices are read from one answer (a real list has a few thousand at most). */
export const MAX_DEVICES = 20_000;

const BRAND_KEYS = ['brand', 'brandName', 'manufacturer', 'manufacturerName', 'make', 'vendor', 'oem'];
const MODEL_KEYS = ['model', 'modelName', 'name', 'deviceName', 'device', 'marketingName', 'displayName', 'title'];
const MODEL_LIST_KEYS = ['models', 'devices', 'deviceModels', 'supportedModels', 'phones', 'items', 'list'];
const WRAPPER_KEYS = [
  'data',
  'items',
  'devices',
  'supportedDevices',
  'esimCapableDevices',
  'esimCapable',
  'brands',
  'manufacturers',
  'results',
  'result',
  'content',
  'list',
  'payload',
];
const MAX_DEPTH = 3;

type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Gigastore's text as one clean line: no control or format characters, spaces collapsed, bounded. */
function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value)
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text && text.length <= MAX_TEXT ? text : undefined;
}

/** The first of `keys` that holds text (a brand may also come as an object with a name). */
function textAt(entry: Entry, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = entry[key];
    const text = isEntry(value) ? textAt(value, ['name', ...MODEL_KEYS]) : cleanText(value);
    if (text) return text;
  }
  return undefined;
}

const listAt = (entry: Entry, keys: string[]) =>
  keys.map((key) => entry[key]).find((value): value is unknown[] => Array.isArray(value));

function modelsOf(brand: string, models: unknown[]): SupportedDevice[] {
  return models.flatMap((model) => {
    const name = isEntry(model) ? textAt(model, MODEL_KEYS) : cleanText(model);
    return name ? [{ brand, model: name }] : [];
  });
}

/** One entry of a list: a brand with its models, one device, or a device's name alone. */
function readEntry(entry: unknown): SupportedDevice[] {
  if (!isEntry(entry)) {
    const model = cleanText(entry);
    return model ? [{ brand: '', model }] : [];
  }
  const models = listAt(entry, MODEL_LIST_KEYS);
  if (models) {
    const brand = textAt(entry, [...BRAND_KEYS, 'name']);
    return brand ? modelsOf(brand, models) : [];
  }
  const model = textAt(entry, MODEL_KEYS);
  return model ? [{ brand: textAt(entry, BRAND_KEYS) ?? '', model }] : [];
}

/** { "Apple": ["iPhone 15"], "Samsung": [...] }: every value a list, every key a brand. */
function readBrandMap(body: Entry): SupportedDevice[] | undefined {
  const brands = Object.entries(body);
  if (brands.length === 0 || !brands.every(([, models]) => Array.isArray(models))) return undefined;
  const devices = brands.flatMap(([brand, models]) => {
    const name = cleanText(brand);
    return name ? modelsOf(name, models as unknown[]) : [];
  });
  return devices.length ? devices : undefined;
}

function readDevices(body: unknown, depth: number): SupportedDevice[] | undefined {
  if (Array.isArray(body)) {
    const devices = body.flatMap(readEntry);
    return body.length === 0 || devices.length ? devices : undefined;
  }
  if (!isEntry(body) || depth > MAX_DEPTH) return undefined;
  // A single brand with its models, not in a list (before the wrappers: its models may be under "devices").
  if (listAt(body, MODEL_LIST_KEYS) && textAt(body, BRAND_KEYS)) return readEntry(body);
  for (const key of WRAPPER_KEYS) {
    if (!(key in body)) continue;
    const inner = readDevices(body[key], depth + 1);
    if (inner) return inner;
  }
  return readBrandMap(body);
}

/** The same device listed twice (in two forms, or twice in one) is kept once, in its first spelling. */
function distinct(devices: SupportedDevice[]): SupportedDevice[] {
  const seen = new Set<string>();
  return devices.filter((device) => {
    const key = `${device.brand}\u0000${device.model}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads any plausible form of the supported-devices answer into a flat list; refuses a body with none. */
export const SupportedDevicesAnswerSchema = z.unknown().transform((body, context): SupportedDevice[] => {
  const devices = readDevices(body, 0);
  if (!devices) {
    context.addIssue({ code: 'custom', message: 'no list of devices in a known form' });
    return z.NEVER;
  }
  return distinct(devices).slice(0, MAX_DEVICES);
});

/** How a device is named to a person: "Apple iPhone 15", or the model alone when it names its brand already. */
export function deviceName({ brand, model }: SupportedDevice): string {
  if (!brand || model.toLowerCase().startsWith(brand.toLowerCase())) return model;
  return `${brand} ${model}`;
}
