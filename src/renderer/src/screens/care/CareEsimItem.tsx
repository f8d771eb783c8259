// One of the opened customer's eSIMs: ICCID, IMSI, state, when it was last seen and first activated. Still
// RELEASED: the QR can be shown again (installs are limited, and only for this customer); main reads the
// code from Gigastore then, and records who showed it. Failed (ERROR), or not installable from here: what
// to give support. Any eSIM: whether it is connected (EsimConnectivity).
import { useTranslation } from 'react-i18next';
import type { CareEsim, EsimQr } from '../../../../shared/care';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { StateBadge } from '../../components/StateBadge';
import { EsimConnectivity } from './EsimConnectivity';
import { useFormatters } from '../../i18n/useFormatters';

interface CareEsimItemProps {
  customerUid: string;
  esim: CareEsim;
  supportLine: string | undefined;
  /** Gigastore gave the QR again: the care screen shows it in its dialog. */
  onReshown(qr: EsimQr): void;
}

export function CareEsimItem({ customerUid, esim, supportLine, onReshown }: CareEsimItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bridge = useBridge();
  const asking = useConsoleAction();
  const needsSupport = esim.state === 'ERROR' || (esim.state === 'RELEASED' && !esim.qrAvailable);
  const none = t('history.noValue');

  const reshow = async () => {
    const result = await asking.perform(() => bridge.showEsimQr({ customerUid, iccid: esim.iccid }));
    if (result?.ok) onReshown(result.value);
  };

  return (
    <li className="care-item" data-testid="care-esim" data-state={esim.state} data-iccid={esim.iccid}>
      <dl className="care-facts">
        <div>
          <dt>{t('care.esims.iccid')}</dt>
          <dd className="code-text" data-testid="care-esim-iccid">
            {esim.iccid}
          </dd>
        </div>
        <div>
          <dt>{t('care.esims.imsi')}</dt>
          <dd className="code-text">{esim.imsi ?? none}</dd>
        </div>
        <div>
          <dt>{t('care.esims.state')}</dt>
          <dd>
            <StateBadge state={esim.state} compact testId="care-esim-state" />
          </dd>
        </div>
        <div>
          <dt>{t('care.esims.lastSeen')}</dt>
          <dd>{esim.lastSeen ? format.dateTime(esim.lastSeen) : none}</dd>
        </div>
        <div>
          <dt>{t('care.esims.activatedAt')}</dt>
          <dd>{esim.activatedAt ? format.dateTime(esim.activatedAt) : none}</dd>
        </div>
      </dl>
      {esim.qrAvailable && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => void reshow()}
            aria-busy={asking.pending}
            data-testid="care-reshow"
          >
            {t('care.esims.reshow')}
          </button>
        </div>
      )}
      {asking.error && (
        <p className="error-sentence" role="alert" data-testid="care-reshow-error">
          {t('care.esims.reshowFailed', { message: asking.error.message })}
        </p>
      )}
      <EsimConnectivity iccid={esim.iccid} />
      {needsSupport && (
        <p className="note" data-testid="care-support-path">
          {t('care.esims.supportPath', { iccid: esim.iccid, imsi: esim.imsi ?? none })}
          {supportLine && ` ${t('handoff.supportLine', { supportLine })}`}
        </p>
      )}
    </li>
  );
}
