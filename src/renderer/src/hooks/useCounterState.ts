// What main says about the counter, as the counter window needs it: the overview (mode, settings, shift,
// connection, manager), the sale on the handoff screen, the catalogue of the mode, the recently sold
// packages and a sale charged late. The catalogue is read again when Gigastore comes back after a pause.
import { useEffect, useRef } from 'react';
import { useLateCharge } from '../screens/handoff/useLateCharge';
import { useCatalogue } from './useCatalogue';
import { useHandoff, useOverview } from './useConsole';
import { useManagerExpiry } from './useManagerExpiry';
import { useRecentSales } from './useRecentSales';

export type CounterState = ReturnType<typeof useCounterState>;

export function useCounterState() {
  const overview = useOverview();
  const { handoff, error: handoffError, adopt, clear } = useHandoff();
  // Until the overview says which mode is on, there is no knowing which catalogue to show.
  const catalogue = useCatalogue(overview.value?.mode ?? (overview.error ? 'unknown' : null));
  const recent = useRecentSales();
  const lateSaleId = useLateCharge(handoff);
  useManagerExpiry(overview.value?.manager.unlocked ?? false, overview.refresh);
  const connection = overview.value?.connection;
  useReloadWhenBackOnline(connection?.state, catalogue.reload);
  const settings = overview.value?.settings;
  return {
    overview,
    handoff,
    handoffError,
    adopt,
    clear,
    catalogue,
    recent,
    lateSaleId,
    settings,
    connection,
    offline: connection?.state === 'offline',
    /** The counter has clerks and nobody started a shift: selling and care wait for a name. */
    shiftNeeded: Boolean(settings && settings.clerks.length > 0 && !overview.value?.shift.clerk),
  };
}

/** Back online after a pause: the catalogue may have failed to load meanwhile, and prices may have moved. */
function useReloadWhenBackOnline(state: string | undefined, reload: () => void): void {
  const lastState = useRef(state);
  useEffect(() => {
    if (lastState.current === 'offline' && state === 'online') reload();
    lastState.current = state;
  }, [state, reload]);
}
