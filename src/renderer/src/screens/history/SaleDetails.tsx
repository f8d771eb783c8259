// One sale in full, beside the list: what was sold, to whom, how it ended, the eSIM's story, its receipts
// and every error with Gigastore's raw answer (for support), its refunds, and what can still be done about
// it, Customer care for its customer included. Followed live. A damaged record says so first (its status
// may be wrong); a late charge says it went through after it was given up; a double charge shows the
// duplicates and the manager's refund.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/api';
import type { Lookup } from '../../../../shared/care';
import type { Handoff } from '../../../../shared/handoff';
import { SaleStatusBadge } from '../../components/SaleStatusBadge';
import { StateBadge } from '../../components/StateBadge';
import { useFollowedSale } from '../../hooks/useSales';
import { nativeLanguageName } from '../../i18n/languageNames';
import { useFormatters } from '../../i18n/useFormatters';
import { focusOnMount } from '../handoff/focusOnMount';
import { DuplicateCharges } from './DuplicateCharges';
import { SaleActions } from './SaleActions';
import { PrintHistory, ReceiptActions } from './SaleReceipts';
import { SaleErrors, SaleRefunds, SaleTimeline } from './SaleStory';

interface SaleDetailsProps {
  saleId: string;
  manager: Overview['manager'] | undefined;
  onClose(): void;
  onShown(handoff: Handoff): void;
  /** Opens Customer care for this sale's customer. */
  onLookup(lookup: Lookup): void;
}

export function SaleDetails({ saleId, manager, onClose, onShown, onLookup }: SaleDetailsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { sale, error, replace } = useFollowedSale(saleId);
  // Only a sale that went through has an eSIM, and so a receipt.
  const hasReceipt = sale?.status === 'completed' && sale.iccid !== undefined;
  // A top-up has no eSIM of its own: its customer is found by the eSIM they had when it was sold.
  const iccid = sale?.iccid ?? sale?.knownIccids?.[0];
  const lookup: Lookup | null = iccid
    ? { iccid }
    : sale?.customerEmail && sale.customerEmail.length >= 3
      ? { email: sale.customerEmail }
      : null;

  const field = (label: string, value: ReactNode, testId?: string, code = false) => (
    <div>
      <dt>{label}</dt>
      <dd className={code ? 'code-text' : undefined} data-testid={testId}>
        {value ?? t('history.noValue')}
      </dd>
    </div>
  );

  return (
    <aside
      className="sale-details"
      aria-labelledby="sale-details-title"
      data-testid="sale-details"
      data-sale-id={saleId}
    >
      <div className="sale-details-head">
        <h2 id="sale-details-title" tabIndex={-1} ref={focusOnMount}>
          {t('history.details.title')}
        </h2>
        <button type="button" className="button button-small" onClick={onClose} aria-keyshortcuts="Escape">
          {t('history.details.close')}
        </button>
      </div>
      {!sale && (
        <p className={error ? 'error-sentence' : 'result-count'} role={error ? 'alert' : 'status'}>
          {error ? t('history.details.loadFailed', { message: error.message }) : t('history.details.loading')}
        </p>
      )}
      {sale && (
        <>
          {sale.damaged && (
            <p className="error-sentence" role="note" data-testid="sale-damaged">
              {t('history.details.damaged')} <span className="damaged-detail">{sale.damaged}</span>
            </p>
          )}
          {sale.completedVia === 'late' && (
            <p className="note" role="note" data-testid="sale-late-note">
              {t('history.details.late')}
            </p>
          )}
          {sale.duplicates.length > 0 && <DuplicateCharges sale={sale} manager={manager} />}
          <SaleActions sale={sale} onReplace={replace} onShown={onShown} />
          {hasReceipt && <ReceiptActions saleId={sale.saleId} />}
          {lookup && sale.status === 'completed' && (
            <div className="button-row">
              <button type="button" className="button" onClick={() => onLookup(lookup)} data-testid="history-lookup">
                {t('history.details.lookup')}
              </button>
            </div>
          )}
          <dl className="sale-fields">
            {field(t('history.details.saleId'), sale.saleId, 'sale-detail-id', true)}
            {field(t('history.details.kind'), t(`history.kind.${sale.kind}`), 'sale-detail-kind')}
            {field(
              t('history.details.status'),
              <SaleStatusBadge status={sale.status} damaged={sale.damaged !== undefined} />,
            )}
            {field(
              t('history.details.esimState'),
              sale.esimState && <StateBadge state={sale.esimState} compact testId="sale-esim-state" />,
            )}
            {field(t('history.details.iccid'), sale.iccid, 'sale-detail-iccid', true)}
            {field(t('history.details.package'), sale.item.name)}
            {field(t('history.details.price'), format.price(sale.price))}
            {field(t('history.details.startedAt'), format.dateTime(sale.startedAt))}
            {field(t('history.details.updatedAt'), format.dateTime(sale.updatedAt))}
            {field(
              t('history.details.customerCountry'),
              t('country.option', { name: format.countryName(sale.customerCountry), code: sale.customerCountry }),
            )}
            {field(t('history.details.customerEmail'), sale.customerEmail)}
            {field(t('history.details.language'), sale.language && nativeLanguageName(sale.language))}
            {field(
              t('history.details.activationMode'),
              sale.activationMode && t(`confirm.activation.mode.${sale.activationMode}`),
              'sale-detail-activation-mode',
            )}
            {sale.startedOnDemandAt &&
              field(t('history.details.startedOnDemandAt'), format.dateTime(sale.startedOnDemandAt))}
            {field(t('history.details.clerk'), sale.clerk, 'sale-detail-clerk')}
            {field(t('history.details.customerUid'), sale.customerUid, undefined, true)}
            {field(t('history.details.activatedItemUid'), sale.activatedItemUid, undefined, true)}
            {field(t('history.details.attempts'), sale.attempts, 'sale-detail-attempts')}
            {field(
              t('history.details.completedVia'),
              sale.completedVia && t(`history.details.via.${sale.completedVia}`),
              'sale-detail-completed-via',
            )}
            {field(t('history.details.mode'), t(`history.details.modes.${sale.mode}`))}
            {field(t('history.details.counter'), sale.counterId)}
          </dl>
          <SaleTimeline history={sale.stateHistory} />
          {sale.refunds.length > 0 && <SaleRefunds refunds={sale.refunds} />}
          {(hasReceipt || sale.prints.length > 0) && <PrintHistory prints={sale.prints} />}
          <SaleErrors errors={sale.errors} />
        </>
      )}
    </aside>
  );
}
