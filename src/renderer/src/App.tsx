// The counter window: header above one screen at a time. Which screen follows from the data, not from a
// router: a current handoff is always on screen; otherwise a picked package is being confirmed;
// otherwise the catalogue waits. Settings, history, customer care and help lie over any of them. When the
// counter has a list of clerks and nobody started a shift, the shift picker comes before any selling.
// Between the header and the screen: the offline banner and main's notices.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../shared/catalogue';
import type { Handoff } from '../../shared/handoff';
import { HeaderBar } from './components/HeaderBar';
import { HelpDialog } from './components/HelpDialog';
import { NoticeList } from './components/NoticeList';
import { OfflineBanner } from './components/OfflineBanner';
import { PolicyBanner } from './components/PolicyBanner';
import { useBridge, useCatalogue, useHandoff, useOverview } from './hooks/useConsole';
import { useConsoleAction } from './hooks/useConsoleAction';
import { useCustomerPreview } from './hooks/useCustomerPreview';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { useManagerExpiry } from './hooks/useManagerExpiry';
import { useRecentSales } from './hooks/useRecentSales';
import { CareFlow, type CareOpening } from './screens/care/CareFlow';
import { CatalogueScreen, FRESH_CATALOGUE_VIEW, type CatalogueView } from './screens/catalogue/CatalogueScreen';
import { ConfirmScreen } from './screens/confirm/ConfirmScreen';
import { newDraft, toCareSale, toSaleRequest, type CareTarget, type SaleDraft } from './screens/confirm/saleDraft';
import { HandoffScreen } from './screens/handoff/HandoffScreen';
import { useLateCharge } from './screens/handoff/useLateCharge';
import type { HistoryFocus } from './screens/history/HistoryFilters';
import { HistoryScreen, type HistoryOpening } from './screens/history/HistoryScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { ShiftPicker } from './screens/shift/ShiftPicker';

