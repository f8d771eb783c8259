// "Is it connected?" on one eSIM in Customer care: asks main, which reads Gigastore's connectivity answer,
// and shows whether and where the eSIM was last seen on a network with the steps for the clerk. An answer
// in a form this version cannot read says so in its own sentence, not as a failure of the network.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectivityView } from '../../../../shared/esim-connectivity';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useFormatters } from '../../i18n/useFormatters';

type WhereKey = 'connectivity.where' | 'connectivity.whereCountry' | 'connectivity.whereNetwork';

function whereKeyOf(country: string | undefined, network: string | undefined): WhereKey | undefined {
  if (country && network) return 'connectivity.where';
  if (country) return 'connectivity.whereCountry';
  if (network) return 'connectivity.whereNetwork';
  return undefined;
}

export function EsimConnectivity({ iccid }: { iccid: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bridge = useBridge();
  const asking = useConsoleAction();
  const [view, setView] = useState<ConnectivityView | null>(null);

  const ask = async () => {
    const result = await asking.perform(() => bridge.esimConnectivity(iccid));
    setView(result?.ok ? result.value : null);
  };
  const country = view?.where.countryCode ? format.countryName(view.where.countryCode) : view?.where.countryName;
  const whereKey = whereKeyOf(country, view?.where.network);

  return (
    <div className="care-connectivity" data-testid="care-connectivity">
      <button
        type="button"
        className="button"
        onClick={() => void ask()}
        aria-busy={asking.pending}
        data-testid="care-connectivity-check"
      >
        {asking.pending ? t('connectivity.checking') : t('connectivity.check')}
      </button>
      {view && !asking.error && (
        <div role="status" data-testid="care-connectivity-result" data-situation={view.situation}>
          <p data-testid="care-connectivity-summary">
            {t(view.summaryKey, { status: view.status ?? '' })}
            {view.lastSeen && ` ${t('connectivity.lastSeen', { when: format.dateTime(view.lastSeen) })}`}
          </p>
          {whereKey && (
            <p data-testid="care-connectivity-where">{t(whereKey, { country, network: view.where.network })}</p>
          )}
          <p className="field-hint">{t('connectivity.guidanceTitle')}</p>
          <ol className="care-connectivity-steps" data-testid="care-connectivity-steps">
            {view.guidanceKeys.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ol>
        </div>
      )}
      {asking.error && (
        <p className="error-sentence" role="alert" data-testid="care-connectivity-error">
          {asking.error.code === 'gigastore.unknown-form'
            ? t('gigastoreApi.unknownForm')
            : t('connectivity.failed', { message: asking.error.message })}
        </p>
      )}
    </div>
  );
}
