// Setting the manager PIN (the first time) or changing it (with the current one). The PIN is checked here
// for shape and for the repeat matching, then main hashes it; nothing of it is kept after the answer.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { PIN_SHAPE, PinField } from '../../components/PinField';

/** The new-PIN box, which the mode switch links to when live mode still needs a PIN. */
export const NEW_PIN_INPUT_ID = 'manager-new-pin';

type Problem = 'format' | 'mismatch' | null;

export function PinForm({ change }: { change: boolean }) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const saving = useConsoleAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Problem =
      !PIN_SHAPE.test(next) || (change && !PIN_SHAPE.test(current)) ? 'format' : next !== repeat ? 'mismatch' : null;
    setProblem(found);
    if (found) return;
    const result = await saving.perform(() => bridge.setManagerPin(change ? { next, current } : { next }));
    setCurrent('');
    if (!result?.ok) return;
    setNext('');
    setRepeat('');
    setSaved(true);
  };

  const message = problem
    ? t(problem === 'format' ? 'settings.manager.pinFormat' : 'settings.manager.pinMismatch')
    : saving.error?.message;
  const errorId = message ? `${baseId}-error` : undefined;
  return (
    <form
      className="pin-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t(change ? 'settings.manager.changeTitle' : 'settings.manager.setPin')}
    >
      {change && (
        <PinField
          label={t('settings.manager.currentPin')}
          value={current}
          onChange={setCurrent}
          invalid={Boolean(message) && problem !== 'mismatch'}
          describedBy={errorId}
          testId="manager-current-pin"
        />
      )}
      <PinField
        id={change ? undefined : NEW_PIN_INPUT_ID}
        label={t('settings.manager.newPin')}
        value={next}
        onChange={setNext}
        invalid={problem === 'format'}
        describedBy={errorId}
        testId="manager-new-pin"
      />
      <PinField
        label={t('settings.manager.repeatPin')}
        value={repeat}
        onChange={setRepeat}
        invalid={problem === 'mismatch'}
        describedBy={errorId}
        testId="manager-new-pin-repeat"
      />
      {message && (
        <p className="error-sentence" id={errorId} role="alert" data-testid="manager-set-pin-error">
          {message}
        </p>
      )}
      {saved && !message && (
        <p className="success-sentence" role="status" data-testid="manager-pin-saved">
          {t(change ? 'settings.manager.pinChanged' : 'settings.manager.pinSaved')}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary"
        aria-disabled={saving.pending}
        data-testid={change ? 'manager-change-pin' : 'manager-set-pin'}
      >
        {t(change ? 'settings.manager.changePin' : 'settings.manager.setPin')}
      </button>
    </form>
  );
}

/**
 * Forgot the PIN, or main says the record is broken: a reset, after a confirm step that says what it costs
 * (main removes the PIN only after erasing the stored credentials, so it gains nobody the secret).
 */
export function PinReset({ onReset }: { onReset(): void }) {
  const { t } = useTranslation();
  const explainId = useId();
  const bridge = useBridge();
  const resetting = useConsoleAction();
  const [confirming, setConfirming] = useState(false);

  const onConfirm = async () => {
    const result = await resetting.perform(() => bridge.resetManagerPin({ eraseCredentials: true }));
    if (result?.ok) onReset();
  };

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-small pin-forgot"
        onClick={() => setConfirming(true)}
        data-testid="manager-forgot-pin"
      >
        {t('settings.manager.forgot')}
      </button>
    );
  }
  return (
    <div className="pin-reset" role="group" aria-labelledby={explainId} data-testid="manager-reset">
      <p className="note" id={explainId}>
        {t('settings.manager.resetExplain')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          autoFocus
          aria-disabled={resetting.pending}
          onClick={() => void onConfirm()}
          data-testid="manager-reset-confirm"
        >
          {t('settings.manager.resetConfirm')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setConfirming(false)}
          data-testid="manager-reset-cancel"
        >
          {t('settings.manager.resetCancel')}
        </button>
      </div>
      {resetting.error && (
        <p className="error-sentence" role="alert">
          {resetting.error.message}
        </p>
      )}
    </div>
  );
}
