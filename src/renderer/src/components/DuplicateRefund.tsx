// Refunding what Gigastore charged twice for one sale: one action, behind the manager PIN (typed here while
// the console is locked, as in the refund dialog). Main refunds every duplicate not refunded yet and never
// the customer's own package; Gigastore's answer to each is shown, a refusal in its own words. History's
// sale details and the handoff both offer it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/api';
import type { RefundOutcome } from '../../../shared/care';
import { useBridge } from '../hooks/useConsole';
import { useManagerAction } from '../hooks/useManagerAction';
import { focusOnMount } from '../screens/handoff/focusOnMount';
import { ManagerPinField } from './ManagerPinField';

interface DuplicateRefundProps {
  saleId: string;
  manager: Overview['manager'] | undefined;
  /** A duplicate is still to be refunded: the action is offered. Otherwise only the last answers stay. */
  open: boolean;
  /** Said above the action while it is offered, as an alert (the handoff says what happened here). */
  alert?: string;
}

export function DuplicateRefund({ saleId, manager, open, alert }: DuplicateRefundProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const refunding = useManagerAction(manager);
  const [badPin, setBadPin] = useState(false);
  const [outcomes, setOutcomes] = useState<RefundOutcome[]>([]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (refunding.pending) return;
    setBadPin(refunding.pinMalformed);
    if (refunding.pinMalformed) return;
    setOutcomes([]);
    const result = await refunding.perform(() => bridge.refundDuplicate(saleId));
    if (result?.ok) setOutcomes(result.value);
  };

  if (!open && outcomes.length === 0) return null;
  const message = badPin ? t('care.refund.problem.pin') : refunding.error?.message;
  return (
    <div className="duplicate-refund" data-testid="duplicate-refund" data-sale-id={saleId}>
      {open && alert && (
        <p className="error-sentence" role="alert" data-testid="double-charge-alert">
          {alert}
        </p>
      )}
      {open && (
        <form className="refund-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <ManagerPinField
            guard={refunding}
            hint={t('doubleCharge.pinHint')}
            invalid={badPin}
            testId="duplicate-refund-pin"
          />
          {message && (
            <p className="error-sentence" role="alert" data-testid="duplicate-refund-error">
              {message}
            </p>
          )}
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={refunding.pending}
            data-testid="duplicate-refund-confirm"
          >
            {t(refunding.pending ? 'doubleCharge.refunding' : 'doubleCharge.refund')}
          </button>
        </form>
      )}
      {outcomes.map((outcome, index) => (
        <p
          key={index}
          className={outcome.outcome === 'refunded' ? 'success-sentence' : 'error-sentence'}
          role={outcome.outcome === 'refunded' ? 'status' : 'alert'}
          // The button the focus was on goes away once nothing is left to refund: the answer takes the focus.
          tabIndex={-1}
          ref={index === 0 ? focusOnMount : undefined}
          data-testid="duplicate-refund-outcome"
          data-outcome={outcome.outcome}
        >
          {outcome.outcome === 'refunded' ? t('doubleCharge.refunded') : outcome.message}
        </p>
      ))}
    </div>
  );
}
