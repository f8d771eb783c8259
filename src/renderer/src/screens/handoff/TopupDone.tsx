// A top-up that went through: the package is on the customer's existing eSIM, so there is no QR and
// nothing to install. The package, when its validity starts, the receipt (printed without a QR) and
// "New sale".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handoff } from '../../../../shared/handoff';
import { PackageFacts } from '../../components/PackageFacts';
import { focusOnMount } from './focusOnMount';
import { ReceiptPanel } from './ReceiptPanel';

interface TopupDoneProps {
  handoff: Handoff;
  /** A late or a double charge of this top-up. */
  notices: ReactNode;
  leaving: boolean;
  onLeave(): void;
}

export function TopupDone({ handoff, notices, leaving, onLeave }: TopupDoneProps) {
  const { t } = useTranslation();
  return (
    <section className="phase-notice topup-done" data-testid="handoff-topup-done" data-sale-id={handoff.saleId}>
      <h1 className="phase-title" tabIndex={-1} ref={focusOnMount}>
        {t('handoff.topup.title')}
      </h1>
      <p className="phase-sentence" role="status">
        {t('handoff.topup.sentence')}
      </p>
      {handoff.activationMode && (
        <p className="phase-hint" data-testid="topup-activation-mode">
          {t('handoff.topup.starts', { mode: t(`confirm.activation.mode.${handoff.activationMode}`) })}
        </p>
      )}
      {notices}
      <PackageFacts item={handoff.item} size="compact" />
      <div className="topup-footer">
        <ReceiptPanel saleId={handoff.saleId} receipt={handoff.receipt} />
        <button
          type="button"
          className="button button-primary"
          aria-disabled={leaving}
          aria-keyshortcuts="N Escape"
          onClick={onLeave}
          data-testid="new-sale"
        >
          {t('handoff.newSale')}
        </button>
      </div>
    </section>
  );
}
