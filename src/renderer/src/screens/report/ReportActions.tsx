// The report on paper: printed on the receipt printer (its paper from settings), or saved as a PDF slip or
// as CSV where the clerk picks. Shows where a file went; a cancelled dialog shows nothing; a failure, main's
// sentence.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat, ReportTarget } from '../../../../shared/report-api';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';

interface ReportActionsProps {
  target: ReportTarget;
  storeWide: boolean;
}

export function ReportActions({ target, storeWide }: ReportActionsProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const action = useConsoleAction();
  const [done, setDone] = useState<string | null>(null);

  const print = async () => {
    setDone(null);
    const result = await action.perform(() => bridge.printZReport(target, storeWide));
    if (result?.ok) setDone(t('report.printed'));
  };
  const save = async (format: ReportFormat) => {
    setDone(null);
    const result = await action.perform(() => bridge.saveZReport(target, storeWide, format));
    if (result?.ok && result.value) setDone(t('report.saved', { path: result.value.path }));
  };

  return (
    <div className="report-actions">
      <button
        type="button"
        className="button primary"
        aria-disabled={action.pending}
        onClick={() => void print()}
        data-testid="report-print"
      >
        {t('report.print')}
      </button>
      <button
        type="button"
        className="button"
        aria-disabled={action.pending}
        onClick={() => void save('pdf')}
        data-testid="report-pdf"
      >
        {t('report.savePdf')}
      </button>
      <button
        type="button"
        className="button"
        aria-disabled={action.pending}
        onClick={() => void save('csv')}
        data-testid="report-csv"
      >
        {t('report.saveCsv')}
      </button>
      {done && (
        <p className="success-sentence" role="status" data-testid="report-done" title={done}>
          {done}
        </p>
      )}
      {action.error && (
        <p className="error-sentence" role="alert" data-testid="report-action-error">
          {action.error.message}
        </p>
      )}
    </div>
  );
}
