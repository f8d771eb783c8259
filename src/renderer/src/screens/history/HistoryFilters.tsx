// The history's filters: free text (ICCID, email, sale id, package), the first and last local day (empty:
// no bound), "only sales being checked" and "only sales charged twice". Arrow down from the search box
// moves into the list. The activity view uses only the days.
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** What History opens on: today's sales, or (from a header badge) the sales being checked or charged twice. */
export type HistoryFocus = 'all' | 'unresolved' | 'double-charged';

export interface HistoryFilterValues {
  text: string;
  /** YYYY-MM-DD or '' */
  from: string;
  to: string;
  unresolvedOnly: boolean;
  /** Sales Gigastore charged twice, their duplicate refunded or not. */
  doubleChargedOnly: boolean;
}

interface HistoryFiltersProps {
  values: HistoryFilterValues;
  onChange(values: HistoryFilterValues): void;
  /** Arrow down in the search box: focus the first row. */
  onLeaveSearch(): void;
  /** Only the first and last day (the activity view). */
  datesOnly?: boolean;
}

export function HistoryFilters({ values, onChange, onLeaveSearch, datesOnly = false }: HistoryFiltersProps) {
  const { t } = useTranslation();
  const baseId = useId();

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onLeaveSearch();
    } else if (event.key === 'Escape' && values.text !== '') {
      // First Escape clears the search (as in the catalogue); the next one leaves the screen.
      event.preventDefault();
      onChange({ ...values, text: '' });
    }
  };

  return (
    <div className="history-filters">
      {!datesOnly && (
        <div className="field history-search">
          <label className="field-label" htmlFor={`${baseId}-search`}>
            {t('history.searchLabel')}
          </label>
          <input
            id={`${baseId}-search`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            placeholder={t('history.searchPlaceholder')}
            value={values.text}
            onChange={(event) => onChange({ ...values, text: event.target.value })}
            onKeyDown={onSearchKeyDown}
            data-testid="history-search"
          />
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${baseId}-from`}>
          {t('history.from')}
        </label>
        <input
          id={`${baseId}-from`}
          type="date"
          value={values.from}
          max={values.to || undefined}
          onChange={(event) => onChange({ ...values, from: event.target.value })}
          data-testid="history-from"
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${baseId}-to`}>
          {t('history.to')}
        </label>
        <input
          id={`${baseId}-to`}
          type="date"
          value={values.to}
          min={values.from || undefined}
          onChange={(event) => onChange({ ...values, to: event.target.value })}
          data-testid="history-to"
        />
      </div>
      {!datesOnly && (
        <div className="history-checks">
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={values.unresolvedOnly}
              onChange={(event) => onChange({ ...values, unresolvedOnly: event.target.checked })}
              data-testid="history-unresolved-only"
            />
            <span>{t('history.unresolvedOnly')}</span>
          </label>
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={values.doubleChargedOnly}
              onChange={(event) => onChange({ ...values, doubleChargedOnly: event.target.checked })}
              data-testid="history-double-charged-only"
            />
            <span>{t('history.doubleChargedOnly')}</span>
          </label>
        </div>
      )}
    </div>
  );
}
