// Where a sale stands in the journal, in words the clerk uses: "Checking" rather than "verifying". A sale
// with a damaged record shows that instead: its status may be missing a step, so it is not to be trusted.
import { useTranslation } from 'react-i18next';
import type { SaleStatus } from '../../../shared/sale';

export function SaleStatusBadge({ status, damaged = false }: { status: SaleStatus; damaged?: boolean }) {
  const { t } = useTranslation();
  if (damaged) {
    return (
      <span className="sale-status sale-status-damaged" data-testid="sale-status" data-status="damaged">
        {t('history.damaged')}
      </span>
    );
  }
  return (
    <span className={`sale-status sale-status-${status}`} data-testid="sale-status" data-status={status}>
      {t(`history.status.${status}`)}
    </span>
  );
}
