// "Will it work on this phone?" on the confirm screen: the clerk types the customer's phone and main checks
// it against Gigastore's supported devices list. Found, not in the list (never "incompatible": the list may
// be incomplete) or type the whole name; always the carrier-lock reminder. It stands outside the confirm
// form: its Enter checks the phone, only the Activate key sells.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceCheckView } from '../../../../shared/device-check';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { useFormatters } from '../../i18n/useFormatters';

const OUTCOME_KEYS = {
  found: 'devices.outcome.found',
  'not-in-list': 'devices.outcome.not-in-list',
  'narrow-down': 'devices.outcome.narrow-down',
} as const;

export function DeviceCheck() {
  const { t } = useTranslation();
  const format = useFormatters();
  const bridge = useBridge();
  const baseId = useId();
  const checking = useConsoleAction();
  const [text, setText] = useState('');
  const [check, setCheck] = useState<DeviceCheckView | null>(null);

  const run = async () => {
    const result = await checking.perform(() => bridge.checkDevice(text));
    setCheck(result?.ok ? result.value : null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.repeat) void run();
  };
  const others = check?.outcome === 'found' ? [] : (check?.matches.slice(0, 3) ?? []);

  return (
    <section className="device-check" aria-labelledby={`${baseId}-title`} data-testid="device-check">
      <h2 id={`${baseId}-title`} className="device-check-title">
        {t('devices.title')}
      </h2>
      <div className="device-check-row">
        <input
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          aria-label={t('devices.searchLabel')}
          placeholder={t('devices.searchLabel')}
          aria-describedby={`${baseId}-hint`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="device-search"
        />
        <button type="button" className="button" onClick={() => void run()} aria-busy={checking.pending}>
          {t('devices.check')}
        </button>
      </div>
      <p className="field-hint" id={`${baseId}-hint`}>
        {t('devices.searchHint')}
      </p>
      {check && !checking.error && (
        <div role="status" data-testid="device-result" data-outcome={check.outcome}>
          <p className="device-outcome">
            {t(OUTCOME_KEYS[check.outcome])}
            {check.outcome === 'found' && check.matches[0] && ` (${check.matches[0].name})`}
          </p>
          {others.length > 0 && (
            <p className="field-hint">
              {t('devices.closest')}: {others.map((match) => match.name).join(', ')}
            </p>
          )}
          {check.stale && (
            <p className="field-hint">{t('devices.stale', { date: format.dateTime(check.fetchedAt) })}</p>
          )}
        </div>
      )}
      {checking.error && (
        <p className="error-sentence" role="alert" data-testid="device-error">
          {checking.error.code.startsWith('ipc.')
            ? checking.error.message
            : t('devices.unavailable', { message: checking.error.message })}
        </p>
      )}
      {(check || checking.error) && (
        <p className="note" data-testid="device-carrier-lock">
          {t('devices.carrierLock')}
        </p>
      )}
    </section>
  );
}
