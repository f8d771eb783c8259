// Demo (the built-in simulator, nothing is charged) or live (real sales). main refuses live without a
// manager PIN or without credentials and says why; the sentence is shown here as it comes. Before any PIN
// exists, the way to live mode is explained up front, with a link to the PIN form.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../../../shared/settings';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { NEW_PIN_INPUT_ID } from './PinForm';

export function ModeSwitch({ mode, pinSet }: { mode: Mode; pinSet: boolean }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const switching = useConsoleAction();
  const other: Mode = mode === 'demo' ? 'live' : 'demo';
  const needsPin = other === 'live' && !pinSet;

  // The PIN form is on this screen: go to its first box (a fragment link alone would not move the focus).
  const goToPinForm = (event: MouseEvent<HTMLAnchorElement>) => {
    const input = document.getElementById(NEW_PIN_INPUT_ID);
    if (!input) return;
    event.preventDefault();
    input.scrollIntoView({ block: 'center' });
    input.focus();
  };

  return (
    <section className="settings-section" aria-labelledby="mode-title">
      <h2 id="mode-title">{t('settings.mode.title')}</h2>
      <p data-testid="settings-mode-current" data-mode={mode}>
        {t(`settings.mode.current.${mode}`)}
      </p>
      {needsPin && (
        <p className="note" id="mode-needs-pin" data-testid="mode-needs-pin">
          {t('settings.mode.needsPin')}{' '}
          <a href={`#${NEW_PIN_INPUT_ID}`} onClick={goToPinForm} data-testid="mode-set-pin-link">
            {t('settings.mode.setPinLink')}
          </a>
        </p>
      )}
      <button
        type="button"
        className="button"
        aria-disabled={switching.pending}
        aria-describedby={needsPin ? 'mode-needs-pin' : undefined}
        onClick={() => void switching.perform(() => bridge.setMode(other))}
        data-testid="settings-mode-switch"
      >
        {t(`settings.mode.switchTo.${other}`)}
      </button>
      {switching.error && (
        <p className="error-sentence" role="alert" data-testid="settings-mode-error">
          {switching.error.message}
        </p>
      )}
    </section>
  );
}
