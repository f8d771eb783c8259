// One customer in a look-up's list, as main sends it: a masked email, how many eSIMs and packages, the
// coverage set and the last digits of each ICCID (the whole one only where the clerk typed it). Nothing to
// install or contact the customer with: that is shown only once the clerk opens them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerMatch } from '../../../../shared/care';
import { useFormatters } from '../../i18n/useFormatters';

interface CustomerMatchItemProps {
  match: CustomerMatch;
  /** Focus its Open button (the customer the clerk comes back from). */
  focused: boolean;
  onOpen(): void;
}

export function CustomerMatchItem({ match, focused, onOpen }: CustomerMatchItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const nameId = useId();
  const name = match.maskedEmail ?? t('care.noEmail');
  const ends = match.iccidEnds.map((end) => `…${end}`).join(', ');

  return (
    <li
      className="care-customer care-match"
      aria-labelledby={nameId}
      data-testid="care-match"
      data-customer-uid={match.customerUid}
    >
      <div className="care-customer-head">
        <div>
          <p id={nameId} className="care-customer-name" data-testid="care-match-email">
            {name}
          </p>
          <p className="care-match-counts">
            <span data-testid="care-match-esims">{t('care.matchEsims', { count: match.esimCount })}</span>
            {' · '}
            <span data-testid="care-match-packages">{t('care.matchPackages', { count: match.packageCount })}</span>
          </p>
          <dl className="care-facts">
            <div>
              <dt>{t('care.coverage')}</dt>
              <dd data-testid="care-match-coverage" data-coverage-set={match.coverageSet ?? ''}>
                {match.coverageSet ? format.coverageLabel(match.coverageSet) : t('care.coverageUnknown')}
              </dd>
            </div>
            {match.typedIccid ? (
              <div>
                <dt>{t('care.esims.iccid')}</dt>
                <dd className="code-text" data-testid="care-match-iccid">
                  {match.typedIccid}
                </dd>
              </div>
            ) : (
              ends && (
                <div>
                  <dt>{t('care.iccidEnds')}</dt>
                  <dd className="code-text" data-testid="care-match-iccid">
                    {ends}
                  </dd>
                </div>
              )
            )}
          </dl>
        </div>
        <button
          type="button"
          className="button button-primary"
          onClick={onOpen}
          autoFocus={focused}
          aria-label={t('care.openLabel', { customer: name })}
          data-testid="care-open"
        >
          {t('care.open')}
        </button>
      </div>
    </li>
  );
}
