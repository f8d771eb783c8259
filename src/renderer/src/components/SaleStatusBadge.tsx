// Where a sale stands in the journal, in words the clerk uses: "Checking" rather than "verifying".
import { useTranslation } from 'react-i18next';
import type { SaleStatus } from '../../../shared/sale';

export function SaleStatusBadge({ status }: { status: SaleStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`sale-status sale-status-${status}`} data-testid="sale-status" data-status={status}>
      {t(`history.status.${status}`)}
    </span>
  );
}
