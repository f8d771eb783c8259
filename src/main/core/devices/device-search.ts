// Finding the customer's phone in Gigastore's supported devices list, as a clerk types it: any case, any
// spacing ("iphone15", "Galaxy S24+"), the brand or not, typos forgiven ("Iphnoe 15", "pixle 8"), and the
// models ranked by how close they are. A model counts as found only when every word typed matches it and
// it has no further word that makes it another phone (a number, or Pro / Max / Plus / Ultra / mini / a ...):
// "iPhone 15 Pro Max" is not the customer's "iPhone 15 Pro". Words in brackets ("iPhone SE (2022)") and
// words of the product line ("Galaxy", the brand) may be left out.
import { deviceName, type SupportedDevice } from '../../../shared/gigastore-devices';

export type DeviceSearchOutcome =
  /** A model in the list is the one typed. */
  | 'found'
  /** No model in the list is the one typed (the list may be incomplete: never "incompatible"). */
  | 'not-in-list'
  /** One word without a number ("Samsung", "Pixel") names many models: the clerk types the whole name. */
  | 'narrow-down';

export interface DeviceMatch {
  brand: string;
  model: string;
  /** "Apple iPhone 15 Pro". */
  name: string;
  /** 0 to 1: how close the model is to what was typed. */
  score: number;
  /** This model is the one typed. */
  exact: boolean;
}

export interface DeviceSearchResult {
  outcome: DeviceSearchOutcome;
  /** The closest models, best first (the exact one first when there is one). */
  matches: DeviceMatch[];
}

interface IndexedDevice {
  device: SupportedDevice;
  name: string;
  brandWords: string[];
  /** The model's words outside brackets. */
  modelWords: string[];
  /** Words in brackets: qualifiers a customer rarely says. */
  bracketWords: string[];
}

/** Words that make a model another phone than the one without them. */
const VARIANT_WORDS = new Set(
  'pro max plus ultra mini lite fe xl se fold flip note edge neo a e s t ii iii iv v vi'.split(' '),
);
const NUMBER = /^\d+$/;
/** How close a typed word must be to count as that word. */
const MATCHED = 0.75;
/** How close what was typed must be, overall, for a model to be shown at all. */
const SHOWN = 0.6;

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;

/** "Galaxy S24+ 5G" -> galaxy s 24 plus; accents, case and punctuation dropped; letters and digits split. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // "5G" and "4G" say which networks, not which phone: "Galaxy S24 5G" is the Galaxy S24.
      .replace(/(?<![\p{L}\p{N}])[2-6]g(?![\p{L}\p{N}])/gu, ' ')
      .replace(/\+/g, ' plus ')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .replace(/(\p{N})(\p{L})/gu, '$1 $2')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function typoDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** How close a typed word is to a word of the model, 0 to 1. Numbers must be exact (14 is not 15). */
export function wordSimilarity(typed: string, word: string): number {
  if (typed === word) return 1;
  const typedNumber = NUMBER.test(typed);
  if (typedNumber || NUMBER.test(word)) {
    // A number being typed ("1" on the way to "15") is shown, never found.
    return typedNumber && NUMBER.test(word) && word.startsWith(typed) ? 0.5 : 0;
  }
  if (typed.length >= 2 && word.startsWith(typed)) return 0.9;
  const allowed = typed.length <= 3 ? 0 : typed.length <= 5 ? 1 : 2;
  if (Math.abs(typed.length - word.length) > allowed) return 0;
  const distance = typoDistance(typed, word);
  return distance <= allowed ? 1 - distance / Math.max(typed.length, word.length) : 0;
}

export function indexDevices(devices: SupportedDevice[]): IndexedDevice[] {
  return devices.map((device) => {
    const outside = device.model.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
    const inside = [...device.model.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)].map((found) => found[1] ?? found[2] ?? '');
    return {
      device,
      name: deviceName(device),
      brandWords: words(device.brand),
      modelWords: words(outside),
      bracketWords: words(inside.join(' ')),
    };
  });
}

function rate(typed: string[], entry: IndexedDevice): DeviceMatch | undefined {
  const all = [...entry.brandWords, ...entry.modelWords, ...entry.bracketWords];
  const used = new Set<string>();
  let total = 0;
  let everyWordMatched = true;
  for (const word of typed) {
    let best = 0;
    let bestWord: string | undefined;
    for (const candidate of all) {
      const similarity = wordSimilarity(word, candidate);
      if (similarity > best) [best, bestWord] = [similarity, candidate];
    }
    if (NUMBER.test(word) && best === 0) return undefined;
    if (bestWord && best >= MATCHED) used.add(bestWord);
    if (best < MATCHED || (NUMBER.test(word) && best < 1)) everyWordMatched = false;
    total += best;
  }
  const typedScore = total / typed.length;
  if (typedScore < SHOWN) return undefined;
  const left = entry.modelWords.filter((word) => !used.has(word));
  const distinguishing = left.filter((word) => NUMBER.test(word) || VARIANT_WORDS.has(word)).length;
  const score = Math.max(0, Math.min(1, typedScore - 0.05 * distinguishing - 0.01 * (left.length - distinguishing)));
  const { brand, model } = entry.device;
  return {
    brand,
    model,
    name: entry.name,
    score: Math.round(score * 1000) / 1000,
    exact: everyWordMatched && distinguishing === 0,
  };
}

/** The models closest to `text`, best first, at most `limit`; and whether one of them is the one typed. */
export function searchDevices(index: IndexedDevice[], text: string, limit = DEFAULT_LIMIT): DeviceSearchResult {
  const typed = words(text).slice(0, 12);
  const cap = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
  if (typed.length === 0) return { outcome: 'narrow-down', matches: [] };
  const rated = index.map((entry) => rate(typed, entry)).filter((match) => match !== undefined);
  rated.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.score - a.score ||
      a.name.length - b.name.length ||
      a.name.localeCompare(b.name),
  );
  const matches = rated.slice(0, cap);
  if (matches[0]?.exact) return { outcome: 'found', matches };
  const vague = typed.length === 1 && !NUMBER.test(typed[0]!) && matches.length > 1;
  return { outcome: vague ? 'narrow-down' : 'not-in-list', matches };
}
