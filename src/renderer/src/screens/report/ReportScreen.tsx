// The close of day or of shift (the Z report), reached from History: a day or a shift is picked, for this
// counter or the whole store; main builds the report (checked against Gigastore's sales list) and the
// screen shows it, a day with a difference in red. It prints on the receipt printer or saves as PDF or CSV.
// Escape goes back to History.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTarget } from '../../../../shared/report-api';
import { useBridgeQuery } from '../../hooks/useBridgeQuery';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { localDay } from '../../i18n/localDay';
import { ReportActions } from './ReportActions';
import { ReportBody } from './ReportBody';
import { ReportPicker, type ReportChoice } from './ReportPicker';

interface ReportScreenProps {
  onClose(): void;
}

interface ReportQuestion {
  target: ReportTarget;
  storeWide: boolean;
}

const askReport = (bridge: Parameters<Parameters<typeof useBridgeQuery>[1]>[0], question: ReportQuestion) =>
  bridge.zReport(question.target, question.storeWide);

/** The report asked for, or null while a shift is to be picked. */
function questionOf(choice: ReportChoice): ReportQuestion | null {
  if (choice.kind === 'shift')
    return choice.shiftId ? { target: { shiftId: choice.shiftId }, storeWide: choice.storeWide } : null;
  return choice.day ? { target: { day: choice.day }, storeWide: choice.storeWide } : null;
}

export function ReportScreen({ onClose }: ReportScreenProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ReportChoice>({ kind: 'day', day: localDay(), shiftId: '', storeWide: false });
  const [generation, setGeneration] = useState(0);
  const question = questionOf(choice);
  const load = useBridgeQuery(question, askReport, { generation });
  useKeyboardShortcuts({ Escape: onClose });
  const report = load.status === 'ready' ? load.value : null;

  return (
    <main
      className={`screen report-screen${report?.flagged ? ' flagged' : ''}`}
      aria-labelledby="report-title"
      data-testid="report-screen"
    >
      <div className="history-head">
        <h1 id="report-title">{t('report.title')}</h1>
        <button
          type="button"
          className="button"
          onClick={onClose}
          aria-keyshortcuts="Escape"
          data-testid="report-close"
        >
          {t('report.back')}
        </button>
      </div>
      <div className="history-toolbar">
        <ReportPicker choice={choice} onChange={setChoice} />
        <button
          type="button"
          className="button"
          onClick={() => setGeneration((value) => value + 1)}
          data-testid="report-again"
        >
          {t('report.again')}
        </button>
      </div>
      {question && <ReportActions target={question.target} storeWide={question.storeWide} />}
      {load.status === 'loading' && (
        <p className="result-count" role="status" data-testid="report-status">
          {t('report.loading')}
        </p>
      )}
      {load.status === 'idle' && (
        <p className="result-count" role="status" data-testid="report-status">
          {t('report.pickShift')}
        </p>
      )}
      {load.status === 'error' && (
        <p className="error-sentence" role="alert" data-testid="report-error">
          {load.error.message}
        </p>
      )}
      {report && <ReportBody report={report} />}
    </main>
  );
}
