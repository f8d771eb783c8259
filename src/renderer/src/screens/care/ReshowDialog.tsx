// A customer's QR read again from Gigastore, large, with the warning that installs are limited and the
// ICCID it belongs to. Closing it forgets the code (main recorded who showed it).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EsimQr } from '../../../../shared/care';
import { Modal } from '../../components/Modal';
import { QrCode } from '../../components/QrCode';

/** Gigastore allows five installs of one eSIM profile (deleting and installing again counts). */
const INSTALL_LIMIT = 5;

export function ReshowDialog({ qr, onClose }: { qr: EsimQr; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} className="reshow-dialog" testId="care-reshow-dialog" onClose={onClose}>
      <QrCode className="reshow-qr" text={qr.activationCode} label={t('handoff.qrLabel')} />
      <div className="reshow-panel">
        <h2 id={titleId}>{t('care.esims.reshowTitle')}</h2>
        <p className="note reshow-warning" role="note" data-testid="care-reshow-warning">
          {t('care.esims.reshowWarning', { count: INSTALL_LIMIT })}
        </p>
        <dl className="iccid">
          <dt>{t('handoff.iccid')}</dt>
          <dd className="code-text">{qr.iccid}</dd>
        </dl>
        <button type="button" className="button button-primary" onClick={onClose} data-testid="care-reshow-close">
          {t('care.esims.reshowClose')}
        </button>
      </div>
    </Modal>
  );
}