export function App() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const overview = useOverview();
  const { handoff, error: handoffError, adopt, clear } = useHandoff();
  // Until the overview says which mode is on, there is no knowing which catalogue to show.
  const { load: catalogue, reload: reloadCatalogue } = useCatalogue(
    overview.value?.mode ?? (overview.error ? 'unknown' : null),
  );
  const recent = useRecentSales();
  const lateSaleId = useLateCharge(handoff);
  useManagerExpiry(overview.value?.manager.unlocked ?? false, overview.refresh);
  const [catalogueView, setCatalogueView] = useState<CatalogueView>(FRESH_CATALOGUE_VIEW);
  const [draft, setDraft] = useState<SaleDraft | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [history, setHistory] = useState<HistoryOpening | null>(null);
  const [care, setCare] = useState<CareOpening | null>(null);
  // A top-up or second eSIM being confirmed from Customer care (the care screen stays open behind it).
  const [careDraft, setCareDraft] = useState<SaleDraft | null>(null);
  // The sale History put back on screen: its handoff warns that the code installs only once.
  const [reshownSaleId, setReshownSaleId] = useState<string | null>(null);
  const sale = useConsoleAction();
  const leaving = useConsoleAction();
  const connection = overview.value?.connection;
  const offline = connection?.state === 'offline';
  const settings = overview.value?.settings;
  const shiftNeeded = Boolean(settings && settings.clerks.length > 0 && !overview.value?.shift.clerk);
  // The package being confirmed, shown to the customer too (before the sale: a handoff replaces it).
  const confirming = handoff || shiftNeeded ? null : care ? careDraft : draft;
  useCustomerPreview(confirming?.item.id ?? null, confirming?.customerLanguage ?? null);

  const openHistory = (focus: HistoryFocus) => {
    setSettingsOpen(false);
    setHistory({ focus });
  };
  const openCare = (opening: CareOpening = {}) => {
    if (shiftNeeded) return;
    setSettingsOpen(false);
    setHistory(null);
    setCareDraft(null);
    setCare(opening);
  };
  useKeyboardShortcuts(
    {
      F1: () => setHelpOpen(true),
      '?': () => setHelpOpen(true),
      ...(history || settingsOpen ? {} : { h: () => openHistory('all') }),
      ...(history || settingsOpen || care || shiftNeeded ? {} : { c: () => openCare() }),
    },
    !helpOpen,
  );

  // Back online after a pause: the catalogue may have failed to load meanwhile, and prices may have moved.
  const lastConnection = useRef(connection?.state);
  useEffect(() => {
    if (lastConnection.current === 'offline' && connection?.state === 'online') reloadCatalogue();
    lastConnection.current = connection?.state;
  }, [connection?.state, reloadCatalogue]);

  const pick = (item: CatalogueItem) => {
    sale.clearError();
    setCatalogueView({ ...catalogueView, highlightedId: item.id });
    setDraft(newDraft(item, settings));
  };
  const pickForCare = (item: CatalogueItem, target: CareTarget) => {
    sale.clearError();
    setCareDraft(newDraft(item, settings, target));
  };

  const activate = async (current: SaleDraft) => {
    if (offline) return;
    const { care: target } = current;
    const result = await sale.perform(() =>
      target ? bridge.startCareSale(toCareSale(current, target)) : bridge.startSale(toSaleRequest(current)),
    );
    if (!result?.ok) return;
    adopt(result.value);
    if (target) {
      setCare(null); // the care sale's handoff takes the screen
      setCareDraft(null);
    }
  };
  const confirmScreen = (current: SaleDraft, change: (next: SaleDraft | null) => void) => (
    <ConfirmScreen
      draft={current}
      onDraftChange={change}
      pending={sale.pending}
      error={sale.error}
      offline={offline}
      onActivate={() => void activate(current)}
      onBack={() => change(null)}
    />
  );

  const leaveHandoff = async () => {
    const refused = handoff?.phase === 'failed' || handoff?.phase === 'not-charged';
    const result = await leaving.perform(() => bridge.leaveHandoff());
    if (!result?.ok) return;
    clear();
    setReshownSaleId(null);
    setDraft(null);
    reloadCatalogue(); // prices may have changed, and a stale price is refused by the price guard
    recent.reload(); // the package just sold comes first next time
    // After a refused sale the same customer is still there: keep their search. Otherwise start afresh.
    if (!refused) setCatalogueView(FRESH_CATALOGUE_VIEW);
  };

  const showFromHistory = (shown: Handoff) => {
    adopt(shown);
    setReshownSaleId(shown.saleId);
    setHistory(null);
  };

  let screen;
  if (settingsOpen) {
    screen = <SettingsScreen overview={overview.value} onClose={() => setSettingsOpen(false)} />;
  } else if (history) {
    // Keyed by how it was opened: a badge, clicked while History shows today, switches to its sales.
    screen = (
      <HistoryScreen
        key={history.focus}
        opening={history}
        manager={overview.value?.manager}
        onClose={() => setHistory(null)}
        onShown={showFromHistory}
        onLookup={(lookup) => openCare({ lookup })}
      />
    );
  } else if (shiftNeeded && !handoff && settings) {
    screen = <ShiftPicker clerks={settings.clerks} />;
  } else if (care) {
    screen = (
      <CareFlow
        opening={care}
        overview={overview.value}
        catalogue={catalogue}
        recent={recent.ranks}
        confirm={careDraft && confirmScreen(careDraft, setCareDraft)}
        onPick={pickForCare}
        onRetryCatalogue={reloadCatalogue}
        onClose={() => setCare(null)}
      />
    );
  } else if (handoff) {
    screen = (
      <HandoffScreen
        handoff={handoff}
        mode={overview.value?.mode}
        supportLine={overview.value?.settings.supportLine}
        offline={offline}
        reshown={handoff.saleId === reshownSaleId}
        lateCharged={handoff.saleId === lateSaleId}
        doubleCharged={overview.value?.doubleCharges.includes(handoff.saleId) ?? false}
        manager={overview.value?.manager}
        leaving={leaving.pending}
        leaveError={leaving.error?.message}
        onLeave={() => void leaveHandoff()}
      />
    );
  } else if (draft) {
    screen = confirmScreen(draft, setDraft);
  } else {
    screen = (
      <CatalogueScreen
        load={catalogue}
        view={catalogueView}
        onViewChange={setCatalogueView}
        onPick={pick}
        onRetry={reloadCatalogue}
        recent={recent.ranks}
      />
    );
  }

  return (
    <div className="app">
      <HeaderBar
        overview={overview.value}
        overviewError={overview.error}
        onOpenHelp={() => setHelpOpen(true)}
        onOpenSettings={() => {
          setHistory(null);
          setSettingsOpen(true);
        }}
        onOpenHistory={openHistory}
        onOpenCare={shiftNeeded ? undefined : () => openCare()}
      />
      {offline && <OfflineBanner message={connection?.message} />}
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
      {screen}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
