// One line in the header's second row once an app update is downloaded: when it installs (never during
// a sale: main decides), or that it is installing now.
import { useTranslation } from 'react-i18next';
import type { UpdateView } from '../../../shared/updates';

export function UpdateNotice({ update }: { update: UpdateView | undefined }) {
  const { t } = useTranslation();
  if (!update) return null;
  const text =
    update.state === 'installing'
      ? t('header.update.installing', { version: update.version })
      : t(update.installsAt === 'shift-end' ? 'header.update.shiftEnd' : 'header.update.nextStart', {
          version: update.version,
        });
  return (
    <span className="update-notice" role="status" data-testid="update-notice" data-state={update.state}>
      {text}
    </span>
  );
}
