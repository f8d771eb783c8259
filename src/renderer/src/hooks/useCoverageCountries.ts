// The countries of a package's coverage set, named in the customer's language, for the confirm screen.
// Asked when the package or the language changes; a failed or late answer shows no list (the sale never
// waits for it: main logs why).
import type { Result } from '../../../shared/api';
import type { ConsoleBridge } from '../../../shared/channels';
import { coverageOf } from '../../../shared/catalogue';
import type { CoverageNames } from '../../../shared/coverage-api';
import type { CustomerLanguage } from '../../../shared/languages';
import { useBridgeQuery } from './useBridgeQuery';

interface CoverageQuestion {
  countrySet: string;
  language: CustomerLanguage;
}

const askCoverage = (bridge: ConsoleBridge, { countrySet, language }: CoverageQuestion) =>
  bridge.coverageCountries(countrySet, language) as Promise<Result<CoverageNames | null>>;

/** The names (and how many more), or null while they are on their way, unknown, or for a single country. */
export function useCoverageCountries(countrySet: string, language: CustomerLanguage): CoverageNames | null {
  const question = coverageOf(countrySet) === 'country' ? null : { countrySet, language };
  const load = useBridgeQuery(question, askCoverage);
  return load.status === 'ready' && load.value && load.value.names.length > 0 ? load.value : null;
}
