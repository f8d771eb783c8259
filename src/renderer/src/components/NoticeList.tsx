// Sentences main wants the clerk to read once (a settings value replaced by its default, a journal record
// cut off). Each can be dismissed; a dismissed sentence stays away for as long as this window is open,
// even though every overview event carries it again.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function NoticeList({ notices }: { notices: readonly string[] }) {
  const { t } = useTranslation();
  const baseId = useId();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = [...new Set(notices)].filter((notice) => !dismissed.has(notice));
  if (shown.length === 0) return null;

  const dismiss = (notice: string) => setDismissed((current) => new Set(current).add(notice));

  return (
    <section className="notices" aria-label={t('notices.label')} data-testid="notices">
      <ul className="notice-list">
        {shown.map((notice, index) => (
          <li key={notice} className="notice" data-testid="notice">
            <p className="notice-sentence" id={`${baseId}-${index}`}>
              {notice}
            </p>
            <button
              type="button"
              className="button button-small"
              aria-describedby={`${baseId}-${index}`}
              onClick={() => dismiss(notice)}
              data-testid="notice-dismiss"
            >
              {t('notices.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
