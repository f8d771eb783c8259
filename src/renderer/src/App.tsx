// The counter window: header above one screen at a time. Which screen follows from the data, not from a
// router: a current handoff is always on screen; otherwise a picked package is being confirmed;
// otherwise the catalogue waits. Settings and help lie over any of them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleRequest } from '../../shared/api';
import type { CatalogueItem } from '../../shared/catalogue';
import { HeaderBar } from './components/HeaderBar';
import { HelpDialog } from './components/HelpDialog';
import { useBridge, useCatalogue, useHandoff, useOverview } from './hooks/useConsole';
import { useConsoleAction } from './hooks/useConsoleAction';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { CatalogueScreen, FRESH_CATALOGUE_VIEW, type CatalogueView } from './screens/catalogue/CatalogueScreen';
import { ConfirmScreen, type SaleDraft } from './screens/confirm/ConfirmScreen';
import { HandoffScreen } from './screens/handoff/HandoffScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';

function toSaleRequest({ item, customerCountry, customerEmail }: SaleDraft): SaleRequest {
  const email = customerEmail.trim();
  return {
    inventoryItemId: item.id,
    expectedPrice: item.retailPrice, // the price guard: Gigastore refuses if it is no longer this
    customerCountry,
    ...(email ? { customerEmail: email } : {}),
  };
}

export function App() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const overview = useOverview();
  const { handoff, error: handoffError, adopt, clear } = useHandoff();
  // Until the overview says which mode is on, there is no knowing which catalogue to show.
  const { load: catalogue, reload: reloadCatalogue } = useCatalogue(
    overview.value?.mode ?? (overview.error ? 'unknown' : null),
  );
  const [catalogueView, setCatalogueView] = useState<CatalogueView>(FRESH_CATALOGUE_VIEW);
  const [draft, setDraft] = useState<SaleDraft | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const sale = useConsoleAction();
  const leaving = useConsoleAction();

  useKeyboardShortcuts({ F1: () => setHelpOpen(true), '?': () => setHelpOpen(true) }, !helpOpen);

  const pick = (item: CatalogueItem) => {
    sale.clearError();
    setCatalogueView({ ...catalogueView, highlightedId: item.id });
    setDraft({ item, customerCountry: overview.value?.settings.storeCountry ?? '', customerEmail: '' });
  };

  const activate = async () => {
    if (!draft) return;
    const result = await sale.perform(() => bridge.startSale(toSaleRequest(draft)));
    if (result?.ok) adopt(result.value);
  };

  const leaveHandoff = async () => {
    const refused = handoff?.phase === 'failed' || handoff?.phase === 'not-charged';
    const result = await leaving.perform(() => bridge.leaveHandoff());
    if (!result?.ok) return;
    clear();
    setDraft(null);
    reloadCatalogue(); // prices may have changed, and a stale price is refused by the price guard
    // After a refused sale the same customer is still there: keep their search. Otherwise start afresh.
    if (!refused) setCatalogueView(FRESH_CATALOGUE_VIEW);
  };

  let screen;
  if (settingsOpen) {
    screen = <SettingsScreen overview={overview.value} onClose={() => setSettingsOpen(false)} />;
  } else if (handoff) {
    screen = (
      <HandoffScreen
        handoff={handoff}
        mode={overview.value?.mode}
        supportLine={overview.value?.settings.supportLine}
        leaving={leaving.pending}
        leaveError={leaving.error?.message}
        onLeave={() => void leaveHandoff()}
      />
    );
  } else if (draft) {
    screen = (
      <ConfirmScreen
        draft={draft}
        onDraftChange={setDraft}
        pending={sale.pending}
        error={sale.error}
        onActivate={() => void activate()}
        onBack={() => setDraft(null)}
      />
    );
  } else {
    screen = (
      <CatalogueScreen
        load={catalogue}
        view={catalogueView}
        onViewChange={setCatalogueView}
        onPick={pick}
        onRetry={reloadCatalogue}
      />
    );
  }

  return (
    <div className="app">
      <HeaderBar
        overview={overview.value}
        overviewError={overview.error}
        onOpenHelp={() => setHelpOpen(true)}
        onOpenSettings={() => setSettingsOpen(true)}
      />
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
