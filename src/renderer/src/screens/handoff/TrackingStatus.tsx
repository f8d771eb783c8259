// How main is following the eSIM: live, backing off while offline, stopped, or timed out. After the
// time-out only the clerk can decide to keep waiting (the customer may still be fiddling with the phone).
import { useTranslation } from 'react-i18next';
import type { Handoff } from '../../../../shared/handoff';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useFormatters } from '../../i18n/useFormatters';

export function TrackingStatus({ tracking }: { tracking: Handoff['tracking'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bridge = useBridge();
  const keepFollowing = useConsoleAction();

  const sentence = (): string => {
    switch (tracking.status) {
      case 'idle':
        return t('handoff.tracking.idle');
      case 'live':
        return tracking.lastCheckedAt
          ? t('handoff.tracking.liveCheckedAt', { time: format.time(tracking.lastCheckedAt) })
          : t('handoff.tracking.live');
      case 'retrying':
        return t('handoff.tracking.retrying', { count: Math.ceil((tracking.retryInMs ?? 0) / 1000) });
      case 'stopped':
        return t('handoff.tracking.stopped');
      case 'timed-out':
        return t('handoff.tracking.timedOut');
    }
  };

  return (
    <div className={`tracking tracking-${tracking.status}`} data-testid="tracking-status" data-status={tracking.status}>
      <p>
        {sentence()}
        {tracking.message && <span className="tracking-message"> {tracking.message}</span>}
      </p>
      {tracking.status === 'timed-out' && (
        <button
          type="button"
          className="button"
          aria-disabled={keepFollowing.pending}
          onClick={() => void keepFollowing.perform(() => bridge.keepFollowing())}
          data-testid="keep-waiting"
        >
          {t('handoff.tracking.keepWaiting')}
        </button>
      )}
      {keepFollowing.error && (
        <p className="error-sentence" role="alert">
          {keepFollowing.error.message}
        </p>
      )}
    </div>
  );
}
