// A sale's story for support: the eSIM states in the order Gigastore reported them, every error with its
// code, HTTP status and what was kept of Gigastore's answer (folded away until asked for: only its
// allow-listed fields, redacted, never the body), and the refunds asked for its package (or for a
// duplicate of it, named).
import { useTranslation } from 'react-i18next';
import type { SaleView } from '../../../../shared/api';
import { StateBadge } from '../../components/StateBadge';
import { useFormatters } from '../../i18n/useFormatters';

export function SaleTimeline({ history }: { history: SaleView['stateHistory'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="sale-story" aria-labelledby="sale-timeline-title">
      <h3 id="sale-timeline-title" className="panel-heading">
        {t('history.details.timeline')}
      </h3>
      {history.length === 0 ? (
        <p className="result-count">{t('history.details.noTimeline')}</p>
      ) : (
        <ol className="timeline" data-testid="sale-timeline">
          {history.map((change, index) => (
            <li key={`${change.at}-${index}`} data-testid="timeline-entry" data-state={change.state}>
              <time dateTime={change.at}>{format.dateTime(change.at)}</time>
              <StateBadge state={change.state} compact testId="timeline-state" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function SaleErrors({ errors }: { errors: SaleView['errors'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (errors.length === 0) return null;
  return (
    <section className="sale-story" aria-labelledby="sale-errors-title">
      <h3 id="sale-errors-title" className="panel-heading">
        {t('history.details.errors')}
      </h3>
      <ol className="sale-errors">
        {errors.map((error, index) => (
          <li key={`${error.at}-${index}`} className="sale-error" data-testid="sale-error" data-code={error.code}>
            <p className="sale-error-meta">
              <time dateTime={error.at}>{format.dateTime(error.at)}</time>
              <span className="code-text">{error.code}</span>
              {error.status !== undefined && <span>{t('history.details.errorStatus', { status: error.status })}</span>}
            </p>
            <p className="sale-error-message">{error.message}</p>
            {error.answer !== undefined && <AnswerSummaryDetails answer={error.answer} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The order support reads an answer's fields in; each is shown under its own (technical) name. */
const ANSWER_FIELDS = ['status', 'code', 'title', 'message', 'detail', 'type', 'length', 'contentType'] as const;

function AnswerSummaryDetails({ answer }: { answer: NonNullable<SaleView['errors'][number]['answer']> }) {
  const { t } = useTranslation();
  const shown = ANSWER_FIELDS.filter((field) => answer[field] !== undefined);
  if (shown.length === 0) return null;
  return (
    <details className="answer-summary">
      <summary>{t('history.details.answerSummary')}</summary>
      <dl className="code-text" data-testid="sale-error-answer">
        {shown.map((field) => (
          <div key={field} data-field={field}>
            <dt>{field}</dt>
            <dd>{String(answer[field])}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** Every refund attempt of the sale's package or of a duplicate charge, oldest first: which, who asked, why, and what Gigastore answered. */
export function SaleRefunds({ refunds }: { refunds: SaleView['refunds'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="sale-story" aria-labelledby="sale-refunds-title" data-testid="sale-refunds">
      <h3 id="sale-refunds-title" className="panel-heading">
        {t('history.details.refunds')}
      </h3>
      <ol className="print-list">
        {refunds.map((refund, index) => (
          <li
            key={`${refund.at}-${index}`}
            className={`print-entry refund-${refund.outcome}`}
            data-testid="refund-entry"
            data-outcome={refund.outcome}
          >
            <p className="print-entry-head">
              <time dateTime={refund.at}>{format.dateTime(refund.at)}</time>
              <span className="print-outcome">{t(`history.details.refundOutcome.${refund.outcome}`)}</span>
              {refund.clerk && <span>{t('history.details.byClerk', { clerk: refund.clerk })}</span>}
            </p>
            {refund.activatedItemUid && (
              <p className="print-message code-text" data-testid="refund-duplicate">
                {t('history.details.refundOf', { uid: refund.activatedItemUid })}
              </p>
            )}
            <p className="print-message">{t('history.details.refundReason', { reason: refund.reason })}</p>
            {refund.message && <p className="print-message code-text">{refund.message}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
