// Everything that happened at this counter on the chosen days, oldest first, with who did it: sales,
// top-ups, second eSIMs, refunds, receipts, settings, mode, credentials, the PIN and shifts. A plain table
// (a screen reader reads it by row and column), and its CSV export beside the history's own.
import { useTranslation } from 'react-i18next';
import { useActivity } from '../../hooks/useActivity';
import { useFormatters } from '../../i18n/useFormatters';
import { shortSaleId } from './SalesList';

export function ActivityPanel({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ready = from !== '' && to !== '' && from <= to;
  const load = useActivity(ready ? { from, to } : null);
  const entries = load.status === 'ready' ? load.value : [];

  let status: string;
  if (!ready) status = t(from !== '' && to !== '' ? 'history.rangeBackwards' : 'history.exportNeedsRange');
  else if (load.status === 'loading') status = t('history.activity.loading');
  else if (load.status === 'error') status = t('history.activity.loadFailed', { message: load.error.message });
  else if (entries.length === 0) status = t('history.activity.empty');
  else status = t('history.activity.count', { count: entries.length });
  const failed = !ready || load.status === 'error';

  return (
    <section className="activity-panel" aria-labelledby="activity-title" data-testid="history-activity">
      <h2 id="activity-title" className="visually-hidden">
        {t('history.activity.title')}
      </h2>
      <p
        className={failed ? 'error-sentence' : 'result-count'}
        role={failed ? 'alert' : 'status'}
        data-testid="activity-count"
      >
        {status}
      </p>
      {ready && entries.length > 0 && (
        <div className="activity-table-wrap">
          <table className="activity-table">
            <caption className="visually-hidden">{t('history.activity.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.activity.columns.time')}</th>
                <th scope="col">{t('history.activity.columns.action')}</th>
                <th scope="col">{t('history.activity.columns.clerk')}</th>
                <th scope="col">{t('history.activity.columns.saleId')}</th>
                <th scope="col">{t('history.activity.columns.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr
                  key={`${entry.at}-${entry.action}-${index}`}
                  data-testid="activity-entry"
                  data-action={entry.action}
                  data-clerk={entry.clerk ?? ''}
                  data-sale-id={entry.saleId ?? ''}
                >
                  <td className="activity-time">
                    <time dateTime={entry.at}>{format.shortDateTime(entry.at)}</time>
                  </td>
                  <td>{t(`history.activity.action.${entry.action}`)}</td>
                  <td data-testid="activity-clerk">{entry.clerk ?? t('history.noValue')}</td>
                  <td className="code-text" title={entry.saleId}>
                    {entry.saleId ? (
                      <>
                        <span aria-hidden="true">{shortSaleId(entry.saleId)}</span>
                        <span className="visually-hidden">{entry.saleId}</span>
                      </>
                    ) : (
                      t('history.noValue')
                    )}
                  </td>
                  <td className="activity-detail">{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
