// Whether Gigastore can be reached, as one word and a coloured dot: Online, Offline, Connecting…. What
// failed (the sentence for support) is in the offline banner under the header, and here on hover and for
// screen readers; the header keeps only the word, so it is never cut.
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/api';
import type { ErrorInfo } from '../../../shared/handoff';

interface ConnectionStatusProps {
  overview: Overview | undefined;
  overviewError: ErrorInfo | null;
}

export function ConnectionStatus({ overview, overviewError }: ConnectionStatusProps) {
  const { t } = useTranslation();
  const state = overviewError ? 'offline' : (overview?.connection.state ?? 'unknown');
  const word = t(`header.connection.${state}`);
  const message = overviewError?.message ?? overview?.connection.message;
  const sentence = message ? t('header.connection.withMessage', { state: word, message }) : undefined;
  return (
    <span
      className={`connection connection-${state}`}
      role="status"
      data-testid="connection-status"
      data-state={state}
      title={sentence ?? word}
      aria-description={sentence}
    >
      {word}
    </span>
  );
}
