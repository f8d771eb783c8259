// Below the package facts of a region's or the world's package: its countries as the customer reads them,
// in the language picked for the customer (the clerk can read them out or turn the screen). Nothing is
// shown while Gigastore has not named them, or could not.
import { useTranslation } from 'react-i18next';
import { joinCountryNames } from '../../../../shared/coverage-api';
import { textDirection, type CustomerLanguage } from '../../../../shared/languages';
import { useCoverageCountries } from '../../hooks/useCoverageCountries';

interface CoverageCountriesProps {
  countrySet: string;
  language: CustomerLanguage;
}

export function CoverageCountries({ countrySet, language }: CoverageCountriesProps) {
  const { t } = useTranslation();
  const countries = useCoverageCountries(countrySet, language);
  if (!countries) return null;
  // The names in the customer's language; "and N more" in the clerk's (who counts them, not the customer).
  const more = countries.more > 0 ? ` ${t('coverage.countriesMore', { count: countries.more })}` : '';
  return (
    <section className="coverage-countries" data-testid="coverage-countries">
      <h2 className="coverage-countries-title">{t('confirm.coverageCountries')}</h2>
      <p data-testid="coverage-countries-list">
        <bdi lang={language} dir={textDirection(language)}>
          {joinCountryNames(countries.names, language)}
        </bdi>
        {more}
      </p>
    </section>
  );
}
