// The result rows as a listbox whose active option is driven from the search box (aria-activedescendant):
// focus never leaves the box, so the clerk can type, move and pick without reaching for the mouse.
import { memo, useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../shared/catalogue';
import { useFormatters, type Formatters } from '../../i18n/useFormatters';

export const optionId = (listId: string, index: number): string => `${listId}-option-${index}`;

interface CatalogueListProps {
  listId: string;
  items: CatalogueItem[];
  highlightedIndex: number;
  recent: ReadonlyMap<string, number>;
  onPick(item: CatalogueItem): void;
}

export function CatalogueList({ listId, items, highlightedIndex, recent, onPick }: CatalogueListProps) {
  const { t } = useTranslation();
  const format = useFormatters();

  useEffect(() => {
    document.getElementById(optionId(listId, highlightedIndex))?.scrollIntoView({ block: 'nearest' });
  }, [listId, highlightedIndex]);

  // One click handler for the list (a row says which item it shows), so rows stay memoised while typing.
  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
    const item = items.find((candidate) => candidate.id === id);
    if (item) onPick(item);
  };

  return (
    <div className="catalogue-table">
      {/* Column titles for the eye; each option's own text is what a screen reader announces. */}
      <div className="catalogue-columns" aria-hidden="true">
        <span>{t('catalogue.columns.name')}</span>
        <span>{t('catalogue.columns.coverage')}</span>
        <span>{t('catalogue.columns.data')}</span>
        <span>{t('catalogue.columns.validity')}</span>
        <span className="column-price">{t('catalogue.columns.price')}</span>
      </div>
      <ul className="catalogue-list" id={listId} role="listbox" aria-label={t('catalogue.listLabel')} onClick={onClick}>
        {items.map((item, index) => (
          <CatalogueRow
            key={item.id}
            id={optionId(listId, index)}
            item={item}
            selected={index === highlightedIndex}
            recent={recent.has(item.id)}
            format={format}
          />
        ))}
      </ul>
    </div>
  );
}

interface CatalogueRowProps {
  id: string;
  item: CatalogueItem;
  selected: boolean;
  recent: boolean;
  format: Formatters;
}

/** One package; redrawn only when what it shows changes (typing redraws the list, not every row). */
const CatalogueRow = memo(function CatalogueRow({ id, item, selected, recent, format }: CatalogueRowProps) {
  const { t } = useTranslation();
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="catalogue-row"
      data-testid="catalogue-row"
      data-item-id={item.id}
    >
      <span className="row-name">
        {item.name}
        {recent && (
          <span className="recent-tag" title={t('catalogue.recentHint')} data-testid="recent-tag">
            {t('catalogue.recent')}
          </span>
        )}
      </span>
      <span className="row-coverage">{format.coverageLabel(item.countrySet)}</span>
      <span className="row-data">{format.dataSize(item)}</span>
      <span className="row-validity">{format.validity(item)}</span>
      <span className="row-price">{format.price(item.retailPrice)}</span>
    </li>
  );
});
