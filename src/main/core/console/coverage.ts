// "Coverage in the customer's words" for the parts that show it: the confirm screen (through the ConsoleApi),
// the customer display (inside its view) and the receipt. One CoverageCountries holds the names per set and
// language. Gigastore not answering never holds up a sale or a print: the list is left out, and the log
// says so in one line.
import type { ConsoleApi } from '../../../shared/api';
import { coverageNamesOf, type CoverageNames } from '../../../shared/coverage-api';
import { coverageOf } from '../../../shared/catalogue';
import type { CustomerLanguage } from '../../../shared/languages';
import { CoverageCountries } from '../coverage-countries';
import type { GigastoreClient } from '../gigastore/client';
import type { Logger } from '../log/logger';

export class CoverageNaming implements Pick<ConsoleApi, 'coverageCountries'> {
  private readonly countries: CoverageCountries;

  constructor(
    client: () => Promise<GigastoreClient>,
    private readonly log: Logger,
  ) {
    this.countries = new CoverageCountries({
      fetchCountries: async (countrySet, locale) => (await client()).localizedCountries(countrySet, locale),
    });
  }

  async coverageCountries(countrySet: string, language: CustomerLanguage): Promise<CoverageNames | null> {
    const names = await this.names(countrySet, language);
    return names ? coverageNamesOf(names) : null;
  }

  /**
   * Every country of a region's or the world's set, named in `language` and sorted by name; empty for a
   * single country (its name is the coverage itself); null when Gigastore could not say.
   */
  async names(countrySet: string, language: CustomerLanguage): Promise<string[] | null> {
    if (coverageOf(countrySet) === 'country') return [];
    try {
      return (await this.countries.countries(countrySet, language)).map((country) => country.name);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.warn('coverage', { message: `The countries of ${countrySet} were not shown (${reason}).` });
      return null;
    }
  }
}
