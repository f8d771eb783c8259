// The start of a shift: one big button per clerk of this counter. Every sale, refund and reprint carries
// the name picked here. Keyboard: the first name has the focus, the arrow keys move between the names,
// Enter picks; or the digit shown on a name picks it at once.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';

/** Digits 1–9 pick the first nine names. */
const DIGIT_KEYS = 9;

export function ShiftPicker({ clerks }: { clerks: readonly string[] }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const starting = useConsoleAction();

  const start = (clerk: string) => void starting.perform(() => bridge.startShift(clerk));

  useKeyboardShortcuts(
    Object.fromEntries(clerks.slice(0, DIGIT_KEYS).map((clerk, index) => [String(index + 1), () => start(clerk)])),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.findIndex((button) => button === document.activeElement);
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : step === undefined ? undefined : at + step;
    if (next === undefined || at < 0) return;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  };

  return (
    <main className="screen shift-screen" aria-labelledby="shift-title" data-testid="shift-picker">
      <h1 id="shift-title">{t('shift.title')}</h1>
      <p className="shift-intro">{t('shift.intro')}</p>
      <ul className="shift-clerks" aria-labelledby="shift-title" onKeyDown={onKeyDown}>
        {clerks.map((clerk, index) => (
          <li key={clerk}>
            <button
              type="button"
              className="shift-clerk"
              autoFocus={index === 0}
              aria-disabled={starting.pending}
              aria-keyshortcuts={index < DIGIT_KEYS ? String(index + 1) : undefined}
              onClick={() => start(clerk)}
              data-testid="shift-clerk"
              data-clerk={clerk}
            >
              {index < DIGIT_KEYS && (
                <kbd className="shift-key" aria-hidden="true">
                  {index + 1}
                </kbd>
              )}
              <span>{clerk}</span>
            </button>
          </li>
        ))}
      </ul>
      {starting.error && (
        <p className="error-sentence" role="alert" data-testid="shift-error">
          {starting.error.message}
        </p>
      )}
    </main>
  );
}
