// The handoff: from Activate until the customer's phone has the eSIM. The QR fills the height of the
// window (the customer scans from up to 1.5 m); beside it, everything the clerk needs to guide them, and
// at the foot of the panel the receipt and "New sale", always in view. A top-up has nothing to install:
// once it went through, the screen says it was added to the customer's eSIM. A sale given up on screen that
// Gigastore charged after all says so once; a sale charged twice offers the manager the refund of the
// duplicate right here.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/api';
import type { Mode } from '../../../../shared/settings';
import { guidanceKey, type Handoff, type HandoffEsim } from '../../../../shared/handoff';
import type { KnownEsimState } from '../../../../shared/gigastore';
import { DuplicateRefund } from '../../components/DuplicateRefund';
import { PackageFacts } from '../../components/PackageFacts';
import { QrCode } from '../../components/QrCode';
import { StateBadge } from '../../components/StateBadge';
import { formatElapsed, useElapsedSeconds } from '../../hooks/useElapsedSeconds';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { focusOnMount } from './focusOnMount';
import { ManualCodes } from './ManualCodes';
import { PhaseNotice } from './PhaseNotice';
import { ReceiptPanel } from './ReceiptPanel';
import { SimulateScan } from './SimulateScan';
import { TopupDone } from './TopupDone';
import { TrackingStatus } from './TrackingStatus';

/** The keys guidanceKey() can return (shared/handoff.ts). */
type GuidanceKey = `state.${KnownEsimState | 'OTHER'}.guidance`;

interface HandoffScreenProps {
  handoff: Handoff;
  mode: Mode | undefined;
  supportLine: string | undefined;
  /** Gigastore cannot be reached: trying a sale again waits for it. */
  offline: boolean;
  /** Put back on screen from History: the activation code may already have been used. */
  reshown: boolean;
  /** Gigastore charged this sale after it had been given up on screen. */
  lateCharged: boolean;
  /** Gigastore charged this sale twice and the duplicate is not refunded yet. */
  doubleCharged: boolean;
  manager: Overview['manager'] | undefined;
  leaving: boolean;
  leaveError: string | undefined;
  onLeave(): void;
}

export function HandoffScreen(props: HandoffScreenProps) {
  const { handoff, mode, supportLine, offline, reshown, leaving, leaveError, onLeave } = props;
  const { t } = useTranslation();
  const { esim, phase } = handoff;
  const refused = phase === 'failed' || phase === 'not-charged';
  // Went through without an eSIM: a top-up (nothing to install), or a sale whose eSIM is not known here.
  const { kind } = handoff;
  const toppedUp = phase === 'active' && !esim && kind === 'topup';
  // The QR screen, also while a sale that will have a QR is on its way (a spinner where the QR goes), so
  // that the answer only adds the QR and the codes (its heading, focused, stays where it is). 'active'
  // without an eSIM yet reads, to the clerk, like activating.
  const qrScreen = phase === 'active' || (phase === 'activating' && kind !== 'topup');
  // Escape leaves only where nothing is lost: the eSIM is installed, the top-up is done, or the sale did
  // not happen.
  const escapeLeaves = refused || toppedUp || esim?.state === 'INSTALLED';
  // No leaving by a key while the outcome is open: only by "Leave and check later", which says what that
  // means (the clerk must not sell this package to this customer a second time meanwhile).
  const canLeave = refused || toppedUp || (phase === 'active' && esim !== undefined);
  useKeyboardShortcuts(canLeave ? { n: onLeave, ...(escapeLeaves ? { Escape: onLeave } : {}) } : {});
  const notices = (
    <>
      {props.lateCharged && (
        <p className="success-sentence" role="status" data-testid="late-charge-note">
          {t('handoff.lateCharge')}
        </p>
      )}
      <DuplicateRefund
        saleId={handoff.saleId}
        manager={props.manager}
        open={props.doubleCharged}
        alert={t('doubleCharge.alert')}
      />
    </>
  );

  return (
    <main className="screen handoff-screen">
      {toppedUp ? (
        <TopupDone handoff={handoff} notices={notices} leaving={leaving} onLeave={onLeave} />
      ) : qrScreen ? (
        <ActiveHandoff
          handoff={handoff}
          esim={esim}
          demo={mode === 'demo'}
          supportLine={supportLine}
          reshown={reshown}
          notices={notices}
          leaving={leaving}
          onLeave={onLeave}
        />
      ) : (
        // Keyed by phase: each phase mounts afresh and focuses its heading, so focus never drops to the page
        // when the button it was on (Check now) goes away with the phase.
        <PhaseNotice key={phase} handoff={handoff} offline={offline} leaving={leaving} onBack={onLeave} />
      )}
      {leaveError && (
        <p className="error-sentence handoff-leave-error" role="alert">
          {leaveError}
        </p>
      )}
    </main>
  );
}

