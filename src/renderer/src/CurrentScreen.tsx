// The one screen the navigation has on show (navigation.ts decides which), given what it needs from the
// counter's state and the clerk's selling actions. Every way off a screen goes through `go`.
import type { NavigationEvent, Navigation, Screen } from './navigation';
import type { CounterState } from './hooks/useCounterState';
import type { SaleFlow } from './hooks/useSaleFlow';
import { CareFlow } from './screens/care/CareFlow';
import { CatalogueScreen } from './screens/catalogue/CatalogueScreen';
import { ConfirmScreen } from './screens/confirm/ConfirmScreen';
import type { SaleDraft } from './screens/confirm/saleDraft';
import { HandoffScreen } from './screens/handoff/HandoffScreen';
import { HistoryScreen } from './screens/history/HistoryScreen';
import { ReportScreen } from './screens/report/ReportScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { ShiftPicker } from './screens/shift/ShiftPicker';

interface CurrentScreenProps {
  screen: Screen;
  navigation: Navigation;
  go(event: NavigationEvent): void;
  counter: CounterState;
  flow: SaleFlow;
}

export function CurrentScreen({ screen, navigation, go, counter, flow }: CurrentScreenProps) {
  const { overview, handoff, settings, catalogue, recent, offline } = counter;
  const back = () => go({ type: 'back' });
  const confirmScreen = (draft: SaleDraft) => (
    <ConfirmScreen
      draft={draft}
      onDraftChange={(next) => go({ type: 'edit-draft', draft: next })}
      pending={flow.sale.pending}
      error={flow.sale.error}
      offline={offline}
      onActivate={() => void flow.activate(draft)}
      onBack={back}
    />
  );

  const { overlay, care } = navigation;
  if (screen === 'settings') return <SettingsScreen overview={overview.value} onClose={back} />;
  if (screen === 'history' && overlay?.screen === 'history') {
    // Keyed by how it was opened: a badge, clicked while History shows today, switches to its sales.
    return (
      <HistoryScreen
        key={overlay.opening.focus}
        opening={overlay.opening}
        manager={overview.value?.manager}
        onClose={back}
        onShown={flow.showFromHistory}
        onLookup={(lookup) => go({ type: 'open-care', opening: { lookup } })}
        onReport={() => go({ type: 'open-report' })}
      />
    );
  }
  if (screen === 'report') return <ReportScreen onClose={back} />;
  if (screen === 'shift' && settings) return <ShiftPicker clerks={settings.clerks} />;
  if (care && (screen === 'care' || screen === 'care-picker' || screen === 'care-confirm')) {
    return (
      <CareFlow
        care={care}
        dialog={navigation.dialog}
        overview={overview.value}
        catalogue={catalogue.load}
        recent={recent.ranks}
        confirm={care.draft && confirmScreen(care.draft)}
        onPick={flow.pickForCustomer}
        onRetryCatalogue={catalogue.reload}
        go={go}
      />
    );
  }
  if (screen === 'handoff' && handoff) {
    return (
      <HandoffScreen
        handoff={handoff}
        mode={overview.value?.mode}
        supportLine={settings?.supportLine}
        offline={offline}
        reshown={handoff.saleId === navigation.reshownSaleId}
        lateCharged={handoff.saleId === counter.lateSaleId}
        doubleCharged={overview.value?.doubleCharges.includes(handoff.saleId) ?? false}
        manager={overview.value?.manager}
        leaving={flow.leaving.pending}
        leaveError={flow.leaving.error?.message}
        onLeave={() => void flow.leaveHandoff()}
      />
    );
  }
  if (screen === 'confirm' && navigation.draft) return confirmScreen(navigation.draft);
  return (
    <CatalogueScreen
      load={catalogue.load}
      view={flow.catalogueView}
      onViewChange={flow.setCatalogueView}
      onPick={flow.pick}
      onRetry={catalogue.reload}
      recent={recent.ranks}
    />
  );
}
