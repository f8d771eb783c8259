// The Gigastore client id and secret. Write-only: the secret goes to main (and its vault) and is never
// read back; the screen only learns whether credentials exist, the client id masked and the live address
// they were entered for (main sends them nowhere else). "Test credentials" sends what is typed to main,
// which signs in at the live address without storing anything.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleApi, Overview } from '../../../../shared/api';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';

type CredentialsTest = Awaited<ReturnType<ConsoleApi['testCredentials']>>;

interface CredentialsFormProps {
  credentials: Overview['credentials'];
  /** Where a test signs in (the saved live address). */
  liveBaseUrl: string;
}

export function CredentialsForm({ credentials, liveBaseUrl }: CredentialsFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const saving = useConsoleAction();
  const testing = useConsoleAction();
  const [tested, setTested] = useState<CredentialsTest | null>(null);
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await saving.perform(() => bridge.setCredentials({ clientId, clientSecret }));
    if (!result?.ok) return;
    setClientId('');
    setClientSecret(''); // nothing secret stays in the renderer's memory longer than needed
    setSaved(true);
  };

  const onTest = async () => {
    setTested(null);
    const result = await testing.perform(() => bridge.testCredentials({ clientId, clientSecret }));
    if (result?.ok) setTested(result.value);
  };

  return (
    <form className="settings-section" aria-labelledby="credentials-title" noValidate onSubmit={onSubmit}>
      <h2 id="credentials-title">{t('settings.credentials.title')}</h2>
      <p data-testid="credentials-status" data-configured={credentials.configured}>
        {!credentials.configured
          ? t('settings.credentials.missing')
          : credentials.clientIdMasked
            ? t('settings.credentials.configuredFor', { clientId: credentials.clientIdMasked })
            : t('settings.credentials.configured')}
      </p>
      {credentials.enteredFor && (
        <p
          className={credentials.enteredFor === liveBaseUrl ? 'field-hint' : 'error-sentence'}
          data-testid="credentials-entered-for"
          data-matches={credentials.enteredFor === liveBaseUrl}
        >
          {credentials.enteredFor === liveBaseUrl
            ? t('settings.credentials.enteredFor', { url: credentials.enteredFor })
            : t('settings.credentials.enteredElsewhere', { enteredFor: credentials.enteredFor, url: liveBaseUrl })}
        </p>
      )}
      <label className="field">
        <span className="field-label">{t('settings.credentials.clientId')}</span>
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
          data-testid="settings-client-id"
        />
      </label>
      <label className="field">
        <span className="field-label">{t('settings.credentials.clientSecret')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={clientSecret}
          onChange={(event) => setClientSecret(event.target.value)}
          data-testid="settings-client-secret"
        />
      </label>
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={saving.pending}
          data-testid="settings-credentials-save"
        >
          {t('settings.credentials.save')}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={testing.pending}
          aria-describedby={`${baseId}-test-hint`}
          onClick={() => void onTest()}
          data-testid="settings-credentials-test"
        >
          {t(testing.pending ? 'settings.credentials.testing' : 'settings.credentials.test')}
        </button>
      </div>
      <p className="field-hint" id={`${baseId}-test-hint`}>
        {t('settings.credentials.testHint', { url: liveBaseUrl })}
      </p>
      {testing.error && (
        <p className="error-sentence" role="alert" data-testid="credentials-test-result" data-outcome="failed">
          {testing.error.message}
        </p>
      )}
      {tested !== null && !testing.error && (
        <p className="success-sentence" role="status" data-testid="credentials-test-result" data-outcome="connected">
          {t('settings.credentials.connected', { count: tested.inventorySize })}
          {tested.apiVersion !== undefined && (
            <span data-testid="credentials-api-version">
              {' '}
              {t('gigastoreApi.apiVersion', { version: tested.apiVersion })}
            </span>
          )}
        </p>
      )}
      {saving.error && (
        <p className="error-sentence" role="alert">
          {saving.error.message}
        </p>
      )}
      {saved && !saving.error && (
        <p className="success-sentence" role="status">
          {t('settings.credentials.saved')}
        </p>
      )}
    </form>
  );
}
