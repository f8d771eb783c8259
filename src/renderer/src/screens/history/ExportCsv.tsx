// End-of-day export: the sales of the chosen days as CSV, saved where the clerk picks in main's dialog.
// Shows where the file went; a cancelled dialog shows nothing; a failure shows main's sentence.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';

export function ExportCsv({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const hintId = useId();
  const bridge = useBridge();
  const exporting = useConsoleAction();
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const ready = from !== '' && to !== '' && from <= to;

  const exportCsv = async () => {
    if (!ready) return; // the hint beside the button says what is missing
    setSavedPath(null);
    const result = await exporting.perform(() => bridge.exportSalesCsv({ from, to }));
    if (result?.ok) setSavedPath(result.value?.path ?? null);
  };

  return (
    <div className="export-csv">
      <button
        type="button"
        className="button"
        aria-disabled={!ready || exporting.pending}
        aria-describedby={ready ? undefined : hintId}
        onClick={() => void exportCsv()}
        data-testid="export-csv"
      >
        {t(exporting.pending ? 'history.exporting' : 'history.export')}
      </button>
      {!ready && (
        <p className="field-hint" id={hintId}>
          {t(from !== '' && to !== '' ? 'history.rangeBackwards' : 'history.exportNeedsRange')}
        </p>
      )}
      {savedPath && (
        <p className="success-sentence export-result" role="status" data-testid="export-result" title={savedPath}>
          {t('history.exported', { path: savedPath })}
        </p>
      )}
      {exporting.error && (
        <p className="error-sentence" role="alert" data-testid="export-error">
          {exporting.error.message}
        </p>
      )}
    </div>
  );
}
