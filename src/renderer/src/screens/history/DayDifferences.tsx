// Above History's list: each listed day whose close of day differs from Gigastore, in red and in words
// (the rows of that day carry a tag too), pointing to the report that names the sales.
import { useTranslation } from 'react-i18next';

export function DayDifferences({ days }: { days: ReadonlySet<string> }) {
  const { t, i18n } = useTranslation();
  if (days.size === 0) return null;
  const dayFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <ul className="day-differences" aria-live="polite" data-testid="history-day-differences">
      {[...days].map((day) => (
        <li key={day} className="day-difference" data-testid="history-day-difference" data-day={day}>
          {t('history.dayDiffersNotice', { day: dayFormat.format(new Date(`${day}T12:00:00`)) })}
        </li>
      ))}
    </ul>
  );
}
