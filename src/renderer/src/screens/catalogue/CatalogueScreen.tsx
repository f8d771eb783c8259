// The idle screen: a search box that already has focus, filters, and the matching packages. The view
// (query, highlighted row) is kept by useSaleFlow, so Escape back from the confirm screen finds it as it was.
import { useEffect, useId, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../shared/catalogue';
import type { CatalogueLoad } from '../../hooks/useCatalogue';
import { isTextEntry } from '../../hooks/useKeyboardShortcuts';
import { useFormatters } from '../../i18n/useFormatters';
import { CatalogueFilters } from './CatalogueFilters';
import { CatalogueList, optionId, type RowTexts } from './CatalogueList';
import {
  EMPTY_QUERY,
  filterCatalogue,
  foldForSearch,
  isEmptyQuery,
  recentFirst,
  ROWS_SHOWN,
  type CatalogueQuery,
  type SearchFields,
} from './searchCatalogue';

export interface CatalogueView {
  query: CatalogueQuery;
  /** null: the first row */
  highlightedId: string | null;
}

export const FRESH_CATALOGUE_VIEW: CatalogueView = { query: EMPTY_QUERY, highlightedId: null };

const NO_ITEMS: CatalogueItem[] = [];

interface CatalogueScreenProps {
  load: CatalogueLoad;
  view: CatalogueView;
  onViewChange(view: CatalogueView): void;
  onPick(item: CatalogueItem): void;
  onRetry(): void;
  /** Recently sold packages (id → recency): first while the search box is empty, and tagged. */
  recent: ReadonlyMap<string, number>;
}

export function CatalogueScreen({ load, view, onViewChange, onPick, onRetry, recent }: CatalogueScreenProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const searchBox = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const searchId = `${baseId}-search`;

  const items = load.status === 'ready' ? load.value : NO_ITEMS;
  // Per package, once per inventory and language rather than on every keystroke: what its row is found by
  // (folded) and what it shows (formatted). A keystroke then only filters and places rows.
  const prepared = useMemo(
    () =>
      new Map<string, { search: SearchFields; texts: RowTexts }>(
        items.map((item) => [
          item.id,
          {
            search: {
              code: foldForSearch(item.countrySet),
              texts: [item.name, format.coverageName(item.countrySet)].map(foldForSearch),
            },
            texts: {
              coverage: format.coverageLabel(item.countrySet),
              data: format.dataSize(item),
              validity: format.validity(item),
              price: format.price(item.retailPrice),
            },
          },
        ]),
      ),
    [items, format],
  );
  const matching = useMemo(() => {
    const found = filterCatalogue(items, view.query, (item) => prepared.get(item.id)!.search);
    return view.query.text.trim() === '' ? recentFirst(found, recent) : found;
  }, [items, view.query, prepared, recent]);
  const results = useMemo(() => matching.slice(0, ROWS_SHOWN), [matching]);
  const found = results.findIndex((item) => item.id === view.highlightedId);
  const highlightedIndex = found >= 0 ? found : 0;

  useTypingGoesToSearch(searchBox);

  const changeQuery = (query: CatalogueQuery) => onViewChange({ query, highlightedId: null });

  const onSearchKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault(); // keep the caret where it is
      const next = results[highlightedIndex + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) onViewChange({ ...view, highlightedId: next.id });
    } else if (event.key === 'Enter') {
      // Cancelling keydown cancels the keypress: otherwise this same Enter would reach the Activate button
      // that the confirm screen focuses, and sell.
      event.preventDefault();
      const item = results[highlightedIndex];
      if (item && !event.repeat) onPick(item);
    } else if (event.key === 'Escape' && !isEmptyQuery(view.query)) {
      event.preventDefault();
      onViewChange(FRESH_CATALOGUE_VIEW);
    }
  };

  return (
    <main className="screen catalogue-screen" aria-labelledby={`${baseId}-title`}>
      <h1 className="visually-hidden" id={`${baseId}-title`}>
        {t('catalogue.title')}
      </h1>
      <div className="catalogue-search">
        <label className="field-label" htmlFor={searchId}>
          {t('catalogue.searchLabel')}
        </label>
        <input
          ref={searchBox}
          id={searchId}
          className="search-input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-controls={listId}
          aria-expanded={results.length > 0}
          aria-activedescendant={results[highlightedIndex] ? optionId(listId, results[highlightedIndex].id) : undefined}
          placeholder={t('catalogue.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={view.query.text}
          onChange={(event) => changeQuery({ ...view.query, text: event.target.value })}
          onKeyDown={onSearchKeyDown}
          data-testid="catalogue-search"
        />
      </div>
      <CatalogueFilters query={view.query} onChange={changeQuery} />
      {load.status === 'loading' && (
        <p className="screen-message" role="status">
          {t('catalogue.loading')}
        </p>
      )}
      {load.status === 'error' && (
        <div className="screen-message" role="alert">
          <p>{t('catalogue.loadFailed', { message: load.error.message })}</p>
          <button type="button" className="button" onClick={onRetry}>
            {t('catalogue.retry')}
          </button>
        </div>
      )}
      {load.status === 'ready' && (
        <p className="result-count" role="status" data-testid="catalogue-count">
          {results.length === 0
            ? t(isEmptyQuery(view.query) ? 'catalogue.emptyCatalogue' : 'catalogue.noMatch')
            : matching.length > results.length
              ? t('catalogue.countShown', { count: matching.length, shown: results.length })
              : t('catalogue.count', { count: matching.length })}
        </p>
      )}
      {results.length > 0 && (
        <CatalogueList
          listId={listId}
          items={results}
          highlightedIndex={highlightedIndex}
          recent={recent}
          rows={prepared}
          onPick={onPick}
        />
      )}
    </main>
  );
}

/** A letter typed while a filter or the page has focus goes to the search box, as the clerk expects. */
function useTypingGoesToSearch(searchBox: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const redirect = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      // Space checks a chip and '?' opens help; neither starts a search.
      if (event.key.length !== 1 || event.key === ' ' || event.key === '?' || isTextEntry(event.target)) return;
      searchBox.current?.focus(); // focus moves before the keypress, so the character lands in the box
    };
    window.addEventListener('keydown', redirect);
    return () => window.removeEventListener('keydown', redirect);
  }, [searchBox]);
}
