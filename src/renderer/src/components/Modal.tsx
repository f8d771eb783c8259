// A native modal <dialog>, open for as long as it is rendered: it traps the focus, closes on Escape (onClose)
// and gives the focus back to where the clerk was. Keys pressed inside it stay inside it, so the screen
// underneath does not also act on them (Escape would leave it).
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  labelledBy: string;
  className?: string;
  testId?: string;
  onClose(): void;
  children: ReactNode;
}

export function Modal({ labelledBy, className, testId, onClose, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    // Not closed on unmount: a removed dialog leaves the top layer by itself, and a close event sent then
    // would reach whatever replaced it.
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={labelledBy}
      // Escape cancels during its keydown; the close event follows in a later task. Closing on cancel lets
      // the next key (Escape again, to leave the screen) meet the screen's shortcuts at once.
      onCancel={onClose}
      onClose={onClose}
      onKeyDown={(event) => event.stopPropagation()}
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}
