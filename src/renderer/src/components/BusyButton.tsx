// A button whose action goes to the main side: it says it is busy while the answer is on its way, and stays
// focusable then (aria-disabled, not disabled) so the keyboard never loses its place. A press while busy
// reaches the action, which is single-flight (useConsoleAction), so nothing is sent twice.
interface BusyButtonProps {
  busy: boolean;
  label: string;
  busyLabel: string;
  onClick(): unknown;
  className?: string;
  testId?: string;
}

export function BusyButton({ busy, label, busyLabel, onClick, className = 'button', testId }: BusyButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={busy}
      onClick={() => void onClick()}
      data-testid={testId}
    >
      {busy ? busyLabel : label}
    </button>
  );
}
