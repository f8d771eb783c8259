// The whole store's sales on the chosen days: every package Gigastore sold under a sale id of one of the
// store's counters, merged with this counter's journal by sale id (main reads it; nothing is synchronised
// between counters), newest first, the counter named on each row.
import { useTranslation } from 'react-i18next';
import { formatMinor } from '../../../../shared/money';
import type { StoreSaleRow } from '../../../../shared/store-sales';
import { useBridgeQuery } from '../../hooks/useBridgeQuery';
import { useFormatters } from '../../i18n/useFormatters';

const askStore = (bridge: Parameters<Parameters<typeof useBridgeQuery>[1]>[0], range: { from: string; to: string }) =>
  bridge.storeSales(range);

/** What a row shows: this journal's record first, else the first package Gigastore holds for it. */
function rowFacts(row: StoreSaleRow): { packageName: string; price: string; status: string } {
  const [item] = row.gigastore;
  if (row.journal) {
    const { packageName, priceMinor, currency, status } = row.journal;
    return { packageName, price: formatMinor(priceMinor, currency), status };
  }
  const price = item?.currency && item.priceMinor !== undefined ? formatMinor(item.priceMinor, item.currency) : '';
  return { packageName: item?.packageName ?? '', price, status: 'gigastore' };
}

export function StoreSalesPanel({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ready = from !== '' && to !== '' && from <= to;
  const load = useBridgeQuery(ready ? { from, to } : null, askStore);
  const rows = load.status === 'ready' ? load.value.rows : [];

  let status: string;
  if (!ready) status = t(from !== '' && to !== '' ? 'history.rangeBackwards' : 'history.storeNeedsRange');
  else if (load.status === 'loading') status = t('history.loading');
  else if (load.status === 'error') status = t('history.loadFailed', { message: load.error.message });
  else if (rows.length === 0) status = t('history.storeEmpty');
  else status = t('history.storeCount', { count: rows.length });
  const failed = !ready || load.status === 'error';

  return (
    <section className="activity-panel" aria-label={t('history.scope.store')} data-testid="history-store">
      <p
        className={failed ? 'error-sentence' : 'result-count'}
        role={failed ? 'alert' : 'status'}
        data-testid="store-count"
      >
        {status}
        {load.status === 'ready' && !load.value.complete && ` ${t('history.storeIncomplete')}`}
      </p>
      {rows.length > 0 && (
        <div className="activity-table-wrap">
          <table className="activity-table">
            <thead>
              <tr>
                <th scope="col">{t('history.columns.time')}</th>
                <th scope="col">{t('history.scope.counterColumn')}</th>
                <th scope="col">{t('history.columns.package')}</th>
                <th scope="col">{t('history.columns.price')}</th>
                <th scope="col">{t('history.columns.saleId')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const facts = rowFacts(row);
                return (
                  <tr
                    key={row.key}
                    data-testid="store-row"
                    data-counter={row.counterId ?? ''}
                    data-sale-id={row.saleId ?? ''}
                    data-this-counter={row.thisCounter}
                    data-status={facts.status}
                  >
                    <td className="activity-time">
                      <time dateTime={row.soldAt}>{row.soldAt ? format.shortDateTime(row.soldAt) : ''}</time>
                    </td>
                    <td className="history-row-counter" data-testid="store-row-counter">
                      {row.counterId ?? '—'}
                    </td>
                    <td>{facts.packageName}</td>
                    <td>{facts.price}</td>
                    <td className="code-text">{row.saleId ?? row.key}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
