// What the clerk can do while a sale has no eSIM to hand over. Verifying: ask Gigastore now, or leave the
// sale to the background check (it stays in History as being checked). Refused or proven not charged: send
// the same sale again under the same sale id, or go back to the packages.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReconcileResult } from '../../../../shared/api';
import type { Handoff } from '../../../../shared/handoff';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { BusyButton } from '../../components/BusyButton';

interface VerifyingActionsProps {
  saleId: string;
  leaving: boolean;
  onLeave(): void;
}

export function VerifyingActions({ saleId, leaving, onLeave }: VerifyingActionsProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const bridge = useBridge();
  const check = useConsoleAction();
  // Only "still verifying" needs saying: a completed or not-charged sale changes the whole screen.
  const [outcome, setOutcome] = useState<ReconcileResult['outcome'] | null>(null);

  const checkNow = async () => {
    setOutcome(null);
    const result = await check.perform(() => bridge.reconcileNow());
    if (result?.ok) setOutcome(result.value.find((entry) => entry.saleId === saleId)?.outcome ?? 'still-verifying');
  };

  return (
    <div className="phase-actions">
      <div className="button-row">
        <BusyButton
          busy={check.pending}
          className="button button-primary"
          onClick={checkNow}
          testId="check-now"
          label={t('handoff.checkNow')}
          busyLabel={t('handoff.checking')}
        />
        <button
          type="button"
          className="button"
          aria-disabled={leaving}
          aria-describedby={hintId}
          onClick={onLeave}
          data-testid="leave-verifying"
        >
          {t('handoff.leaveVerifying')}
        </button>
      </div>
      <p className="phase-hint" id={hintId}>
        {t('handoff.leaveVerifyingHint')}
      </p>
      {outcome === 'still-verifying' && (
        <p className="phase-hint" role="status" data-testid="check-result">
          {t('reconcile.still-verifying')}
        </p>
      )}
      {check.error && (
        <p className="error-sentence" role="alert">
          {check.error.message}
        </p>
      )}
    </div>
  );
}

interface RetryActionsProps {
  phase: Handoff['phase'];
  offline: boolean;
  leaving: boolean;
  onBack(): void;
}

export function RetryActions({ phase, offline, leaving, onBack }: RetryActionsProps) {
  const { t } = useTranslation();
  const pausedId = useId();
  const bridge = useBridge();
  const retry = useConsoleAction();
  // Proven not charged: trying again is the obvious next step. Refused: usually the customer's choice changes.
  const retryFirst = phase === 'not-charged';

  const tryAgain = () => {
    if (offline) return; // the sentence beside the button says why
    void retry.perform(() => bridge.retrySale());
  };

  return (
    <div className="phase-actions">
      <div className="button-row">
        <button
          type="button"
          className={`button${retryFirst ? ' button-primary' : ''}`}
          aria-disabled={offline || retry.pending}
          aria-describedby={offline ? pausedId : undefined}
          onClick={tryAgain}
          data-testid="retry-sale"
        >
          {t(retry.pending ? 'handoff.retrying' : 'handoff.retry')}
        </button>
        <button
          type="button"
          className={`button${retryFirst ? '' : ' button-primary'}`}
          aria-disabled={leaving || retry.pending}
          aria-keyshortcuts="Escape N"
          onClick={() => {
            if (!retry.pending) onBack(); // a sale on its way cannot be left
          }}
          data-testid="handoff-back"
        >
          {t('handoff.backToCatalogue')}
        </button>
      </div>
      {offline && (
        <p className="phase-hint" id={pausedId}>
          {t('offline.retryPaused')}
        </p>
      )}
      {retry.error && (
        <p className="error-sentence" role="alert" data-testid="retry-error">
          {retry.error.message}
        </p>
      )}
    </div>
  );
}
