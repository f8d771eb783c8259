// One of the customer's eSIMs: ICCID, IMSI, state, when it was last seen and first activated. Still
// RELEASED with its code: the QR can be shown again (installs are limited, and only for this customer).
// Failed (ERROR), or not installable from here: what to give support.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareEsim } from '../../../../shared/care';
import { Modal } from '../../components/Modal';
import { QrCode } from '../../components/QrCode';
import { StateBadge } from '../../components/StateBadge';
import { useFormatters } from '../../i18n/useFormatters';

/** Gigastore allows five installs of one eSIM profile (deleting and installing again counts). */
const INSTALL_LIMIT = 5;

export function CareEsimItem({ esim, supportLine }: { esim: CareEsim; supportLine: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [showing, setShowing] = useState(false);
  const reshowable = esim.state === 'RELEASED' && esim.activationCode !== undefined;
  const needsSupport = esim.state === 'ERROR' || (esim.state === 'RELEASED' && !reshowable);
  const none = t('history.noValue');

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
      {reshowable && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setShowing(true)} data-testid="care-reshow">
            {t('care.esims.reshow')}
          </button>
        </div>
      )}
      {needsSupport && (
        <p className="note" data-testid="care-support-path">
          {t('care.esims.supportPath', { iccid: esim.iccid, imsi: esim.imsi ?? none })}
          {supportLine && ` ${t('handoff.supportLine', { supportLine })}`}
        </p>
      )}
      {showing && esim.activationCode && (
        <ReshowDialog iccid={esim.iccid} activationCode={esim.activationCode} onClose={() => setShowing(false)} />
      )}
    </li>
  );
}

interface ReshowDialogProps {
  iccid: string;
  activationCode: string;
  onClose(): void;
}

function ReshowDialog({ iccid, activationCode, onClose }: ReshowDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} className="reshow-dialog" testId="care-reshow-dialog" onClose={onClose}>
      <QrCode className="reshow-qr" text={activationCode} label={t('handoff.qrLabel')} />
      <div className="reshow-panel">
        <h2 id={titleId}>{t('care.esims.reshowTitle')}</h2>
        <p className="note reshow-warning" role="note" data-testid="care-reshow-warning">
          {t('care.esims.reshowWarning', { count: INSTALL_LIMIT })}
        </p>
        <dl className="iccid">
          <dt>{t('handoff.iccid')}</dt>
          <dd className="code-text">{iccid}</dd>
        </dl>
        <button type="button" className="button button-primary" onClick={onClose} data-testid="care-reshow-close">
          {t('care.esims.reshowClose')}
        </button>
      </div>
    </Modal>
  );
}
