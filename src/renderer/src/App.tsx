// The counter window: header above one screen at a time. Which screen, and every way between screens, is
// the navigation's (navigation.ts): a current handoff covers selling; customer care lies over both;
// Settings, History and the help sheet lie over everything. Between the header and the screen: the
// offline banner and main's notices.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderBar } from './components/HeaderBar';
import { HelpDialog } from './components/HelpDialog';
import { NoticeList } from './components/NoticeList';
import { OfflineBanner } from './components/OfflineBanner';
import { CurrentScreen } from './CurrentScreen';
import { useCounterState } from './hooks/useCounterState';
import { PolicyBanner } from './components/PolicyBanner';
import { useCustomerPreview } from './hooks/useCustomerPreview';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { useNavigation } from './hooks/useNavigation';
import { useSaleFlow } from './hooks/useSaleFlow';
import { confirmingDraft, shortcutEvents } from './navigation';
import type { HistoryFocus } from './screens/history/HistoryFilters';

export function App() {
  const { t } = useTranslation();
  const counter = useCounterState();
  const { overview, connection, handoffError, shiftNeeded } = counter;
  const { navigation, screen, go } = useNavigation({ handoff: counter.handoff !== null, shiftNeeded });
  const flow = useSaleFlow(counter, go);
  // The package being confirmed, shown to the customer too (before the sale: a handoff replaces it).
  const confirming = confirmingDraft(navigation);
  useCustomerPreview(confirming?.item.id ?? null, confirming?.customerLanguage ?? null);
  useKeyboardShortcuts(
    Object.fromEntries(Object.entries(shortcutEvents(navigation)).map(([key, event]) => [key, () => go(event)])),
  );

  // Stable, so that the memoized header is not redrawn by every event.
  const openHelp = useCallback(() => go({ type: 'open-dialog', dialog: { kind: 'help' } }), [go]);
  const openSettings = useCallback(() => go({ type: 'open-settings' }), [go]);
  const openHistory = useCallback((focus: HistoryFocus) => go({ type: 'open-history', focus }), [go]);
  const openCare = useCallback(() => go({ type: 'open-care', opening: {} }), [go]);

  return (
    <div className="app">
      <HeaderBar
        overview={overview.value}
        overviewError={overview.error}
        onOpenHelp={openHelp}
        onOpenSettings={openSettings}
        onOpenHistory={openHistory}
        onOpenCare={shiftNeeded ? undefined : openCare}
      />
      {counter.offline && <OfflineBanner message={connection?.message} />}
      <PolicyBanner problem={overview.value?.policy?.problem} />
      {overview.value && <NoticeList notices={overview.value.notices} />}
      {/* The header says "Offline" then; what failed is said here, whole. */}
      {overview.error && (
        <p className="banner" role="alert" data-testid="overview-error">
          {t('app.overviewUnreadable', { message: overview.error.message })}
        </p>
      )}
      {handoffError && (
        <p className="banner" role="alert">
          {t('app.handoffUnreadable', { message: handoffError.message })}
        </p>
      )}
      <CurrentScreen screen={screen} navigation={navigation} go={go} counter={counter} flow={flow} />
      <HelpDialog
        open={navigation.dialog?.kind === 'help'}
        onClose={() => go({ type: 'close-dialog', kind: 'help' })}
      />
    </div>
  );
}
