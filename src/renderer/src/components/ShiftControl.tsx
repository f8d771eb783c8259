// The clerk on shift, first in the header's second row, and "End shift": the next clerk picks their name
// before selling. "On shift" is said small above the name, so the name keeps the width it needs.
import { useTranslation } from 'react-i18next';
import { useBridge } from '../hooks/useConsole';
import { useConsoleAction } from '../hooks/useConsoleAction';

export function ShiftControl({ clerk }: { clerk: string }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const ending = useConsoleAction();
  return (
    <div className="shift-control">
      <span className="header-clerk" data-testid="header-clerk" title={t('header.shift.onShift', { clerk })}>
        <span className="header-clerk-label">{t('header.shift.label')} </span>
        <span className="header-clerk-name">{clerk}</span>
      </span>
      <button
        type="button"
        className="header-button"
        aria-disabled={ending.pending}
        onClick={() => void ending.perform(() => bridge.endShift())}
        data-testid="end-shift"
      >
        {t('header.shift.end')}
      </button>
      {ending.error && (
        <span className="header-error" role="alert">
          {ending.error.message}
        </span>
      )}
    </div>
  );
}
