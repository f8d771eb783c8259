// What needs a look, in the header's second row, most serious first: a sale Gigastore charged twice (red:
// a manager refunds the duplicate), sales still being checked (amber), and background checks with
// Gigastore that keep failing. The first two open History on just those sales.
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/api';
import type { HistoryFocus } from '../screens/history/HistoryFilters';

export function hasAlerts(overview: Overview): boolean {
  return overview.doubleCharges.length > 0 || overview.unresolvedSales > 0 || overview.reconcileFailures.count > 0;
}

interface HeaderAlertsProps {
  overview: Overview;
  onOpenHistory(focus: HistoryFocus): void;
}

export function HeaderAlerts({ overview, onOpenHistory }: HeaderAlertsProps) {
  const { t } = useTranslation();
  if (!hasAlerts(overview)) return null;
  const { doubleCharges, unresolvedSales, reconcileFailures } = overview;
  return (
    <div className="header-alerts">
      {doubleCharges.length > 0 && (
        <span role="alert" className="header-alert">
          <button
            type="button"
            className="double-charge-badge"
            onClick={() => onOpenHistory('double-charged')}
            data-testid="double-charge-badge"
            data-count={doubleCharges.length}
          >
            {t('header.doubleCharged', { count: doubleCharges.length })}
          </button>
        </span>
      )}
      {unresolvedSales > 0 && (
        <button
          type="button"
          className="unresolved-badge"
          onClick={() => onOpenHistory('unresolved')}
          data-testid="unresolved-badge"
          data-count={unresolvedSales}
        >
          {t('header.unresolved', { count: unresolvedSales })}
        </button>
      )}
      {reconcileFailures.count > 0 && <ChecksFailing failures={reconcileFailures} />}
    </div>
  );
}

/** Background checks with Gigastore failed this many times in a row; the last one's sentence on hover and for screen readers. */
function ChecksFailing({ failures }: { failures: Overview['reconcileFailures'] }) {
  const { t } = useTranslation();
  const last = failures.message ? t('header.checksFailingLast', { message: failures.message }) : undefined;
  return (
    <span
      className="checks-failing"
      title={last}
      aria-description={last}
      data-testid="checks-failing"
      data-count={failures.count}
    >
      {t('header.checksFailing', { count: failures.count })}
    </span>
  );
}
