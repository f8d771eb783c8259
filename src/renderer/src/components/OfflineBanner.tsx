// Under the header on every screen while Gigastore cannot be reached: selling is paused until main's probe
// finds it again, and then the banner goes by itself. The message says what failed, for support.
import { useTranslation } from 'react-i18next';

export function OfflineBanner({ message }: { message: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-offline" role="alert" data-testid="offline-banner">
      <p className="banner-sentence">{t('offline.banner')}</p>
      {message && <p className="banner-detail">{message}</p>}
    </div>
  );
}
