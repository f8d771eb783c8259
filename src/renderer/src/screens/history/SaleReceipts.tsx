// A completed sale's receipt from History: print it again (the customer lost it, the printer jammed) or
// save it as a PDF (to send it on), and every receipt printed, saved or failed for this sale so far.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleView } from '../../../../shared/api';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useFormatters } from '../../i18n/useFormatters';
import { BusyButton } from '../../components/BusyButton';

type Done = { kind: 'printed' } | { kind: 'pdf'; path: string } | null;

export function ReceiptActions({ saleId }: { saleId: string }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const printing = useConsoleAction();
  const saving = useConsoleAction();
  const [done, setDone] = useState<Done>(null);

  const reprint = async () => {
    setDone(null);
    const result = await printing.perform(() => bridge.printReceipt(saleId));
    if (result?.ok) setDone({ kind: 'printed' });
  };
  const savePdf = async () => {
    setDone(null);
    const result = await saving.perform(() => bridge.saveReceiptPdf(saleId));
    if (result?.ok && result.value) setDone({ kind: 'pdf', path: result.value.path });
  };

  const errors = [printing.error, saving.error].filter((error) => error !== null);

  return (
    <div className="sale-receipt-actions">
      <div className="button-row">
        <BusyButton
          busy={printing.pending}
          className="button button-small"
          onClick={reprint}
          testId="reprint-receipt"
          label={t('history.details.receipt.reprint')}
          busyLabel={t('history.details.receipt.reprinting')}
        />
        <BusyButton
          busy={saving.pending}
          className="button button-small"
          onClick={savePdf}
          testId="history-save-pdf"
          label={t('history.details.receipt.savePdf')}
          busyLabel={t('history.details.receipt.saving')}
        />
      </div>
      {done?.kind === 'printed' && (
        <p className="success-sentence" role="status" data-testid="history-receipt-result" data-outcome="printed">
          {t('history.details.receipt.printed')}
        </p>
      )}
      {done?.kind === 'pdf' && (
        <p className="success-sentence" role="status" data-testid="history-receipt-result" data-outcome="pdf">
          {t('history.details.receipt.savedTo')}{' '}
          <span className="code-text" data-testid="history-pdf-path">
            {done.path}
          </span>
        </p>
      )}
      {errors.map((error, index) => (
        <p key={index} className="error-sentence" role="alert" data-testid="history-receipt-error">
          {error.message}
        </p>
      ))}
    </div>
  );
}

export function PrintHistory({ prints }: { prints: SaleView['prints'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="sale-story" aria-labelledby="sale-prints-title" data-testid="print-history">
      <h3 id="sale-prints-title" className="panel-heading">
        {t('history.details.receipt.prints')}
      </h3>
      {prints.length === 0 ? (
        <p className="result-count">{t('history.details.receipt.noPrints')}</p>
      ) : (
        <ol className="print-list">
          {prints.map((print, index) => (
            <li
              key={`${print.at}-${index}`}
              className={`print-entry print-${print.outcome}`}
              data-testid="print-entry"
              data-outcome={print.outcome}
            >
              <p className="print-entry-head">
                <time dateTime={print.at}>{format.dateTime(print.at)}</time>
                <span className="print-outcome">{t(`history.details.receipt.outcome.${print.outcome}`)}</span>
                {print.clerk && <span>{t('history.details.byClerk', { clerk: print.clerk })}</span>}
              </p>
              {print.message && (
                <p className={`print-message${print.outcome === 'pdf' ? ' code-text' : ''}`}>{print.message}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
