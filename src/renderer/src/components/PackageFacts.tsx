// One package as the clerk confirms it: name, coverage as name AND code (Austria AT, never just "Au..."),
// data, validity, price. Large on the confirm screen, compact while a sale is being activated.
import { useTranslation } from 'react-i18next';
import { coverageOf, type CatalogueItem } from '../../../shared/catalogue';
import { useFormatters } from '../i18n/useFormatters';

interface PackageFactsProps {
  item: CatalogueItem;
  size: 'large' | 'compact';
  headingId?: string;
  /** False where a heading above names the package already (the handoff while activating). */
  named?: boolean;
}

export function PackageFacts({ item, size, headingId, named = true }: PackageFactsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className={`package-facts package-facts-${size}`} data-testid="package-facts">
      {named && (
        <h1 className="package-name" id={headingId}>
          {item.name}
        </h1>
      )}
      <p className="package-coverage">
        <span className="package-coverage-name">{format.coverageName(item.countrySet)}</span>
        {coverageOf(item.countrySet) === 'country' && (
          <span className="package-coverage-code" aria-label={t('coverage.codeLabel', { code: item.countrySet })}>
            {item.countrySet}
          </span>
        )}
      </p>
      <dl className="package-terms">
        <div>
          <dt>{t('package.data')}</dt>
          <dd>{format.dataSize(item)}</dd>
        </div>
        <div>
          <dt>{t('package.validity')}</dt>
          <dd>{format.validity(item)}</dd>
        </div>
        <div className="package-price">
          <dt>{t('package.price')}</dt>
          <dd data-testid="package-price">{format.price(item.retailPrice)}</dd>
        </div>
      </dl>
    </div>
  );
}
