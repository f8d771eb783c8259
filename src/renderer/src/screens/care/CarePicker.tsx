// The packages a customer found in Customer care can be given: those of their coverage set (Gigastore
// refuses any other on the same customer). When the set cannot be told, every package is offered, with a
// note saying that Gigastore will refuse one of another set. The catalogue screen itself, searched and
// picked exactly as for a first sale; Escape on an empty search goes back to the customer.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../shared/catalogue';
import type { CatalogueLoad } from '../../hooks/useCatalogue';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { useFormatters } from '../../i18n/useFormatters';
import { CatalogueScreen, type CatalogueView } from '../catalogue/CatalogueScreen';
import type { PickFor } from '../../navigation';

interface CarePickerProps {
  pickFor: PickFor;
  view: CatalogueView;
  onViewChange(view: CatalogueView): void;
  catalogue: CatalogueLoad;
  recent: ReadonlyMap<string, number>;
  onPick(item: CatalogueItem): void;
  onRetry(): void;
  onBack(): void;
}

export function CarePicker(props: CarePickerProps) {
  const { pickFor, view, onViewChange, catalogue, recent, onPick, onRetry, onBack } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = useId();
  const { target, coverageSet } = pickFor;

  const load = useMemo<CatalogueLoad>(() => {
    if (catalogue.status !== 'ready' || !coverageSet) return catalogue;
    return { status: 'ready', value: catalogue.value.filter((item) => item.countrySet === coverageSet) };
  }, [catalogue, coverageSet]);

  // The catalogue's search box takes the first Escape (it clears the search); an empty one goes back.
  useKeyboardShortcuts({ Escape: onBack });

  return (
    <>
      <section
        className="care-picker-bar"
        aria-labelledby={titleId}
        data-testid="care-picker"
        data-kind={target.kind}
        data-coverage-set={coverageSet ?? ''}
      >
        <div className="care-picker-text">
          <h2 id={titleId}>{t(`care.pick.title.${target.kind}`, { customer: target.email ?? target.customerUid })}</h2>
          {coverageSet ? (
            <p>{t('care.pick.coverage', { coverage: format.coverageLabel(coverageSet) })}</p>
          ) : (
            <p className="note" data-testid="care-coverage-note">
              {t('care.pick.coverageUnknown')}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button"
          onClick={onBack}
          aria-keyshortcuts="Escape"
          data-testid="care-picker-back"
        >
          {t('care.pick.back')}
        </button>
      </section>
      <CatalogueScreen
        load={load}
        view={view}
        onViewChange={onViewChange}
        onPick={(item) => {
          onViewChange({ ...view, highlightedId: item.id });
          onPick(item);
        }}
        onRetry={onRetry}
        recent={recent}
      />
    </>
  );
}
