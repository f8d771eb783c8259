// The result rows as a listbox whose active option is driven from the search box (aria-activedescendant):
// focus never leaves the box, so the clerk can type, move and pick without reaching for the mouse.
import { memo, useEffect, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../shared/catalogue';

/** By item, not by position: a row that stays while the clerk types keeps its id and is not redrawn. */
export const optionId = (listId: string, itemId: string): string => `${listId}-option-${encodeURIComponent(itemId)}`;

interface CatalogueListProps {
  listId: string;
  items: CatalogueItem[];
  highlightedIndex: number;
  recent: ReadonlyMap<string, number>;
  /** What each package's row shows, formatted once per inventory and language. */
  rows: ReadonlyMap<string, { texts: RowTexts }>;
  onPick(item: CatalogueItem): void;
}

/** What a row shows, formatted once per package and language rather than each time the row is drawn. */
export interface RowTexts {
  coverage: string;
  data: string;
  validity: string;
  price: string;
}

interface RecentTag {
  label: string;
  hint: string;
}

export function CatalogueList({ listId, items, highlightedIndex, recent, rows, onPick }: CatalogueListProps) {
  const { t } = useTranslation();
  const recentTag = useMemo<RecentTag>(() => ({ label: t('catalogue.recent'), hint: t('catalogue.recentHint') }), [t]);

  const highlightedId = items[highlightedIndex]?.id;
  useEffect(() => {
    if (highlightedId === undefined) return;
    document.getElementById(optionId(listId, highlightedId))?.scrollIntoView({ block: 'nearest' });
  }, [listId, highlightedId]);

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
            id={optionId(listId, item.id)}
            item={item}
            selected={index === highlightedIndex}
            texts={rows.get(item.id)!.texts}
            recentTag={recent.has(item.id) ? recentTag : undefined}
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
  texts: RowTexts;
  recentTag: RecentTag | undefined;
}

/**
 * One package; redrawn only when what it shows changes (typing redraws the list, not every row). No hooks:
 * fifty rows each asking i18next for their words would cost a keystroke its frame.
 */
const CatalogueRow = memo(function CatalogueRow({ id, item, selected, texts, recentTag }: CatalogueRowProps) {
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
        {recentTag && (
          <span className="recent-tag" title={recentTag.hint} data-testid="recent-tag">
            {recentTag.label}
          </span>
        )}
      </span>
      <span className="row-coverage">{texts.coverage}</span>
      <span className="row-data">{texts.data}</span>
      <span className="row-validity">{texts.validity}</span>
      <span className="row-price">{texts.price}</span>
    </li>
  );
});
