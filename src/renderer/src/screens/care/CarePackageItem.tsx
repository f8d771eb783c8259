// One of the customer's packages: name, data and what is left of it, when it started and until when it
// runs, how it starts, and whether it was refunded. A package can be refunded (the dialog asks why, and the
// manager PIN); an ON_DEMAND package that has not started yet can be started now.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePackage } from '../../../../shared/care';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useFormatters } from '../../i18n/useFormatters';

interface CarePackageItemProps {
  pkg: CarePackage;
  onRefund(): void;
  /** The package was started: look the customer up again to show its dates. */
  onStarted(): void;
}

export function CarePackageItem({ pkg, onRefund, onStarted }: CarePackageItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bridge = useBridge();
  const starting = useConsoleAction();
  const nameId = useId();
  const none = t('history.noValue');
  const startable = pkg.activationMode === 'ON_DEMAND' && !pkg.activatedAt && !pkg.refunded;

  const start = async () => {
    const result = await starting.perform(() => bridge.startPackage(pkg.uid));
    if (result?.ok) onStarted();
  };

  return (
    <li
      className="care-item"
      data-testid="care-package"
      data-uid={pkg.uid}
      data-refunded={pkg.refunded}
      data-mode={pkg.activationMode ?? ''}
    >
      <p className="care-package-name">
        <span id={nameId}>{pkg.name ?? t('care.packages.unnamed')}</span>
        {pkg.refunded && (
          <span className="refunded-tag" data-testid="care-package-refunded">
            {t('care.packages.refunded')}
          </span>
        )}
      </p>
      <dl className="care-facts">
        <div>
          <dt>{t('care.packages.size')}</dt>
          <dd>{pkg.size ? format.dataSize(pkg.size) : none}</dd>
        </div>
        <div>
          <dt>{t('care.packages.available')}</dt>
          <dd data-testid="care-package-available">{pkg.available ? format.dataSize(pkg.available) : none}</dd>
        </div>
        <div>
          <dt>{t('care.packages.activatedAt')}</dt>
          <dd data-testid="care-package-activated">
            {pkg.activatedAt ? format.dateTime(pkg.activatedAt) : t('care.packages.notStarted')}
          </dd>
        </div>
        <div>
          <dt>{t(pkg.activatedAt ? 'care.packages.expiresAt' : 'care.packages.startBy')}</dt>
          <dd>{pkg.expiresAt ? format.dateTime(pkg.expiresAt) : none}</dd>
        </div>
        <div>
          <dt>{t('care.packages.mode')}</dt>
          <dd>{pkg.activationMode ? t(`confirm.activation.mode.${pkg.activationMode}`) : none}</dd>
        </div>
        {pkg.saleId && (
          <div>
            <dt>{t('care.packages.saleId')}</dt>
            <dd className="code-text">{pkg.saleId}</dd>
          </div>
        )}
      </dl>
      {(startable || !pkg.refunded) && (
        <div className="button-row">
          {startable && (
            <button
              type="button"
              className="button button-primary"
              aria-disabled={starting.pending}
              aria-describedby={nameId}
              onClick={() => void start()}
              data-testid="care-start-package"
            >
              {t(starting.pending ? 'care.packages.starting' : 'care.packages.start')}
            </button>
          )}
          {!pkg.refunded && (
            <button
              type="button"
              className="button"
              aria-describedby={nameId}
              onClick={onRefund}
              data-testid="care-refund"
            >
              {t('care.packages.refund')}
            </button>
          )}
        </div>
      )}
      {starting.error && (
        <p className="error-sentence" role="alert" data-testid="care-start-error">
          {starting.error.message}
        </p>
      )}
    </li>
  );
}
