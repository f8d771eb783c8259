// The activation code split for typing by hand (Settings › Mobile data › Add eSIM › Enter details manually):
// SM-DP+ address and matching id apart, in large monospace so 0/O and 1/l cannot be mixed up.
import { useTranslation } from 'react-i18next';
import type { HandoffEsim } from '../../../../shared/handoff';

export function ManualCodes({ manual }: { manual: HandoffEsim['manual'] }) {
  const { t } = useTranslation();
  if (!manual) {
    return (
      <p className="manual-unsplit" data-testid="manual-unsplit">
        {t('handoff.manual.unsplit')}
      </p>
    );
  }
  return (
    <section className="manual-codes" aria-labelledby="manual-codes-title">
      <h2 id="manual-codes-title" className="panel-heading">
        {t('handoff.manual.title')}
      </h2>
      <dl>
        <div>
          <dt>{t('handoff.manual.smdpAddress')}</dt>
          <dd className="code-text" data-testid="manual-smdp-address">
            {manual.smdpAddress}
          </dd>
        </div>
        <div>
          <dt>{t('handoff.manual.matchingId')}</dt>
          <dd className="code-text" data-testid="manual-matching-id">
            {manual.matchingId || t('handoff.manual.noMatchingId')}
          </dd>
        </div>
      </dl>
      {manual.confirmationCodeRequired && (
        <p className="note" data-testid="confirmation-code-note">
          {t('handoff.manual.confirmationCode')}
        </p>
      )}
    </section>
  );
}
