// The Z report as the clerk reads it: the check's verdict first (red when Gigastore differs), the takings
// per currency, the totals by package, clerk, counter and activation mode, the refunds, the sales still
// being checked, and every difference named with its sale.
import { useTranslation } from 'react-i18next';
import { formatMinor } from '../../../../shared/money';
import type { GroupTotals, ZReport } from '../../../../shared/z-report';

interface ReportBodyProps {
  report: ZReport;
}

const GROUPS = ['byPackage', 'byClerk', 'byCounter', 'byActivationMode'] as const;

export function ReportBody({ report }: ReportBodyProps) {
  const { t, i18n } = useTranslation();
  const money = (minor: number, currency: string) => formatMinor(minor, currency, i18n.language);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const at = (iso: string) => time.format(new Date(iso));
  const { check } = report;

  return (
    <div className="report-body" data-testid="report-body">
      <section className={`report-verdict verdict-${check.verdict}`} role="status" data-testid="report-verdict">
        <h2>{t(`report.verdict.${check.verdict}`)}</h2>
        <p>
          {t('report.sides', {
            journal: check.journal.count,
            gigastore: check.gigastore.count,
          })}
        </p>
        {check.reasons.map((reason) => (
          <p key={reason} className="field-hint">
            {reason}
          </p>
        ))}
        {check.differences.length > 0 && (
          <ul className="report-differences" data-testid="report-differences">
            {check.differences.map((difference) => (
              <li key={`${difference.kind}:${difference.saleId}`} data-sale-id={difference.saleId}>
                <strong>{t(`report.difference.${difference.kind}`)}</strong> <code>{difference.saleId}</code>
                <span>{difference.sentence}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="report-section">
        <h2>{t('report.takings')}</h2>
        {report.totals.length === 0 && <p>{t('report.noSales')}</p>}
        <table className="report-table" data-testid="report-totals">
          <tbody>
            {report.totals.map((totals) => (
              <tr key={totals.currency}>
                <th scope="row">{totals.currency}</th>
                <td>
                  {t('report.salesCount', { count: totals.sales, amount: money(totals.grossMinor, totals.currency) })}
                </td>
                <td>
                  {t('report.refundsCount', {
                    count: totals.refunds,
                    amount: money(-totals.refundedMinor, totals.currency),
                  })}
                </td>
                <td className="report-net">{t('report.net', { amount: money(totals.netMinor, totals.currency) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="report-groups">
        {GROUPS.map((group) =>
          report[group].length ? (
            <GroupTable key={group} title={t(`report.groups.${group}`)} groups={report[group]} money={money} />
          ) : null,
        )}
      </div>
      {report.refunds.length > 0 && (
        <section className="report-section">
          <h2>{t('report.refunds')}</h2>
          <ul className="report-list">
            {report.refunds.map((refund) => (
              <li key={`${refund.saleId}:${refund.at}`}>
                {at(refund.at)} <code>{refund.saleId}</code> {refund.reason}{' '}
                {money(-refund.amountMinor, refund.currency)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.checking.length > 0 && (
        <section className="report-section" data-testid="report-checking">
          <h2>{t('report.checking', { count: report.checking.length })}</h2>
          <ul className="report-list">
            {report.checking.map((sale) => (
              <li key={sale.saleId}>
                <code>{sale.saleId}</code> {sale.packageName} {money(sale.priceMinor, sale.currency)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function GroupTable({
  title,
  groups,
  money,
}: {
  title: string;
  groups: GroupTotals[];
  money: (minor: number, currency: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <section className="report-section">
      <h2>{title}</h2>
      <table className="report-table">
        <tbody>
          {groups.map((group) => (
            <tr key={`${group.key}:${group.currency}`}>
              <th scope="row">{group.label}</th>
              <td>{t('report.salesCount', { count: group.sales, amount: money(group.grossMinor, group.currency) })}</td>
              <td className="report-net">{money(group.netMinor, group.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
