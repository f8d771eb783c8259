// The shortcut sheet on "?" or F1. A native modal <dialog>: it traps focus, closes on Escape and gives
// focus back to where the clerk was. Keys pressed inside it stay inside it.
import { Fragment, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  { keys: ['help.keys.typing'], action: 'help.actions.search' },
  { keys: ['help.keys.arrows'], action: 'help.actions.move' },
  { keys: ['help.keys.enter'], action: 'help.actions.enter' },
  { keys: ['help.keys.escape'], action: 'help.actions.escape' },
  { keys: ['help.keys.n'], action: 'help.actions.newSale' },
  { keys: ['help.keys.p'], action: 'help.actions.print' },
  { keys: ['help.keys.s'], action: 'help.actions.simulate' },
  { keys: ['help.keys.h'], action: 'help.actions.history' },
  { keys: ['help.keys.c'], action: 'help.actions.care' },
  { keys: ['help.keys.question', 'help.keys.f1'], action: 'help.actions.help' },
] as const;

interface HelpDialogProps {
  open: boolean;
  onClose(): void;
}

export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  // A layout effect: the dialog is shown in the same task as the key that opened it, so a close event left
  // over from the last time (it comes a task after Escape) finds it open and is not taken for a new close.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const onNativeClose = () => {
    if (!dialog.current?.open) onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // The screen underneath must not see these keys (Escape would also leave the screen).
    event.stopPropagation();
    if (event.key === 'F1' || event.key === '?') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-title"
      // Escape cancels during its keydown; the close event only follows in a later task. Saying so at once
      // means a key pressed right after (F1 again) already meets the screen's shortcuts.
      onCancel={onClose}
      onClose={onNativeClose}
      onKeyDown={onKeyDown}
    >
      <h2 id="help-title">{t('help.title')}</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map(({ keys, action }) => (
          <Fragment key={action}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{t(key)}</kbd>
              ))}
            </dt>
            <dd>{t(action)}</dd>
          </Fragment>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {t('help.close')}
      </button>
    </dialog>
  );
}