interface ActiveHandoffProps {
  handoff: Handoff;
  /** Not yet: the sale is on its way. */
  esim: HandoffEsim | undefined;
  demo: boolean;
  supportLine: string | undefined;
  reshown: boolean;
  /** What the clerk must know about this sale beyond the eSIM: a late charge, a double charge. */
  notices: ReactNode;
  leaving: boolean;
  onLeave(): void;
}

function ActiveHandoff(props: ActiveHandoffProps) {
  const { handoff, esim, reshown, notices } = props;
  const { t } = useTranslation();
  return (
    <div className="handoff-active">
      <div className="qr-stage">
        {esim ? (
          <QrCode className="qr-code" text={esim.activationCode} label={t('handoff.qrLabel')} />
        ) : (
          <div className="qr-code qr-pending" aria-hidden="true">
            <div className="spinner" />
          </div>
        )}
      </div>
      <div className="handoff-panel">
        <h1 className="handoff-title" tabIndex={-1} ref={focusOnMount}>
          {handoff.item.name}
        </h1>
        {reshown && (
          <p className="note reshow-warning" role="note" data-testid="reshow-warning">
            {t('handoff.reshowWarning')}
          </p>
        )}
        {notices}
        {esim ? <EsimGuide {...props} esim={esim} /> : <ActivatingNotice handoff={handoff} />}
      </div>
    </div>
  );
}

/** While the sale is on its way: what is happening, and the package being sold. */
function ActivatingNotice({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  return (
    <section className="activating-notice" data-testid="handoff-phase" data-phase={handoff.phase}>
      <p className="phase-sentence" role="status">
        <strong>{t('handoff.phase.activating.title')}</strong> {t('handoff.phase.activating.sentence')}
      </p>
      <PackageFacts item={handoff.item} size="compact" named={false} />
    </section>
  );
}

/** Everything the clerk needs to guide the customer through installing the eSIM, and the way out. */
function EsimGuide(props: ActiveHandoffProps & { esim: HandoffEsim }) {
  const { handoff, esim, demo, supportLine, leaving, onLeave } = props;
  const { t } = useTranslation();
  return (
    <>
      <div className="state-line">
        <StateBadge state={esim.state} />
        <ElapsedTime since={handoff.startedAt} />
      </div>
      <p className="guidance" aria-live="polite" data-testid="state-guidance">
        {t(guidanceKey(esim.state) as GuidanceKey, { state: esim.state })}
      </p>
      {esim.state === 'ERROR' && supportLine && <p className="note">{t('handoff.supportLine', { supportLine })}</p>}
      <ManualCodes manual={esim.manual} />
      <dl className="iccid">
        <dt>{t('handoff.iccid')}</dt>
        <dd className="code-text" data-testid="handoff-iccid">
          {esim.iccid}
        </dd>
      </dl>
      <TrackingStatus tracking={handoff.tracking} />
      {demo && <SimulateScan />}
      <div className="handoff-footer">
        <ReceiptPanel saleId={handoff.saleId} receipt={handoff.receipt} />
        <button
          type="button"
          className="button button-primary"
          aria-disabled={leaving}
          aria-keyshortcuts="N"
          onClick={onLeave}
          data-testid="new-sale"
        >
          {t('handoff.newSale')}
        </button>
      </div>
    </>
  );
}

function ElapsedTime({ since }: { since: string }) {
  const { t } = useTranslation();
  const seconds = useElapsedSeconds(since);
  return (
    <span className="elapsed" data-testid="handoff-elapsed">
      {t('handoff.elapsed', { time: formatElapsed(seconds) })}
    </span>
  );
}
