// The customer the clerk opened, as Gigastore knows them: email, the coverage set they are bound to, their
// eSIMs and their packages, and the two sales a customer can get at the counter: a top-up on their eSIM, or
// a new eSIM for a new phone (both only within the coverage set). Their name takes the focus when shown.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePackage, CustomerCareView, EsimQr } from '../../../../shared/care';
import { useFormatters } from '../../i18n/useFormatters';
import type { PickFor } from '../../navigation';
import type { CareSaleCustomer } from '../confirm/saleDraft';
import { CareEsimItem } from './CareEsimItem';
import { CarePackageItem } from './CarePackageItem';

interface CustomerCardProps {
  customer: CustomerCareView;
  supportLine: string | undefined;
  onSell(pickFor: PickFor): void;
  onRefund(pkg: CarePackage): void;
  /** An eSIM's QR was read again from Gigastore: show it. */
  onReshown(qr: EsimQr): void;
  /** Something changed at Gigastore (a package started): look the customer up again. */
  onChanged(): void;
}

export function CustomerCard(props: CustomerCardProps) {
  const { customer, supportLine, onSell, onRefund, onReshown, onChanged } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const baseId = useId();
  const name = useRef<HTMLHeadingElement>(null);
  const { coverageSet } = customer;
  useEffect(() => name.current?.focus(), []);

  const sell = (kind: CareSaleCustomer['kind']) =>
    onSell({
      target: { kind, customerUid: customer.customerUid, ...(customer.email ? { email: customer.email } : {}) },
      ...(coverageSet ? { coverageSet } : {}),
    });

  return (
    <li
      className="care-customer"
      aria-labelledby={`${baseId}-name`}
      data-testid="care-customer"
      data-customer-uid={customer.customerUid}
    >
      <div className="care-customer-head">
        <div>
          <h2 id={`${baseId}-name`} className="care-customer-name" data-testid="care-email" tabIndex={-1} ref={name}>
            {customer.email ?? t('care.noEmail')}
          </h2>
          <dl className="care-facts">
            <div>
              <dt>{t('care.coverage')}</dt>
              <dd data-testid="care-coverage" data-coverage-set={coverageSet ?? ''}>
                {coverageSet ? format.coverageLabel(coverageSet) : t('care.coverageUnknown')}
              </dd>
            </div>
            <div>
              <dt>{t('care.customerUid')}</dt>
              <dd className="code-text">{customer.customerUid}</dd>
            </div>
          </dl>
        </div>
        <div className="button-row care-sell">
          <button
            type="button"
            className="button button-primary"
            onClick={() => sell('topup')}
            data-testid="care-topup"
          >
            {t('care.topup')}
          </button>
          <button type="button" className="button" onClick={() => sell('second-esim')} data-testid="care-second-esim">
            {t('care.secondEsim')}
          </button>
        </div>
      </div>
      <section aria-labelledby={`${baseId}-esims`}>
        <h3 id={`${baseId}-esims`} className="panel-heading">
          {t('care.esims.title', { count: customer.esims.length })}
        </h3>
        {customer.esims.length === 0 ? (
          <p className="result-count">{t('care.esims.none')}</p>
        ) : (
          <ul className="care-items">
            {customer.esims.map((esim) => (
              <CareEsimItem
                key={esim.iccid}
                customerUid={customer.customerUid}
                esim={esim}
                supportLine={supportLine}
                onReshown={onReshown}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${baseId}-packages`}>
        <h3 id={`${baseId}-packages`} className="panel-heading">
          {t('care.packages.title', { count: customer.packages.length })}
        </h3>
        {customer.packages.length === 0 ? (
          <p className="result-count">{t('care.packages.none')}</p>
        ) : (
          <ul className="care-items">
            {customer.packages.map((pkg) => (
              <CarePackageItem key={pkg.uid} pkg={pkg} onRefund={() => onRefund(pkg)} onStarted={onChanged} />
            ))}
          </ul>
        )}
      </section>
    </li>
  );
}
