// What the handoff shows while there is no eSIM to hand over: the sale is on its way, its outcome is being
// checked, or it did not happen. Each says in one sentence what the clerk should do, and offers it.
import { useTranslation } from 'react-i18next';
import type { Handoff } from '../../../../shared/handoff';
import { PackageFacts } from '../../components/PackageFacts';
import { focusOnMount } from './focusOnMount';
import { RetryActions, VerifyingActions } from './PhaseActions';

interface PhaseNoticeProps {
  handoff: Handoff;
  offline: boolean;
  leaving: boolean;
  onBack(): void;
}

export function PhaseNotice({ handoff, offline, leaving, onBack }: PhaseNoticeProps) {
  const { t } = useTranslation();
  const { phase, error } = handoff;
  const refused = phase === 'failed' || phase === 'not-charged';
  // 'active' without an eSIM yet reads, to the clerk, like activating.
  const copy = phase === 'active' ? 'activating' : phase;
  return (
    <section className={`phase-notice phase-${copy}`} data-testid="handoff-phase" data-phase={phase}>
      {copy === 'activating' && <div className="spinner" aria-hidden="true" />}
      <h1 className="phase-title" tabIndex={-1} ref={focusOnMount}>
        {t(`handoff.phase.${copy}.title`)}
      </h1>
      <p className="phase-sentence" role={refused ? 'alert' : 'status'}>
        {phase === 'failed' && error ? error.message : t(`handoff.phase.${copy}.sentence`)}
      </p>
      {refused && <p className="phase-sentence nothing-charged">{t('handoff.nothingCharged')}</p>}
      {/* Why the outcome was uncertain: what the last attempt ran into. */}
      {(phase === 'verifying' || phase === 'not-charged') && error && (
        <p className="phase-detail" data-testid="phase-detail">
          {error.message}
        </p>
      )}
      <PackageFacts item={handoff.item} size="compact" />
      {phase === 'verifying' && <VerifyingActions saleId={handoff.saleId} leaving={leaving} onLeave={onBack} />}
      {refused && <RetryActions phase={phase} offline={offline} leaving={leaving} onBack={onBack} />}
    </section>
  );
}
