// Receipts: which printer, what paper, how many copies, whether main prints by itself (and when), and the
// language a receipt is printed in unless the clerk picks the customer's at confirm. Saved like the store
// form: main validates and answers with one sentence, the clerk's choices stay as made.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api';
import type { ConsoleBridge } from '../../../../shared/channels';
import { PaperSchema, type PrinterInfo } from '../../../../shared/receipt';
import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { CustomerLanguageSelect } from '../../components/CustomerLanguageSelect';
import { useBridgeQuery } from '../../hooks/useBridgeQuery';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { ManagedField, useManaged } from './managed';

type AutoPrint = Settings['autoPrint'];
const PAPERS = PaperSchema.options;
const AUTO_PRINT: readonly AutoPrint[] = ['off', 'activated', 'installed'];

type ReceiptDraft = Pick<Settings, 'printerName' | 'paper' | 'autoPrint' | 'storeLanguage'> & { copies: string };

function toDraft({ printerName, paper, copies, autoPrint, storeLanguage }: Settings): ReceiptDraft {
  return { printerName, paper, copies: String(copies), autoPrint, storeLanguage };
}

/** The operating system's printers, asked for once when the form opens. */
const askPrinters = (bridge: ConsoleBridge): Promise<Result<PrinterInfo[]>> => bridge.listPrinters();

export function ReceiptSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const saving = useConsoleAction();
  const printers = useBridgeQuery('printers', askPrinters);
  const managed = useManaged();
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [copiesInvalid, setCopiesInvalid] = useState(false);
  const [saved, setSaved] = useState(false);

  const listed = printers.status === 'ready' ? printers.value : [];
  // A saved printer the system no longer offers still shows as chosen (and says so once the list is in).
  const unlisted = draft.printerName !== '' && !listed.some((printer) => printer.name === draft.printerName);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const copies = Number(draft.copies);
    const invalid = !/^\s*\d+\s*$/.test(draft.copies) || copies < 1 || copies > 5;
    setCopiesInvalid(invalid);
    if (invalid) return;
    const patch: SettingsPatch = { ...draft, copies };
    const result = await saving.perform(() => bridge.updateSettings(managed.omit(patch)));
    if (!result?.ok) return;
    setDraft(toDraft(result.value));
    setSaved(true);
  };

  const message = copiesInvalid ? t('settings.receipts.copiesInvalid') : saving.error?.message;

  return (
    <form className="settings-section" aria-labelledby="receipts-title" noValidate onSubmit={onSubmit}>
      <h2 id="receipts-title">{t('settings.receipts.title')}</h2>
      <ManagedField field="printerName">
        <label className="field">
          <span className="field-label">{t('settings.receipts.printer')}</span>
          <select
            value={draft.printerName}
            onChange={(event) => setDraft({ ...draft, printerName: event.target.value })}
            aria-describedby={printers.status === 'error' ? `${baseId}-printers` : undefined}
            data-testid="settings-printer"
          >
            <option value="">{t('settings.receipts.systemDefault')}</option>
            {unlisted && (
              <option value={draft.printerName}>
                {printers.status === 'ready'
                  ? t('settings.receipts.printerMissing', { name: draft.printerName })
                  : draft.printerName}
              </option>
            )}
            {listed.map((printer) => (
              <option key={printer.name} value={printer.name}>
                {printer.displayName || printer.name}
              </option>
            ))}
          </select>
        </label>
      </ManagedField>
      {printers.status === 'error' && (
        <p className="error-sentence" id={`${baseId}-printers`} role="alert" data-testid="settings-printers-error">
          {t('settings.receipts.printersFailed', { message: printers.error.message })}
        </p>
      )}
      <ManagedField field="paper">
        <label className="field">
          <span className="field-label">{t('settings.receipts.paper')}</span>
          <select
            value={draft.paper}
            onChange={(event) =>
              setDraft({ ...draft, paper: PAPERS.find((value) => value === event.target.value) ?? draft.paper })
            }
            data-testid="settings-paper"
          >
            {PAPERS.map((paper) => (
              <option key={paper} value={paper}>
                {t(`settings.receipts.paperOption.${paper}`)}
              </option>
            ))}
          </select>
        </label>
      </ManagedField>
      <ManagedField field="copies">
        <label className="field">
          <span className="field-label">{t('settings.receipts.copies')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={5}
            step={1}
            value={draft.copies}
            onChange={(event) => setDraft({ ...draft, copies: event.target.value })}
            aria-invalid={copiesInvalid}
            data-testid="settings-copies"
          />
        </label>
      </ManagedField>
      <ManagedField field="autoPrint">
        <label className="field">
          <span className="field-label">{t('settings.receipts.autoPrint')}</span>
          <select
            value={draft.autoPrint}
            onChange={(event) =>
              setDraft({ ...draft, autoPrint: AUTO_PRINT.find((value) => value === event.target.value) ?? 'off' })
            }
            data-testid="settings-auto-print"
          >
            {AUTO_PRINT.map((value) => (
              <option key={value} value={value}>
                {t(`settings.receipts.autoPrintOption.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </ManagedField>
      {/* The hint stays outside the label: it describes the select and is not part of its name. */}
      <ManagedField field="storeLanguage">
        <div className="field">
          <label className="field-label" htmlFor={`${baseId}-language`}>
            {t('settings.receipts.storeLanguage')}
          </label>
          <CustomerLanguageSelect
            id={`${baseId}-language`}
            value={draft.storeLanguage}
            onChange={(storeLanguage) => setDraft({ ...draft, storeLanguage })}
            aria-describedby={`${baseId}-language-hint`}
            data-testid="settings-store-language"
          />
          <span className="field-hint" id={`${baseId}-language-hint`}>
            {t('settings.receipts.storeLanguageHint')}
          </span>
        </div>
      </ManagedField>
      {message && (
        <p className="error-sentence" role="alert" data-testid="settings-receipts-error">
          {message}
        </p>
      )}
      {saved && !message && (
        <p className="success-sentence" role="status" data-testid="settings-receipts-saved">
          {t('settings.receipts.saved')}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary"
        aria-disabled={saving.pending}
        data-testid="settings-receipts-save"
      >
        {t('settings.receipts.save')}
      </button>
    </form>
  );
}
