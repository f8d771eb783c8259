// The ConsoleApi's call for "coverage in the customer's words": the countries of a package's coverage set,
// named by Gigastore's Countries API in the customer's language. A long list is cut after a few names and
// closed with "and N more" (the confirm screen, the customer display and the receipt all do it so).
import { z } from 'zod';
import { CustomerLanguageSchema, type CustomerLanguage } from './languages';

/** How many names the confirm screen and the customer display show before "and N more". */
export const COVERAGE_NAME_LIMIT = 12;

/** The first names of a coverage set's countries, sorted by name in its language, and how many are left. */
export interface CoverageNames {
  names: string[];
  more: number;
}

/** The first `limit` names and the count of the others. */
export function coverageNamesOf(names: readonly string[], limit = COVERAGE_NAME_LIMIT): CoverageNames {
  return { names: names.slice(0, limit), more: Math.max(0, names.length - limit) };
}

/** The comma between names where a language has its own ("and" would be wrong before "and N more"). */
const NAME_SEPARATORS: Record<string, string> = { ar: '، ', zh: '、', ja: '、' };

/** Names joined by the language's comma: "Belgien, Dänemark", "كندا، المكسيك". */
export function joinCountryNames(names: readonly string[], language: string): string {
  return names.join(NAME_SEPARATORS[language] ?? ', ');
}

/** A coverage set as the catalogue names it: a country code, a region's code, WWW. */
export const CountrySetSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{2,20}$/, 'A coverage set is a code of 2 to 20 letters or digits, like EUR or AT.');

/** The coverage call of the ConsoleApi (api.ts extends it). */
export interface CoverageApi {
  /**
   * The coverage set's countries in `language` (cached per set and language for a day); null when
   * Gigastore cannot say now (the screen then shows no list: a sale never waits for it).
   */
  coverageCountries(countrySet: string, language: CustomerLanguage): Promise<CoverageNames | null>;
}

/** Its arguments, checked where they cross from the renderer (api.ts's consoleArgs holds them). */
export const coverageArgs = {
  coverageCountries: z.tuple([CountrySetSchema, CustomerLanguageSchema]),
} satisfies { [M in keyof CoverageApi]: z.ZodType<Parameters<CoverageApi[M]>> };
