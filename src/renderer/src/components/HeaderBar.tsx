// The bar above every screen, in two rows so that nothing in it is ever cut short, whatever the window:
// - first row, always: which store and counter, DEMO or LIVE, whether Gigastore is reachable, and the
//   history, customer care, language, help and settings controls;
// - second row, only while it has something to say: the clerk on shift (and End shift) and what needs a
//   look: a sale Gigastore charged twice (red: a manager must refund the duplicate), sales still being
//   checked, and background checks with Gigastore that keep failing; and an app update waiting to install.
// Each row wraps as a last resort (an 80-character store name, a long clerk's name in German at 1280 px)
// rather than hide a word.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/api';
import type { ErrorInfo } from '../../../shared/handoff';
import type { HistoryFocus } from '../screens/history/HistoryFilters';
import { ConnectionStatus } from './ConnectionStatus';
import { HeaderAlerts, hasAlerts } from './HeaderAlerts';
import { GearIcon, HelpIcon } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { ShiftControl } from './ShiftControl';
import { UpdateNotice } from './UpdateNotice';

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

/**
 * Memoized: the header changes with the overview, not with the sale on screen, and a sale's answer should
 * redraw only the handoff (the App redraws on every event).
 */
export const HeaderBar = memo(function HeaderBar(props: HeaderBarProps) {
  const { overview, overviewError, onOpenHelp, onOpenSettings, onOpenHistory, onOpenCare } = props;
  const { t } = useTranslation();
  const clerk = overview?.shift.clerk;
  return (
    <header className="header-bar">
      <div className="header-row header-main">
        <div className="header-identity">
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
        <div className="header-tools">
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
          {/* "?" is read at a glance and is the help key too; the name says F1 for screen readers. */}
          <button
            type="button"
            className="header-button icon-button"
            onClick={onOpenHelp}
            aria-keyshortcuts="F1"
            aria-label={t('header.help')}
            title={t('header.help')}
            data-testid="open-help"
          >
            <HelpIcon />
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
      </div>
      {overview && (clerk || hasAlerts(overview) || overview.update) && (
        <div className="header-row header-status" data-testid="header-status">
          {clerk && <ShiftControl clerk={clerk} />}
          <HeaderAlerts overview={overview} onOpenHistory={onOpenHistory} />
          <UpdateNotice update={overview.update} />
        </div>
      )}
    </header>
  );
});
