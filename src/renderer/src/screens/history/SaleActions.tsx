// What can be done about a sale from History: read its eSIM state from Gigastore again; show its QR again
// while the eSIM still waits to be installed (only to the same customer: a code installs once); and for a
// sale whose outcome is still open, ask Gigastore now instead of waiting for the background check.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReconcileResult, SaleView } from '../../../../shared/api';
import type { Handoff } from '../../../../shared/handoff';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { BusyButton } from '../../components/BusyButton';

/** States in which the eSIM was not installed for good, so its code may still be useful to the customer. */
const RESHOWABLE_STATES = new Set(['RELEASED', 'DISABLED']);

interface SaleActionsProps {
  sale: SaleView;
  onReplace(sale: SaleView): void;
  onShown(handoff: Handoff): void;
}

export function SaleActions({ sale, onReplace, onShown }: SaleActionsProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const refresh = useConsoleAction();
  const show = useConsoleAction();
  const reconcile = useConsoleAction();
  const [outcome, setOutcome] = useState<ReconcileResult['outcome'] | null>(null);

  const unresolved = sale.status === 'pending' || sale.status === 'verifying';
  const hasEsim = sale.status === 'completed' && sale.iccid !== undefined;
  const reshowable = hasEsim && RESHOWABLE_STATES.has(sale.esimState ?? '');

  const refreshState = async () => {
    const result = await refresh.perform(() => bridge.refreshSale(sale.saleId));
    if (result?.ok) onReplace(result.value);
  };
  const showAgain = async () => {
    const result = await show.perform(() => bridge.showSale(sale.saleId));
    if (result?.ok) onShown(result.value);
  };
  const checkNow = async () => {
    setOutcome(null);
    const result = await reconcile.perform(() => bridge.reconcileNow());
    if (result?.ok) setOutcome(result.value.find((entry) => entry.saleId === sale.saleId)?.outcome ?? null);
  };

  const errors = [refresh.error, show.error, reconcile.error].filter((error) => error !== null);
  if (!hasEsim && !unresolved && !outcome && errors.length === 0) return null;

  return (
    <div className="sale-actions">
      {unresolved && (
        <p className="note" data-testid="unresolved-note">
          {t('history.details.unresolved')}
        </p>
      )}
      {reshowable && (
        <p className="note" role="note" data-testid="reshow-warning">
          {t('handoff.reshowWarning')}
        </p>
      )}
      <div className="button-row">
        {hasEsim && (
          <BusyButton
            busy={refresh.pending}
            onClick={refreshState}
            testId="refresh-sale"
            label={t('history.details.refresh')}
            busyLabel={t('history.details.refreshing')}
          />
        )}
        {reshowable && (
          <BusyButton
            busy={show.pending}
            className="button button-primary"
            onClick={showAgain}
            testId="show-sale"
            label={t('history.details.showQr')}
            busyLabel={t('history.details.showing')}
          />
        )}
        {unresolved && (
          <BusyButton
            busy={reconcile.pending}
            className="button button-primary"
            onClick={checkNow}
            testId="reconcile-sale"
            label={t('history.details.reconcile')}
            busyLabel={t('handoff.checking')}
          />
        )}
      </div>
      {outcome && (
        <p className="result-count" role="status" data-testid="reconcile-result" data-outcome={outcome}>
          {t(`reconcile.${outcome}`)}
        </p>
      )}
      {errors.map((error, index) => (
        <p key={index} className="error-sentence" role="alert" data-testid="sale-action-error">
          {error.message}
        </p>
      ))}
    </div>
  );
}
