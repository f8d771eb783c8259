// A sale Gigastore charged twice, in its details: which other packages Gigastore holds under the sale, when
// they were sold and found, whether each is refunded, and the manager's one action that refunds them.
import { useTranslation } from 'react-i18next';
import type { Overview, SaleView } from '../../../../shared/api';
import { unrefundedDuplicates } from '../../../../shared/sale';
import { DuplicateRefund } from '../../components/DuplicateRefund';
import { useFormatters } from '../../i18n/useFormatters';

interface DuplicateChargesProps {
  sale: SaleView;
  manager: Overview['manager'] | undefined;
}

export function DuplicateCharges({ sale, manager }: DuplicateChargesProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const open = new Set(unrefundedDuplicates(sale).map((duplicate) => duplicate.activatedItemUid));
  return (
    <section
      className="sale-story duplicate-charges"
      aria-labelledby="sale-duplicates-title"
      data-testid="sale-duplicates"
      data-open={open.size}
    >
      <h3 id="sale-duplicates-title" className="panel-heading">
        {t('history.details.duplicates.title')}
      </h3>
      <p className={open.size > 0 ? 'error-sentence' : 'success-sentence'} data-testid="sale-duplicates-sentence">
        {open.size > 0
          ? t('history.details.duplicates.intro', { count: sale.duplicates.length })
          : t('history.details.duplicates.allRefunded')}
      </p>
      <ol className="print-list">
        {sale.duplicates.map((duplicate) => {
          const refunded = !open.has(duplicate.activatedItemUid);
          return (
            <li
              key={duplicate.activatedItemUid}
              className="print-entry"
              data-testid="duplicate-entry"
              data-uid={duplicate.activatedItemUid}
              data-refunded={refunded}
            >
              <p className="print-entry-head">
                <span className="code-text">
                  {t('history.details.duplicates.package', { uid: duplicate.activatedItemUid })}
                </span>
                <span className={refunded ? 'duplicate-refunded' : 'duplicate-open'}>
                  {t(refunded ? 'history.details.duplicates.refunded' : 'history.details.duplicates.open')}
                </span>
              </p>
              {duplicate.salesDate && (
                <p className="print-message">
                  {t('history.details.duplicates.sold', { time: format.dateTime(duplicate.salesDate) })}
                </p>
              )}
              <p className="print-message">
                {t('history.details.duplicates.found', { time: format.dateTime(duplicate.foundAt) })}
              </p>
            </li>
          );
        })}
      </ol>
      <DuplicateRefund saleId={sale.saleId} manager={manager} open={open.size > 0} />
    </section>
  );
}
