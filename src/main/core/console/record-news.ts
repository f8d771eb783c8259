// What else follows a sale's journal record, besides its view on screen (sale-desk.ts): the matching id
// joins the log's secrets before any line could carry it, background checks wake when the sale needs
// watching, and, once the waiting answers have gone out, the log line, then History's event and the overview.
import { parseActivationCode } from '../../../shared/lpa';
import type { SaleRecord } from '../../../shared/sale';
import { toSaleView } from '../journal/history';
import type { SalesJournal } from '../journal/sales-journal';
import type { ReconcileLoop } from '../journal/reconcile-loop';
import type { Logger } from '../log/logger';
import type { ConsoleOptions } from './options';
import type { OverviewBoard } from './overview';
import type { ConsoleStream } from './stream';

interface NewsParts {
  journal: SalesJournal;
  stream: ConsoleStream;
  log: Logger;
  /** Woken when a sale becomes uncertain or watched: Gigastore should be looked at. */
  checks: Pick<ReconcileLoop, 'wake'>;
  overview: Pick<OverviewBoard, 'announce'>;
  /** secret: told every value that must never be logged (each sale's matching id). */
  options: Pick<ConsoleOptions, 'secret'>;
}

/**
 * How long History's row and the header's overview wait after a record: the window that has just been sent
 * a sale's answer draws the QR first, not the QR, the header and History in one render. Nobody waits on them.
 */
const NEWS_AFTER_MS = 100;

/** Starts telling; returns the function that stops it (work already deferred is then dropped). */
export function tellRecordNews(parts: NewsParts): () => void {
  let stopped = false;
  const rows: SaleRecord[] = [];
  let news: NodeJS.Timeout | undefined;
  const tell = () => {
    news = undefined;
    for (const sale of rows.splice(0)) parts.stream.emit('sale', toSaleView(sale));
    // One overview for a burst of records (a start-up's reconciliation settles many sales at once).
    parts.overview.announce();
  };
  const unsubscribe = parts.journal.onRecord((sale) => {
    const secret = sale.activationCode ? secretOf(sale.activationCode) : undefined;
    if (secret) parts.options.secret?.(secret);
    if (sale.watched) parts.checks.wake();
    // setImmediate runs after this turn's I/O: the request and the answer on screen go first.
    setImmediate(() => {
      if (!stopped) logSale(parts.log, sale);
    });
    rows.push(sale);
    news ??= setTimeout(tell, NEWS_AFTER_MS);
  });
  return () => {
    stopped = true;
    clearTimeout(news);
    unsubscribe();
  };
}

/** The matching id of an activation code; the whole code when it does not split (it is secret either way). */
function secretOf(code: string): string {
  const parsed = parseActivationCode(code);
  return parsed.ok ? parsed.parts.matchingId : code;
}

function logSale(log: Logger, sale: SaleRecord): void {
  const lastError = sale.errors.at(-1);
  (sale.status === 'verifying' || sale.status === 'refused' ? log.warn : log.info)('sale', {
    saleId: sale.saleId,
    kind: sale.kind,
    status: sale.status,
    clerk: sale.clerk,
    esimState: sale.esimState,
    ...(lastError ? { error: lastError.code, message: lastError.message, answer: lastError.answer } : {}),
  });
}
