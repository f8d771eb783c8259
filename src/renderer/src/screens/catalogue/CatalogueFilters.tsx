// Coverage as chips (native radios: arrow keys move between them), minimum data and validity as selects.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../../shared/catalogue';
import { useFormatters } from '../../i18n/useFormatters';
import type { CatalogueQuery } from './searchCatalogue';

const COVERAGE_CHOICES: readonly (Coverage | 'all')[] = ['all', 'country', 'regional', 'worldwide'];
const MIN_DATA_GB = [0, 1, 3, 5, 10, 20, 50];
const MIN_VALIDITY_DAYS = [0, 7, 15, 30, 90, 365];

interface CatalogueFiltersProps {
  query: CatalogueQuery;
  onChange(query: CatalogueQuery): void;
}

export function CatalogueFilters({ query, onChange }: CatalogueFiltersProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const groupName = useId();
  return (
    <div className="catalogue-filters">
      <fieldset className="chip-group">
        <legend className="field-label">{t('catalogue.filters.coverage')}</legend>
        <div className="chips">
          {COVERAGE_CHOICES.map((choice) => (
            <label key={choice} className="chip">
              <input
                type="radio"
                name={groupName}
                value={choice}
                checked={query.coverage === choice}
                onChange={() => onChange({ ...query, coverage: choice })}
                data-testid={`filter-coverage-${choice}`}
              />
              <span>{t(`catalogue.filters.coverageChoice.${choice}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="filter-select">
        <span className="field-label">{t('catalogue.filters.minData')}</span>
        <select
          value={query.minDataMb}
          onChange={(event) => onChange({ ...query, minDataMb: Number(event.target.value) })}
          data-testid="filter-min-data"
        >
          {MIN_DATA_GB.map((gb) => (
            <option key={gb} value={gb * 1024}>
              {gb === 0
                ? t('catalogue.filters.anyData')
                : t('catalogue.filters.atLeast', { amount: format.dataSize({ sizeValue: gb, sizeUnit: 'GB' }) })}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-select">
        <span className="field-label">{t('catalogue.filters.minValidity')}</span>
        <select
          value={query.minValidityDays}
          onChange={(event) => onChange({ ...query, minValidityDays: Number(event.target.value) })}
          data-testid="filter-min-validity"
        >
          {MIN_VALIDITY_DAYS.map((days) => (
            <option key={days} value={days}>
              {days === 0 ? t('catalogue.filters.anyValidity') : t('catalogue.filters.atLeastDays', { count: days })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
