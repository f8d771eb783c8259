// The manager PIN box beside a manager-only action, shown only while the console is locked, with a hint
// saying what the PIN does. Its state lives in useManagerAction.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagerAction } from '../hooks/useManagerAction';
import { PinField } from './PinField';

interface ManagerPinFieldProps {
  guard: ManagerAction;
  hint: string;
  /** The form found a problem with the PIN itself. */
  invalid?: boolean;
  testId: string;
}

export function ManagerPinField({ guard, hint, invalid = false, testId }: ManagerPinFieldProps) {
  const { t } = useTranslation();
  const hintId = `${useId()}-pin-hint`;
  if (!guard.locked) return null;
  return (
    <>
      <PinField
        label={t('settings.manager.pin')}
        value={guard.pin}
        onChange={guard.setPin}
        invalid={invalid || guard.error?.code === 'manager.wrong-pin'}
        describedBy={hintId}
        testId={testId}
      />
      <p className="field-hint" id={hintId}>
        {hint}
      </p>
    </>
  );
}
