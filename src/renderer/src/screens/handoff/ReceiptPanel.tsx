// The customer's receipt, in the handoff's footer beside "New sale": main prints it by itself (when the
// sale is activated or the eSIM installed, as Settings say) and reports how that went. P prints it (again);
// a failed print says the printer's reason and the same key tries again. Save as PDF shows where it went.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handoff } from '../../../../shared/handoff';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { BusyButton } from '../../components/BusyButton';

type ReceiptStatus = Handoff['receipt']['status'];

/** The error code of a print the printer refused: main journals it and the handoff shows its sentence. */
const PRINT_FAILED = 'receipt.print-failed';

export function ReceiptPanel({ saleId, receipt }: { saleId: string; receipt: Handoff['receipt'] }) {
  const { t } = useTranslation();
  const statusId = useId();
  const bridge = useBridge();
  const printing = useConsoleAction();
  const saving = useConsoleAction();
  const [savedPath, setSavedPath] = useState<string | null>(null);
  // Once a print was tried on this screen the button offers to print again, as the failure sentence says.
  const [triedPrinting, setTriedPrinting] = useState(false);
  if (!triedPrinting && (receipt.status === 'printed' || receipt.status === 'failed')) setTriedPrinting(true);

  const busyPrinting = printing.pending || receipt.status === 'printing';
  const print = () => {
    if (busyPrinting) return; // an automatic print may be under way: never two at once from here
    void printing.perform(() => bridge.printReceipt(saleId));
  };
  const savePdf = async () => {
    setSavedPath(null);
    const result = await saving.perform(() => bridge.saveReceiptPdf(saleId));
    if (result?.ok) setSavedPath(result.value?.path ?? null);
  };

  useKeyboardShortcuts({ p: print });

  // A failed print is journaled, so the handoff carries main's sentence (and drops it once a print or a
  // PDF succeeds); the call's own error adds only what was not journaled (no printer here, say).
  const failure = receipt.status === 'failed' ? receipt.message : undefined;
  const callError = printing.error?.code === PRINT_FAILED ? undefined : printing.error?.message;
  const errors = [failure, callError, saving.error?.message].filter(
    (message, index, all): message is string => message !== undefined && all.indexOf(message) === index,
  );

  return (
    <section className="receipt-panel" aria-label={t('handoff.receipt.label')} data-testid="receipt-panel">
      <div className="receipt-line">
        <p
          className={`receipt-status receipt-status-${receipt.status}`}
          id={statusId}
          role="status"
          data-testid="receipt-status"
          data-status={receipt.status}
        >
          {t(`handoff.receipt.status.${receipt.status satisfies ReceiptStatus}`)}
        </p>
        <div className="receipt-buttons">
          <button
            type="button"
            className="button button-small"
            aria-disabled={busyPrinting}
            aria-describedby={statusId}
            aria-keyshortcuts="P"
            onClick={print}
            data-testid="print-receipt"
          >
            {t(
              busyPrinting
                ? 'handoff.receipt.printing'
                : triedPrinting
                  ? 'handoff.receipt.printAgain'
                  : 'handoff.receipt.print',
            )}
          </button>
          <BusyButton
            busy={saving.pending}
            className="button button-small"
            onClick={savePdf}
            testId="save-receipt-pdf"
            label={t('handoff.receipt.savePdf')}
            busyLabel={t('handoff.receipt.saving')}
          />
        </div>
      </div>
      {errors.map((message) => (
        <p key={message} className="error-sentence receipt-error" role="alert" data-testid="receipt-error">
          {message}
        </p>
      ))}
      {savedPath && (
        <p className="receipt-saved" data-testid="receipt-pdf-saved">
          {t('handoff.receipt.savedTo')}{' '}
          <span className="code-text" data-testid="receipt-pdf-path">
            {savedPath}
          </span>
        </p>
      )}
    </section>
  );
}
