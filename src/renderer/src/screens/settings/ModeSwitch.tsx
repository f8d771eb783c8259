// Demo (the built-in simulator, nothing is charged) or live (real sales). main refuses live without
// credentials and says why; the sentence is shown here as it comes.
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../../../shared/settings';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';

export function ModeSwitch({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const switching = useConsoleAction();
  const other: Mode = mode === 'demo' ? 'live' : 'demo';
  return (
    <section className="settings-section" aria-labelledby="mode-title">
      <h2 id="mode-title">{t('settings.mode.title')}</h2>
      <p data-testid="settings-mode-current" data-mode={mode}>
        {t(`settings.mode.current.${mode}`)}
      </p>
      <button
        type="button"
        className="button"
        aria-disabled={switching.pending}
        onClick={() => void switching.perform(() => bridge.setMode(other))}
        data-testid="settings-mode-switch"
      >
        {t(`settings.mode.switchTo.${other}`)}
      </button>
      {switching.error && (
        <p className="error-sentence" role="alert">
          {switching.error.message}
        </p>
      )}
    </section>
  );
}
