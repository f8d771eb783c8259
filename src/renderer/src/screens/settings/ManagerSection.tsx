// The manager PIN, at the top of Settings. Once a PIN exists, main refuses settings, credentials and mode
// changes until a manager unlocks (for 5 minutes): locked, this is the unlock box above the read-only forms;
// unlocked, it offers Lock now and a PIN change. Without a PIN it offers to set one (live mode needs it).
// When main finds the PIN record missing or unreadable, everything stays locked and main's sentence says so;
// then, as for a forgotten PIN, the way out is the reset (which erases the stored credentials).
import { useId, useLayoutEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/api';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { PIN_SHAPE, PinField } from '../../components/PinField';
import { PinForm, PinReset } from './PinForm';

/** The sentence that says why the forms below are read-only (they point at it). */
export const LOCKED_INTRO_ID = 'manager-locked-intro';

export function ManagerSection({ manager }: { manager: Overview['manager'] }) {
  const { t } = useTranslation();
  const state = manager.problem ? 'broken' : !manager.pinSet ? 'no-pin' : manager.unlocked ? 'unlocked' : 'locked';
  const [wasReset, setWasReset] = useState(false);
  const onReset = () => setWasReset(true);
  // After an unlock the box the focus was in goes away: the focus moves to Lock now, not to the page.
  const lockButton = useRef<HTMLButtonElement>(null);
  const previous = useRef(state);
  useLayoutEffect(() => {
    if (previous.current === 'locked' && state === 'unlocked') lockButton.current?.focus();
    previous.current = state;
  }, [state]);
  return (
    <section
      className="settings-section manager-section"
      aria-labelledby="manager-title"
      data-testid="manager-section"
      data-state={state}
    >
      <h2 id="manager-title">{t('settings.manager.title')}</h2>
      {state === 'no-pin' && (
        <>
          {wasReset ? (
            <p className="success-sentence" role="status" data-testid="manager-reset-done">
              {t('settings.manager.resetDone')}
            </p>
          ) : (
            <p>{t('settings.manager.setupIntro')}</p>
          )}
          <PinForm change={false} />
        </>
      )}
      {state === 'broken' && (
        <>
          <p className="error-sentence" id={LOCKED_INTRO_ID} role="alert" data-testid="manager-problem">
            {manager.problem}
          </p>
          <PinReset onReset={onReset} />
        </>
      )}
      {state === 'locked' && (
        <>
          <UnlockForm />
          <PinReset onReset={onReset} />
        </>
      )}
      {state === 'unlocked' && <UnlockedPanel lockButtonRef={lockButton} />}
    </section>
  );
}

function UnlockForm() {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const unlocking = useConsoleAction();
  const [pin, setPin] = useState('');
  const [badShape, setBadShape] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = !PIN_SHAPE.test(pin);
    setBadShape(invalid);
    if (invalid) return;
    await unlocking.perform(() => bridge.unlockManager(pin));
    setPin(''); // a wrong PIN is typed again from scratch; a right one is not kept
  };

  const message = badShape ? t('settings.manager.pinFormat') : unlocking.error?.message;
  return (
    <form className="unlock-form" noValidate onSubmit={onSubmit} aria-label={t('settings.manager.unlock')}>
      <p id={LOCKED_INTRO_ID}>{t('settings.manager.lockedIntro')}</p>
      <div className="unlock-row">
        <PinField
          label={t('settings.manager.pin')}
          value={pin}
          onChange={setPin}
          invalid={Boolean(message)}
          describedBy={message ? `${baseId}-error` : undefined}
          testId="manager-pin"
          autoFocus
        />
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={unlocking.pending}
          data-testid="manager-unlock"
        >
          {t(unlocking.pending ? 'settings.manager.checking' : 'settings.manager.unlock')}
        </button>
      </div>
      {message && (
        <p className="error-sentence" id={`${baseId}-error`} role="alert" data-testid="manager-pin-error">
          {message}
        </p>
      )}
    </form>
  );
}

function UnlockedPanel({ lockButtonRef }: { lockButtonRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const locking = useConsoleAction();
  return (
    <>
      <p role="status" data-testid="manager-unlocked">
        {t('settings.manager.unlockedIntro')}
      </p>
      <button
        ref={lockButtonRef}
        type="button"
        className="button"
        aria-disabled={locking.pending}
        onClick={() => void locking.perform(() => bridge.lockManager())}
        data-testid="manager-lock"
      >
        {t('settings.manager.lock')}
      </button>
      {locking.error && (
        <p className="error-sentence" role="alert">
          {locking.error.message}
        </p>
      )}
      <details className="pin-change">
        <summary>{t('settings.manager.changeTitle')}</summary>
        <PinForm change />
      </details>
    </>
  );
}
