// The sales as rows of one button each: Tab or the arrow keys move between them, Enter or a click opens
// the details. Column titles are for the eye; each row's own text is what a screen reader announces. A
// damaged record shows as such instead of a status; a sale charged twice carries a tag until refunded; a
// sale of a day whose close of day differs from Gigastore is marked red, with the words, not only the colour.
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleView } from '../../../../shared/api';
import { unrefundedDuplicates } from '../../../../shared/sale';
import { SaleStatusBadge } from '../../components/SaleStatusBadge';
import { StateBadge } from '../../components/StateBadge';
import { localDay } from '../../i18n/localDay';
import { useFormatters } from '../../i18n/useFormatters';

/** The end of a sale id (its random part) tells sales apart at a glance; the whole id is in the title. */
export function shortSaleId(saleId: string): string {
  return saleId.length > 12 ? `…${saleId.slice(-8)}` : saleId;
}

interface SalesListProps {
  ref: Ref<HTMLUListElement>;
  sales: SaleView[];
  selectedId: string | null;
  /** The details panel takes the right side: drop the columns it repeats. */
  narrow: boolean;
  /** Local days (YYYY-MM-DD) whose close of day found a difference with Gigastore. */
  flaggedDays: ReadonlySet<string>;
  onSelect(saleId: string): void;
}

export function SalesList({ ref, sales, selectedId, narrow, flaggedDays, onSelect }: SalesListProps) {
  const { t } = useTranslation();
  const format = useFormatters();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const rows = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-sale-id]')];
    const at = rows.findIndex((row) => row === document.activeElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (next === undefined || at < 0) return;
    event.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
  };

  return (
    <div className={`history-table${narrow ? ' history-table-narrow' : ''}`}>
      <div className="history-columns history-grid" aria-hidden="true">
        <span>{t('history.columns.time')}</span>
        <span>{t('history.columns.saleId')}</span>
        <span>{t('history.columns.package')}</span>
        <span className="cell-price">{t('history.columns.price')}</span>
        <span>{t('history.columns.status')}</span>
        <span className="cell-wide">{t('history.columns.esimState')}</span>
        <span className="cell-wide">{t('history.columns.iccid')}</span>
      </div>
      <ul className="history-list" ref={ref} aria-label={t('history.listLabel')} onKeyDown={onKeyDown}>
        {sales.map((sale) => {
          const dayDiffers = flaggedDays.has(localDay(new Date(sale.startedAt)));
          return (
            <li key={sale.saleId}>
              <button
                type="button"
                className="history-row history-grid"
                aria-current={sale.saleId === selectedId ? 'true' : undefined}
                onClick={() => onSelect(sale.saleId)}
                data-testid="history-row"
                data-sale-id={sale.saleId}
                data-status={sale.status}
                data-damaged={sale.damaged !== undefined ? 'true' : undefined}
                data-double-charge={doubleCharge(sale)}
                data-day-differs={dayDiffers ? 'true' : undefined}
              >
                <span className={`cell-time${dayDiffers ? ' day-differs' : ''}`}>
                  <time dateTime={sale.startedAt}>{format.shortDateTime(sale.startedAt)}</time>
                  {dayDiffers && (
                    <span className="day-tag" data-testid="day-differs-tag">
                      {t('history.dayDiffers')}
                    </span>
                  )}
                </span>
                <span className="cell-id code-text" title={sale.saleId}>
                  <span aria-hidden="true">{shortSaleId(sale.saleId)}</span>
                  <span className="visually-hidden">{sale.saleId}</span>
                </span>
                <span className="cell-package">
                  <span className="cell-line">
                    {sale.mode === 'demo' && (
                      <span className="demo-tag" data-testid="demo-tag">
                        {t('history.demo')}
                      </span>
                    )}
                    {sale.item.name}
                  </span>
                  <span
                    className={`cell-line kind-line kind-${sale.kind}`}
                    data-testid="row-kind"
                    data-kind={sale.kind}
                  >
                    {t(`history.kind.${sale.kind}`)}
                  </span>
                </span>
                <span className="cell-price">{format.price(sale.price)}</span>
                <span className="cell-status">
                  <SaleStatusBadge status={sale.status} damaged={sale.damaged !== undefined} />
                  <DoubleChargeTag sale={sale} />
                </span>
                <span className="cell-wide">
                  {sale.esimState && <StateBadge state={sale.esimState} compact testId="row-esim-state" />}
                </span>
                <span className="cell-wide code-text" data-testid="row-iccid">
                  {sale.iccid}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** open: a duplicate is still to be refunded; refunded: every duplicate was; undefined: charged once. */
function doubleCharge(sale: SaleView): 'open' | 'refunded' | undefined {
  if (sale.duplicates.length === 0) return undefined;
  return unrefundedDuplicates(sale).length > 0 ? 'open' : 'refunded';
}

function DoubleChargeTag({ sale }: { sale: SaleView }) {
  const { t } = useTranslation();
  const state = doubleCharge(sale);
  if (!state) return null;
  return (
    <span className={`charge-tag charge-tag-${state}`} data-testid="double-charge-tag" data-state={state}>
      {t(state === 'open' ? 'history.chargedTwice' : 'history.duplicateRefunded')}
    </span>
  );
}
