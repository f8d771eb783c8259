// The store's own details. main validates every field (one schema for the file, the CLI and this form)
// and answers with one sentence, shown next to the form; the clerk's input stays as typed.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE_BASE_URL, type Settings, type SettingsPatch } from '../../../../shared/settings';
import { CountrySelect } from '../../components/CountrySelect';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { ManagedField, useManaged } from './managed';

// Where the store is, then how this counter talks to Gigastore; the country goes between the two groups.
const STORE_FIELDS = ['storeName', 'storeAddress'] as const;
const COUNTER_FIELDS = ['storeIp', 'counterId', 'supportLine'] as const;
type TextField = (typeof STORE_FIELDS)[number] | (typeof COUNTER_FIELDS)[number];

type StoreDraft = Record<TextField, string> & { storeCountry: string; pollSeconds: string; liveBaseUrl: string };

function toDraft(settings: Settings): StoreDraft {
  return {
    storeName: settings.storeName,
    storeAddress: settings.storeAddress,
    storeIp: settings.storeIp,
    counterId: settings.counterId,
    supportLine: settings.supportLine,
    storeCountry: settings.storeCountry,
    pollSeconds: String(settings.pollIntervalMs / 1000),
    liveBaseUrl: settings.liveBaseUrl,
  };
}

export function StoreSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const saving = useConsoleAction();
  const managed = useManaged();
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [pollInvalid, setPollInvalid] = useState(false);
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // The clerk thinks in seconds; the setting is in milliseconds.
    const pollIntervalMs = Math.round(Number(draft.pollSeconds) * 1000);
    const invalid = draft.pollSeconds.trim() === '' || !Number.isFinite(pollIntervalMs);
    setPollInvalid(invalid);
    if (invalid) return;
    const { pollSeconds: _pollSeconds, ...fields } = draft;
    const patch: SettingsPatch = { ...fields, liveBaseUrl: fields.liveBaseUrl.trim(), pollIntervalMs };
    const result = await saving.perform(() => bridge.updateSettings(managed.omit(patch)));
    if (!result?.ok) return;
    setDraft(toDraft(result.value));
    setSaved(true);
  };

  const textField = (field: TextField) => (
    <ManagedField key={field} field={field}>
      <label className="field">
        <span className="field-label">{t(`settings.store.${field}`)}</span>
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          data-testid={`settings-${field}`}
        />
      </label>
    </ManagedField>
  );

  const message = pollInvalid ? t('settings.store.pollInvalid') : saving.error?.message;

  return (
    <form className="settings-section" aria-labelledby="store-title" noValidate onSubmit={onSubmit}>
      <h2 id="store-title">{t('settings.store.title')}</h2>
      {STORE_FIELDS.map(textField)}
      <ManagedField field="storeCountry">
        <label className="field">
          <span className="field-label">{t('settings.store.storeCountry')}</span>
          <CountrySelect
            value={draft.storeCountry}
            onChange={(storeCountry) => setDraft({ ...draft, storeCountry })}
            data-testid="settings-storeCountry"
          />
        </label>
      </ManagedField>
      {COUNTER_FIELDS.map(textField)}
      <ManagedField field="pollIntervalMs">
        <label className="field">
          <span className="field-label">{t('settings.store.pollSeconds')}</span>
          <input
            type="number"
            inputMode="decimal"
            min={1}
            max={30}
            step={0.5}
            value={draft.pollSeconds}
            onChange={(event) => setDraft({ ...draft, pollSeconds: event.target.value })}
            aria-invalid={pollInvalid}
            data-testid="settings-pollIntervalMs"
          />
        </label>
      </ManagedField>
      <ManagedField field="liveBaseUrl">
        <div className="field">
          <label className="field-label" htmlFor={`${baseId}-live`}>
            {t('settings.store.liveBaseUrl')}
          </label>
          <input
            id={`${baseId}-live`}
            type="url"
            autoComplete="off"
            spellCheck={false}
            value={draft.liveBaseUrl}
            onChange={(event) => setDraft({ ...draft, liveBaseUrl: event.target.value })}
            aria-describedby={`${baseId}-live-hint`}
            data-testid="settings-liveBaseUrl"
          />
          <span className="field-hint" id={`${baseId}-live-hint`}>
            {t('settings.store.liveBaseUrlHint')}
          </span>
          {/* The address in use, in full: where the secret goes in live mode, and whether it is Gigastore's own. */}
          <span
            className="field-hint live-address"
            data-testid="settings-liveBaseUrl-current"
            data-default={settings.liveBaseUrl === LIVE_BASE_URL}
          >
            {settings.liveBaseUrl === LIVE_BASE_URL
              ? t('settings.store.liveBaseUrlDefault', { url: settings.liveBaseUrl })
              : t('settings.store.liveBaseUrlCustom', { url: settings.liveBaseUrl, default: LIVE_BASE_URL })}
          </span>
        </div>
      </ManagedField>
      {message && (
        <p className="error-sentence" role="alert" data-testid="settings-error">
          {message}
        </p>
      )}
      {saved && !message && (
        <p className="success-sentence" role="status">
          {t('settings.store.saved')}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary"
        aria-disabled={saving.pending}
        data-testid="settings-save"
      >
        {t('settings.store.save')}
      </button>
    </form>
  );
}
