// What the report covers: a calendar day or one of the last week's shifts, this counter or the whole store.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridgeQuery } from '../../hooks/useBridgeQuery';
import { localDay } from '../../i18n/localDay';

export interface ReportChoice {
  kind: 'day' | 'shift';
  day: string;
  shiftId: string;
  storeWide: boolean;
}

/** How far back the shift picker reaches. */
const SHIFT_DAYS = 7;

const askShifts = (bridge: Parameters<Parameters<typeof useBridgeQuery>[1]>[0], range: { from: string; to: string }) =>
  bridge.listShifts(range);

interface ReportPickerProps {
  choice: ReportChoice;
  onChange(choice: ReportChoice): void;
}

export function ReportPicker({ choice, onChange }: ReportPickerProps) {
  const { t, i18n } = useTranslation();
  const today = localDay();
  // The week the picker offers, fixed when the screen opens.
  const [week] = useState(() => ({ from: localDay(new Date(Date.now() - SHIFT_DAYS * 86_400_000)), to: today }));
  const shifts = useBridgeQuery(choice.kind === 'shift' ? week : null, askShifts);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const change = (patch: Partial<ReportChoice>) => onChange({ ...choice, ...patch });

  return (
    <div className="report-picker">
      <div className="view-switch" role="group" aria-label={t('report.kind')}>
        {(['day', 'shift'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={choice.kind === kind}
            onClick={() => change({ kind })}
            data-testid={`report-kind-${kind}`}
          >
            {t(`report.kinds.${kind}`)}
          </button>
        ))}
      </div>
      {choice.kind === 'day' ? (
        <label className="field">
          <span>{t('report.day')}</span>
          <input
            type="date"
            value={choice.day}
            max={today}
            onChange={(event) => change({ day: event.target.value })}
            data-testid="report-day"
          />
        </label>
      ) : (
        <label className="field">
          <span>{t('report.shift')}</span>
          <select
            value={choice.shiftId}
            onChange={(event) => change({ shiftId: event.target.value })}
            data-testid="report-shift"
          >
            <option value="">
              {t(shifts.status === 'ready' && shifts.value.length === 0 ? 'report.noShifts' : 'report.chooseShift')}
            </option>
            {shifts.status === 'ready' &&
              shifts.value.map((shift) => (
                <option key={shift.id} value={shift.id}>
                  {`${shift.clerk}: ${time.format(new Date(shift.from))} – ${shift.to ? time.format(new Date(shift.to)) : t('report.running')}`}
                </option>
              ))}
          </select>
        </label>
      )}
      <label className="check-field">
        <input
          type="checkbox"
          checked={choice.storeWide}
          onChange={(event) => change({ storeWide: event.target.checked })}
          data-testid="report-store-wide"
        />
        <span>{t('report.storeWide')}</span>
      </label>
    </div>
  );
}
