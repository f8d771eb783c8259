// Demo mode's training control, folded away under Settings: stage a Gigastore failure on the simulator
// so a new clerk sees (before it happens for real) what the console does when an answer is lost, the
// network drops, or the credit runs out. Only shown in demo mode; main refuses it in live mode anyway.
import { useTranslation } from 'react-i18next';
import type { DemoFault } from '../../../../shared/api';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';

const FAULTS: DemoFault[] = ['lost-answer', 'server-error', 'offline', 'slow', 'rate-limit', 'no-credit', 'clear'];

export function DemoTraining() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const staging = useConsoleAction();
  return (
    <details className="settings-section" data-testid="demo-training">
      <summary>{t('settings.training.title')}</summary>
      <p>{t('settings.training.intro')}</p>
      <div className="training-actions">
        {FAULTS.map((fault) => (
          <button
            key={fault}
            type="button"
            className="button"
            aria-disabled={staging.pending}
            onClick={() => void staging.perform(() => bridge.stageDemoFault(fault))}
            data-testid={`stage-${fault}`}
          >
            {t(`settings.training.fault.${fault}`)}
          </button>
        ))}
      </div>
      {staging.error && (
        <p className="error-sentence" role="alert">
          {staging.error.message}
        </p>
      )}
    </details>
  );
}
