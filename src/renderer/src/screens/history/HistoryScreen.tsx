// Sales history: every sale this counter journaled, newest first, searched by ICCID, email, sale id or
// package and limited to a range of local days (today by default). Enter or a click opens a sale's
// details beside the list; Escape closes the details, then the screen. The list follows main's sale events.
// The Activity view shows everything that happened on the same days (with who did it), and exports it.
// Once the list is on screen, each of its days is checked by main's close-of-day report: a day that differs
// from Gigastore is marked red (DayDifferences).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview, SalesQuery, SaleView } from '../../../../shared/api';
import type { Lookup } from '../../../../shared/care';
import type { Handoff } from '../../../../shared/handoff';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { useFlaggedDays } from '../../hooks/useFlaggedDays';
import { useDebounced, useSalesList } from '../../hooks/useSales';
import { localDay } from '../../i18n/localDay';
import type { HistoryOpening } from '../../navigation';
import { ActivityPanel } from './ActivityPanel';
import { DayDifferences } from './DayDifferences';
import { ExportCsv } from './ExportCsv';
import { HistoryFilters, type HistoryFilterValues } from './HistoryFilters';
import { SaleDetails } from './SaleDetails';
import { SalesList } from './SalesList';
import { StoreSalesPanel } from './StoreSalesPanel';

/** More rows than a clerk reads; the screen says when the list was cut to this. */
const LIST_LIMIT = 1000;
const SEARCH_DEBOUNCE_MS = 250;

function initialFilters({ focus }: HistoryOpening): HistoryFilterValues {
  const today = localDay();
  const none = { text: '', unresolvedOnly: false, doubleChargedOnly: false };
  if (focus === 'unresolved') return { ...none, from: '', to: '', unresolvedOnly: true };
  if (focus === 'double-charged') return { ...none, from: '', to: '', doubleChargedOnly: true };
  return { ...none, from: today, to: today };
}

interface HistoryScreenProps {
  opening: HistoryOpening;
  /** Whether a manager must type the PIN (refunding a double charge). */
  manager: Overview['manager'] | undefined;
  onClose(): void;
  /** A completed sale was put back on the handoff screen. */
  onShown(handoff: Handoff): void;
  /** Customer care for a sale's customer. */
  onLookup(lookup: Lookup): void;
  /** The close-of-day report. */
  onReport(): void;
}

type HistoryView = 'sales' | 'activity';
const VIEWS: readonly HistoryView[] = ['sales', 'activity'];
/** This counter's journal, or every counter of the store (read from Gigastore). */
type HistoryScope = 'counter' | 'store';
const SCOPES: readonly HistoryScope[] = ['counter', 'store'];

export function HistoryScreen({ opening, manager, onClose, onShown, onLookup, onReport }: HistoryScreenProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<HistoryView>('sales');
  const [scope, setScope] = useState<HistoryScope>('counter');
  const [filters, setFilters] = useState(() => initialFilters(opening));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const text = useDebounced(filters.text.trim(), SEARCH_DEBOUNCE_MS);
  const backwards = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const query: SalesQuery | null = backwards
    ? null
    : {
        ...(text ? { text } : {}),
        ...(filters.from ? { from: filters.from } : {}),
        ...(filters.to ? { to: filters.to } : {}),
        ...(filters.unresolvedOnly ? { status: ['pending', 'verifying'] } : {}),
        ...(filters.doubleChargedOnly ? { doubleCharged: true } : {}),
        limit: LIST_LIMIT,
      };
  const load = useSalesList(query);
  const sales = load.status === 'ready' ? load.value : [];
  const listedDays = load.status === 'ready' && scope === 'counter' && view === 'sales' ? daysOf(sales) : null;
  const flaggedDays = useFlaggedDays(listedDays);

  const focusRow = (saleId: string | null) => {
    const rows = list.current?.querySelectorAll<HTMLButtonElement>('[data-sale-id]') ?? [];
    const row = [...rows].find((candidate) => candidate.dataset.saleId === saleId) ?? rows[0];
    row?.focus();
  };

  const closeDetails = () => {
    setSelectedId(null);
    focusRow(selectedId);
  };

  useKeyboardShortcuts({ Escape: selectedId && view === 'sales' ? closeDetails : onClose });

  let status: string;
  if (backwards) status = t('history.rangeBackwards');
  else if (load.status === 'loading') status = t('history.loading');
  else if (load.status === 'error') status = t('history.loadFailed', { message: load.error.message });
  else if (sales.length === 0) {
    const narrowed = text || filters.unresolvedOnly || filters.doubleChargedOnly;
    status = t(narrowed ? 'history.noMatch' : 'history.empty');
  } else status = t('history.count', { count: sales.length });

  return (
    <main className="screen history-screen" aria-labelledby="history-title">
      <div className="history-head">
        <h1 id="history-title">{t('history.title')}</h1>
        <div className="view-switch" role="group" aria-label={t('history.views.label')}>
          {VIEWS.map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={view === choice}
              onClick={() => setView(choice)}
              data-testid={`history-tab-${choice}`}
            >
              {t(`history.views.${choice}`)}
            </button>
          ))}
        </div>
        <div className="view-switch" role="group" aria-label={t('history.scope.label')}>
          {SCOPES.map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={scope === choice}
              onClick={() => setScope(choice)}
              data-testid={`history-scope-${choice}`}
            >
              {t(`history.scope.${choice}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button" onClick={onReport} data-testid="history-report">
          {t('history.closeOfDay')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onClose}
          aria-keyshortcuts="Escape"
          data-testid="history-close"
        >
          {t('history.close')}
        </button>
      </div>
      <div className="history-toolbar">
        <HistoryFilters
          values={filters}
          onChange={setFilters}
          onLeaveSearch={() => focusRow(null)}
          datesOnly={view === 'activity'}
        />
        <ExportCsv from={filters.from} to={filters.to} what={view} />
      </div>
      {view === 'activity' && <ActivityPanel from={filters.from} to={filters.to} />}
      {view === 'sales' && scope === 'store' && <StoreSalesPanel from={filters.from} to={filters.to} />}
      {view === 'sales' && scope === 'counter' && (
        <>
          <p
            className={backwards || load.status === 'error' ? 'error-sentence' : 'result-count'}
            role={backwards || load.status === 'error' ? 'alert' : 'status'}
            data-testid="history-count"
          >
            {status}
            {load.status === 'ready' && sales.length >= LIST_LIMIT && ` ${t('history.limited', { count: LIST_LIMIT })}`}
          </p>
          <DayDifferences days={flaggedDays} />
          <div className={`history-body${selectedId ? ' with-details' : ''}`}>
            {!backwards && sales.length > 0 && (
              <SalesList
                ref={list}
                sales={sales}
                selectedId={selectedId}
                narrow={!!selectedId}
                flaggedDays={flaggedDays}
                onSelect={setSelectedId}
              />
            )}
            {selectedId && (
              <SaleDetails
                key={selectedId}
                saleId={selectedId}
                manager={manager}
                onClose={closeDetails}
                onShown={onShown}
                onLookup={onLookup}
              />
            )}
          </div>
        </>
      )}
    </main>
  );
}

/** The local days the listed sales were made on. */
function daysOf(sales: readonly SaleView[]): string[] {
  return [...new Set(sales.map((sale) => localDay(new Date(sale.startedAt))))];
}
