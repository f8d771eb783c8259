// The bar above every screen: which store and counter, DEMO or LIVE, whether Gigastore is reachable,
// how many sales are still being checked, any sale Gigastore charged twice (red: a manager must refund the
// duplicate), background checks with Gigastore that keep failing, the clerk on shift, and the history,
// customer care, language, help and settings controls.
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/api';
import type { HistoryFocus } from '../screens/history/HistoryFilters';
import type { ErrorInfo } from '../../../shared/handoff';
import { GearIcon } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { ShiftControl } from './ShiftControl';

interface HeaderBarProps {
  overview: Overview | undefined;
  overviewError: ErrorInfo | null;
  onOpenHelp(): void;
  onOpenSettings(): void;
  /** Opened from a badge ("being checked", "charged twice"): just those sales. */
  onOpenHistory(focus: HistoryFocus): void;
  /** Absent while no shift is on: customer care waits for the clerk's name like selling does. */
  onOpenCare: (() => void) | undefined;
}

export function HeaderBar(props: HeaderBarProps) {
  const { overview, overviewError, onOpenHelp, onOpenSettings, onOpenHistory, onOpenCare } = props;
  const { t } = useTranslation();
  return (
    <header className="header-bar">
      <div className="header-store">
        <span className="header-store-name" data-testid="store-name">
          {overview?.settings.storeName ?? t('app.name')}
        </span>
        {overview && (
          <span className="header-counter" data-testid="counter-id">
            {t('header.counter', { id: overview.settings.counterId })}
          </span>
        )}
      </div>
      {overview && (
        <span className={`mode-badge mode-${overview.mode}`} data-testid="mode-badge" data-mode={overview.mode}>
          {t(`header.mode.${overview.mode}`)}
        </span>
      )}
      <ConnectionStatus overview={overview} overviewError={overviewError} />
      {overview && overview.unresolvedSales > 0 && (
        <button
          type="button"
          className="unresolved-badge"
          onClick={() => onOpenHistory('unresolved')}
          data-testid="unresolved-badge"
          data-count={overview.unresolvedSales}
        >
          {t('header.unresolved', { count: overview.unresolvedSales })}
        </button>
      )}
      {overview && overview.doubleCharges.length > 0 && (
        <span role="alert" className="header-alert">
          <button
            type="button"
            className="double-charge-badge"
            onClick={() => onOpenHistory('double-charged')}
            data-testid="double-charge-badge"
            data-count={overview.doubleCharges.length}
          >
            {t('header.doubleCharged', { count: overview.doubleCharges.length })}
          </button>
        </span>
      )}
      {overview && overview.reconcileFailures.count > 0 && <ChecksFailing failures={overview.reconcileFailures} />}
      <div className="header-tools">
        {overview?.shift.clerk && <ShiftControl clerk={overview.shift.clerk} />}
        <button
          type="button"
          className="header-button"
          onClick={() => onOpenHistory('all')}
          aria-keyshortcuts="H"
          data-testid="open-history"
        >
          {t('header.history')}
        </button>
        {onOpenCare && (
          <button
            type="button"
            className="header-button"
            onClick={onOpenCare}
            aria-keyshortcuts="C"
            data-testid="open-care"
          >
            {t('header.care')}
          </button>
        )}
        <LanguageSwitch />
        <button type="button" className="header-button" onClick={onOpenHelp} aria-keyshortcuts="F1">
          {t('header.help')}
        </button>
        <button
          type="button"
          className="header-button icon-button"
          onClick={onOpenSettings}
          aria-label={t('header.settings')}
          title={t('header.settings')}
          data-testid="open-settings"
        >
          <GearIcon />
        </button>
      </div>
    </header>
  );
}

function ConnectionStatus({ overview, overviewError }: Pick<HeaderBarProps, 'overview' | 'overviewError'>) {
  const { t } = useTranslation();
  const state = overviewError ? 'offline' : (overview?.connection.state ?? 'unknown');
  const message = overviewError?.message ?? overview?.connection.message;
  const text = message
    ? t('header.connection.withMessage', { state: t(`header.connection.${state}`), message })
    : t(`header.connection.${state}`);
  return (
    <span
      className={`connection connection-${state}`}
      role="status"
      data-testid="connection-status"
      data-state={state}
      title={text}
    >
      {text}
    </span>
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
