// How long a sale whose answer was lost may still appear in Gigastore's sales list before it can count as
// not charged. Live sales need at least 30 s (a charge can land that late, and a sale taken for not charged
// may be sold again); demo sales may use 1 s, so that training shows the whole story quickly. The form says
// so before anything is sent; main refuses it too, and the ledger never gives a live sale less.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE_RECONCILIATION_WINDOW_MIN_MS, type Mode } from '../../../../shared/settings';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { ManagedField } from './managed';

const MIN_SECONDS = { demo: 1, live: LIVE_RECONCILIATION_WINDOW_MIN_MS / 1000 } as const;
const MAX_SECONDS = 3600;

type Problem = 'invalid' | 'liveMinimum';

/** The clerk's seconds as the setting's milliseconds, or why they cannot be. */
function parseSeconds(text: string, mode: Mode): { ms: number } | { problem: Problem } {
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 1 || seconds > MAX_SECONDS)
    return { problem: 'invalid' };
  if (seconds < MIN_SECONDS[mode]) return { problem: 'liveMinimum' };
  return { ms: Math.round(seconds * 1000) };
}

export function ReconciliationWindowForm({ mode, windowMs }: { mode: Mode; windowMs: number }) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const saving = useConsoleAction();
  const [draft, setDraft] = useState(String(windowMs / 1000));
  const [shown, setShown] = useState(windowMs);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  // Going live lifts a demo-short window to 30 s in main: the box follows the setting when it changes.
  if (shown !== windowMs) {
    setShown(windowMs);
    setDraft(String(windowMs / 1000));
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = parseSeconds(draft, mode);
    setProblem('problem' in parsed ? parsed.problem : null);
    if ('problem' in parsed) return;
    const result = await saving.perform(() => bridge.updateSettings({ reconciliationWindowMs: parsed.ms }));
    if (result?.ok) setSaved(true);
  };

  const message = problem ? t(`settings.reconciliation.${problem}`) : saving.error?.message;

  return (
    <form className="settings-section" aria-labelledby="reconciliation-title" noValidate onSubmit={onSubmit}>
      <h2 id="reconciliation-title">{t('settings.reconciliation.title')}</h2>
      <ManagedField field="reconciliationWindowMs">
        <label className="field">
          <span className="field-label">{t('settings.reconciliation.seconds')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={MIN_SECONDS[mode]}
            max={MAX_SECONDS}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={`${baseId}-hint`}
            data-testid="settings-reconciliationWindow"
          />
          <span className="field-hint" id={`${baseId}-hint`}>
            {t(`settings.reconciliation.hint.${mode}`)}
          </span>
        </label>
        {message && (
          <p className="error-sentence" role="alert" data-testid="settings-reconciliation-error">
            {message}
          </p>
        )}
        {saved && !message && (
          <p className="success-sentence" role="status">
            {t('settings.reconciliation.saved')}
          </p>
        )}
        <button
          type="submit"
          className="button"
          aria-disabled={saving.pending}
          data-testid="settings-reconciliation-save"
        >
          {t('settings.reconciliation.save')}
        </button>
      </ManagedField>
    </form>
  );
}
