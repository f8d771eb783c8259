// Demo mode only: play the customer's phone. The simulator moves the eSIM to the chosen state, and the
// handoff follows exactly as it would for a real scan. S is the shortcut for the happy path.
import { useTranslation } from 'react-i18next';
import type { ScanOutcome } from '../../../../shared/api';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';

const OUTCOMES: readonly ScanOutcome[] = ['INSTALLED', 'DISABLED', 'ERROR'];

export function SimulateScan() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const simulate = useConsoleAction();
  const scan = (outcome: ScanOutcome) => void simulate.perform(() => bridge.simulateScan(outcome));

  useKeyboardShortcuts({ s: () => scan('INSTALLED') });

  return (
    <section className="simulate-scan" aria-labelledby="simulate-scan-title">
      <h2 id="simulate-scan-title" className="panel-heading">
        {t('handoff.simulate.title')}
      </h2>
      <div className="button-row">
        {OUTCOMES.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className="button button-small"
            aria-disabled={simulate.pending}
            aria-keyshortcuts={outcome === 'INSTALLED' ? 'S' : undefined}
            onClick={() => scan(outcome)}
            data-testid={`simulate-scan-${outcome.toLowerCase()}`}
          >
            {t(`handoff.simulate.${outcome}`)}
          </button>
        ))}
      </div>
      {simulate.error && (
        <p className="error-sentence" role="alert">
          {simulate.error.message}
        </p>
      )}
    </section>
  );
}
