// The countries of a package's coverage set in the customer's language, for the confirm screen, the
// customer display and the receipt. Gigastore's Countries API is asked with a Locale header; where it gives
// only a code (its documented example names AU "AU"), the country is named from the ISO list in the same
// language. Each set and language is kept in memory for a day, at most MAX_ENTRIES of them (the least
// recently used goes first); concurrent asks for the same share one request, and a failure is not kept.
import { ISO_COUNTRY_CODES } from '../../shared/country-codes';
import type { LocalizedCountry } from '../../shared/gigastore-version';

export interface CoverageCountry {
  code: string;
  name: string;
  /** Where the name comes from: Gigastore, the ISO list (Gigastore gave only the code), or the code itself. */
  namedBy: 'gigastore' | 'iso' | 'code';
}

export interface CoverageCountriesOptions {
  /** GigastoreClient.localizedCountries. */
  fetchCountries: (countrySet: string, locale: string) => Promise<LocalizedCountry[]>;
  maxEntries?: number;
  maxAgeMs?: number;
  now?: () => number;
}

const MAX_ENTRIES = 64;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_CODES = new Set(ISO_COUNTRY_CODES);

/** Names Gigastore's countries in `language`, keeping Gigastore's own name when it gave one. */
export function nameCountries(countries: LocalizedCountry[], language: string): CoverageCountry[] {
  const tag = intlTag(language);
  const regionNames = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
  const collator = new Intl.Collator(tag);
  const named = countries.map(({ code, name }): CoverageCountry => {
    if (name) return { code, name, namedBy: 'gigastore' };
    const isoName = ISO_CODES.has(code) ? regionNames.of(code) : undefined;
    return isoName ? { code, name: isoName, namedBy: 'iso' } : { code, name: code, namedBy: 'code' };
  });
  return named.sort((a, b) => collator.compare(a.name, b.name));
}

/** The language as Intl takes it ("pt_BR" is "pt-BR"); English for a tag Intl refuses. */
function intlTag(language: string): string {
  const tag = language.replaceAll('_', '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export class CoverageCountries {
  private readonly entries = new Map<string, { at: number; countries: Promise<CoverageCountry[]> }>();
  private readonly now: () => number;

  constructor(private readonly options: CoverageCountriesOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The coverage set's countries named in `language` (a language tag: "de", "tr"), sorted by name. */
  countries(countrySet: string, language: string): Promise<CoverageCountry[]> {
    const key = `${countrySet.toUpperCase()}\u0000${language}`;
    const held = this.entries.get(key);
    this.entries.delete(key);
    if (held && this.now() - held.at < (this.options.maxAgeMs ?? DAY_MS)) {
      this.entries.set(key, held); // most recently used last
      return held.countries;
    }
    const countries = this.options.fetchCountries(countrySet, language).then((found) => nameCountries(found, language));
    const entry = { at: this.now(), countries };
    this.entries.set(key, entry);
    countries.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > (this.options.maxEntries ?? MAX_ENTRIES)) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return countries;
  }

  /** How many sets and languages are held (for tests and the leak benchmark). */
  get size(): number {
    return this.entries.size;
  }
}
