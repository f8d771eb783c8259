// End-of-day export: the sales (or the activity) of the chosen days as CSV, saved where the clerk picks in
// main's dialog. Shows where the file went; a cancelled dialog shows nothing; a failure shows main's sentence.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';

/** What is exported, and the test ids of its button, result and error. */
const EXPORTS = {
  sales: { button: 'export-csv', result: 'export-result', error: 'export-error' },
  activity: { button: 'export-activity-csv', result: 'export-activity-result', error: 'export-activity-error' },
} as const;

interface ExportCsvProps {
  from: string;
  to: string;
  what?: keyof typeof EXPORTS;
}

export function ExportCsv({ from, to, what = 'sales' }: ExportCsvProps) {
  const ids = EXPORTS[what];
  const { t } = useTranslation();
  const hintId = useId();
  const bridge = useBridge();
  const exporting = useConsoleAction();
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const ready = from !== '' && to !== '' && from <= to;

  const exportCsv = async () => {
    if (!ready) return; // the hint beside the button says what is missing
    setSavedPath(null);
    const range = { from, to };
    const result = await exporting.perform(() =>
      what === 'sales' ? bridge.exportSalesCsv(range) : bridge.exportActivityCsv(range),
    );
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
        data-testid={ids.button}
      >
        {t(exporting.pending ? 'history.exporting' : what === 'sales' ? 'history.export' : 'history.exportActivity')}
      </button>
      {!ready && (
        <p className="field-hint" id={hintId}>
          {t(from !== '' && to !== '' ? 'history.rangeBackwards' : 'history.exportNeedsRange')}
        </p>
      )}
      {savedPath && (
        <p className="success-sentence export-result" role="status" data-testid={ids.result} title={savedPath}>
          {t('history.exported', { path: savedPath })}
        </p>
      )}
      {exporting.error && (
        <p className="error-sentence" role="alert" data-testid={ids.error}>
          {exporting.error.message}
        </p>
      )}
    </div>
  );
}
