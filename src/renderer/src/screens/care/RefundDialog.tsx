// Refunding a package: the reason (required, it goes into the journal and onto the slip), and while the
// console is locked the manager PIN, which unlocks it first. Without a PIN main refuses and says so.
// Gigastore decides: a refused refund shows its sentence exactly as it came. Refunded, a sale of this
// counter can have its refund slip printed.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/api';
import type { CarePackage, RefundOutcome } from '../../../../shared/care';
import { ManagerPinField } from '../../components/ManagerPinField';
import { Modal } from '../../components/Modal';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useManagerAction } from '../../hooks/useManagerAction';
import { focusOnMount } from '../handoff/focusOnMount';

const MIN_REASON = 3;

interface RefundDialogProps {
  pkg: CarePackage;
  manager: Overview['manager'] | undefined;
  /** Gigastore answered: look the customer up again. */
  onRefunded(): void;
  onClose(): void;
}

export function RefundDialog({ pkg, manager, onRefunded, onClose }: RefundDialogProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const refunding = useManagerAction(manager);
  const printing = useConsoleAction();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'reason' | 'pin' | null>(null);
  const [outcome, setOutcome] = useState<RefundOutcome | null>(null);
  const [printed, setPrinted] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (refunding.pending) return;
    const found = reason.trim().length < MIN_REASON ? 'reason' : refunding.pinMalformed ? 'pin' : null;
    setProblem(found);
    if (found) return;
    // Locked and a PIN typed: it unlocks first. Locked and none: main refuses, in its own words.
    const result = await refunding.perform(() =>
      bridge.refundPackage({ activatedItemUid: pkg.uid, reason: reason.trim() }),
    );
    if (!result?.ok) return;
    setOutcome(result.value);
    onRefunded();
  };

  const printSlip = async (saleId: string) => {
    setPrinted(false);
    const result = await printing.perform(() => bridge.printRefundSlip(saleId));
    if (result?.ok) setPrinted(true);
  };

  const message = problem ? t(`care.refund.problem.${problem}`) : refunding.error?.message;
  const titleId = `${baseId}-title`;
  return (
    <Modal labelledBy={titleId} className="refund-dialog" testId="care-refund-dialog" onClose={onClose}>
      <h2 id={titleId}>{t('care.refund.title', { name: pkg.name ?? pkg.uid })}</h2>
      <p>{t('care.refund.intro')}</p>
      {!outcome && (
        <form className="refund-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <label className="field">
            <span className="field-label">{t('care.refund.reason')}</span>
            <input
              type="text"
              autoComplete="off"
              required
              maxLength={200}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={problem === 'reason'}
              data-testid="care-refund-reason"
            />
          </label>
          <ManagerPinField
            guard={refunding}
            hint={t('care.refund.pinHint')}
            invalid={problem === 'pin'}
            testId="care-refund-pin"
          />
          {message && (
            <p className="error-sentence" role="alert" data-testid="care-refund-error">
              {message}
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={refunding.pending}
              data-testid="care-refund-confirm"
            >
              {t(refunding.pending ? 'care.refund.refunding' : 'care.refund.confirm')}
            </button>
            <button type="button" className="button" onClick={onClose} data-testid="care-refund-cancel">
              {t('care.refund.cancel')}
            </button>
          </div>
        </form>
      )}
      {outcome && (
        <div className="refund-done">
          <p
            className={outcome.outcome === 'refunded' ? 'success-sentence' : 'error-sentence'}
            role={outcome.outcome === 'refunded' ? 'status' : 'alert'}
            // The form (and the button the focus was on) is gone: the answer takes the focus.
            tabIndex={-1}
            ref={focusOnMount}
            data-testid="care-refund-outcome"
            data-outcome={outcome.outcome}
          >
            {outcome.outcome === 'refunded' ? t('care.refund.refunded') : outcome.message}
          </p>
          {outcome.outcome === 'refunded' && pkg.saleId && (
            <SlipButton pending={printing.pending} onPrint={() => void printSlip(pkg.saleId as string)} />
          )}
          {printed && (
            <p className="success-sentence" role="status" data-testid="care-refund-slip-result">
              {t('care.refund.slipPrinted')}
            </p>
          )}
          {printing.error && (
            <p className="error-sentence" role="alert" data-testid="care-refund-slip-error">
              {printing.error.message}
            </p>
          )}
          <button type="button" className="button" onClick={onClose} data-testid="care-refund-close">
            {t('care.refund.close')}
          </button>
        </div>
      )}
    </Modal>
  );
}

function SlipButton({ pending, onPrint }: { pending: boolean; onPrint(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-primary"
      aria-disabled={pending}
      onClick={onPrint}
      data-testid="care-refund-slip"
    >
      {t(pending ? 'care.refund.slipPrinting' : 'care.refund.slip')}
    </button>
  );
}
