// Pure catalogue filtering: the clerk's words against what the clerk sees on a row (package name, country
// set code, country name in the UI language), then the coverage, data and validity filters.
import { sizeInMb, validityInDays, type CatalogueItem, type Coverage } from '../../../../shared/catalogue';

export interface CatalogueQuery {
  text: string;
  coverage: Coverage | 'all';
  minDataMb: number;
  minValidityDays: number;
}

/**
 * Rows drawn at once. More is never read at a counter, and drawing many would make a keystroke over a
 * large inventory miss its frame (the catalogue benchmark: 50 rows did, 30 do not); the count says how
 * many more there are, and typing narrows them.
 */
export const ROWS_SHOWN = 30;

export const EMPTY_QUERY: CatalogueQuery = { text: '', coverage: 'all', minDataMb: 0, minValidityDays: 0 };

/** What a row can be found by, folded: its country set code, and the texts shown on it. */
export interface SearchFields {
  code: string;
  texts: string[];
}

/** Lower case without accents: "osterreich" finds "Österreich", "cote" finds "Côte d’Ivoire". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Items matching every search word and every filter. Order: an exact country code first ("at" puts
 * Austria above Qatar), then rows whose name starts with the first word, then the rest in catalogue order.
 * One pass into three rank buckets: this runs on every keystroke over the whole inventory.
 */
export function filterCatalogue(
  items: readonly CatalogueItem[],
  query: CatalogueQuery,
  fieldsOf: (item: CatalogueItem) => SearchFields,
): CatalogueItem[] {
  const words = foldForSearch(query.text).split(/\s+/).filter(Boolean);
  const [first] = words;
  const byRank: [CatalogueItem[], CatalogueItem[], CatalogueItem[]] = [[], [], []];
  for (const item of items) {
    if (query.coverage !== 'all' && item.coverage !== query.coverage) continue;
    if (sizeInMb(item) < query.minDataMb || validityInDays(item) < query.minValidityDays) continue;
    const { code, texts } = fieldsOf(item);
    if (!words.every((word) => code === word || texts.some((text) => text.includes(word)))) continue;
    const rank = words.includes(code) ? 0 : first !== undefined && texts.some((text) => text.startsWith(first)) ? 1 : 2;
    byRank[rank].push(item);
  }
  return byRank.flat();
}

export function isEmptyQuery(query: CatalogueQuery): boolean {
  return (
    query.text === '' &&
    query.coverage === EMPTY_QUERY.coverage &&
    query.minDataMb === EMPTY_QUERY.minDataMb &&
    query.minValidityDays === EMPTY_QUERY.minValidityDays
  );
}

/**
 * Recently sold packages first (most recent sale first), then the rest in the order they came. For the
 * empty search only: once the clerk types, relevance decides.
 */
export function recentFirst(items: readonly CatalogueItem[], ranks: ReadonlyMap<string, number>): CatalogueItem[] {
  const rankOf = (item: CatalogueItem) => ranks.get(item.id) ?? Number.POSITIVE_INFINITY;
  return items
    .map((item, index) => ({ item, index, rank: rankOf(item) }))
    .sort((a, b) => (a.rank === b.rank ? a.index - b.index : a.rank - b.rank))
    .map(({ item }) => item);
}
