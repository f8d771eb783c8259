// A PIN box: digits only, hidden as typed, never autofilled. Settings, the refund dialog and the refund of
// a double charge all ask the manager's PIN with it.
/** What main accepts as a PIN: 4 to 12 digits. */
export const PIN_SHAPE = /^\d{4,12}$/;

interface PinFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  describedBy: string | undefined;
  testId: string;
  id?: string;
  autoFocus?: boolean;
}

export function PinField({ label, value, onChange, invalid, describedBy, testId, id, autoFocus }: PinFieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        id={id}
        className="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        data-testid={testId}
      />
    </label>
  );
}
