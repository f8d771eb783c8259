// The clerk's selling actions in the counter window: pick a package (for a first sale, or for a customer
// found in care), Activate, leave the handoff, show a sale from History again. Each asks main first where
// main decides, then moves the navigation. The catalogue's view (search, highlighted row) lives here, so
// Escape back from the confirm screen finds it as it was.
import { useState } from 'react';
import type { CatalogueItem } from '../../../shared/catalogue';
import type { Handoff } from '../../../shared/handoff';
import type { NavigationEvent } from '../navigation';
import { FRESH_CATALOGUE_VIEW, type CatalogueView } from '../screens/catalogue/CatalogueScreen';
import {
  newDraft,
  toCareSale,
  toSaleRequest,
  type CareSaleCustomer,
  type SaleDraft,
} from '../screens/confirm/saleDraft';
import type { CounterState } from './useCounterState';
import { useBridge } from './useConsole';
import { useConsoleAction } from './useConsoleAction';

export type SaleFlow = ReturnType<typeof useSaleFlow>;

export function useSaleFlow(counter: CounterState, go: (event: NavigationEvent) => void) {
  const bridge = useBridge();
  const sale = useConsoleAction();
  const leaving = useConsoleAction();
  const [catalogueView, setCatalogueView] = useState<CatalogueView>(FRESH_CATALOGUE_VIEW);
  const { settings, offline, handoff, adopt, clear } = counter;

  const pick = (item: CatalogueItem) => {
    sale.clearError();
    setCatalogueView({ ...catalogueView, highlightedId: item.id });
    go({ type: 'pick', draft: newDraft(item, settings) });
  };
  const pickForCustomer = (item: CatalogueItem, customer: CareSaleCustomer) => {
    sale.clearError();
    go({ type: 'pick', draft: newDraft(item, settings, customer) });
  };

  const activate = async (draft: SaleDraft) => {
    if (offline) return;
    const { care: customer } = draft;
    const result = await sale.perform(() =>
      customer ? bridge.startCareSale(toCareSale(draft, customer)) : bridge.startSale(toSaleRequest(draft)),
    );
    if (!result?.ok) return;
    adopt(result.value);
    go({ type: 'sale-started', careSale: customer !== undefined });
  };

  const leaveHandoff = async () => {
    const refused = handoff?.phase === 'failed' || handoff?.phase === 'not-charged';
    // After a refused sale the same customer is still there: keep their search. Otherwise start afresh,
    // now: main's event that the handoff is gone can show the catalogue before this call's answer, and a
    // clerk typing the next search at once must not see it wiped by a reset that comes after.
    if (!refused) setCatalogueView(FRESH_CATALOGUE_VIEW);
    const result = await leaving.perform(() => bridge.leaveHandoff());
    if (!result?.ok) return;
    clear();
    go({ type: 'handoff-left' });
    counter.catalogue.reload(); // prices may have changed, and a stale price is refused by the price guard
    counter.recent.reload(); // the package just sold comes first next time
  };

  const showFromHistory = (shown: Handoff) => {
    adopt(shown);
    go({ type: 'sale-reshown', saleId: shown.saleId });
  };

  return {
    sale,
    leaving,
    catalogueView,
    setCatalogueView,
    pick,
    pickForCustomer,
    activate,
    leaveHandoff,
    showFromHistory,
  };
}
