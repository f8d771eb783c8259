// Where the customer display opens: automatically on a screen that is not the clerk's main one, on a
// chosen screen, or nowhere. The connected screens are asked for once when Settings opens; a chosen
// screen that is unplugged now still shows as chosen and says so.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayOption, Result } from '../../../../shared/api';
import type { ConsoleBridge } from '../../../../shared/channels';
import type { Settings } from '../../../../shared/settings';
import { useBridgeQuery } from '../../hooks/useBridgeQuery';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { ManagedField } from './managed';

type Choice = Settings['customerDisplay'];
const toValue = (choice: Choice): string => String(choice);
const fromValue = (value: string): Choice => (value === 'auto' || value === 'off' ? value : Number(value));

/** The connected screens, asked for once when the form opens. */
const askDisplays = (bridge: ConsoleBridge): Promise<Result<DisplayOption[]>> => bridge.listDisplays();

export function CustomerDisplayForm({ setting }: { setting: Choice }) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const saving = useConsoleAction();
  const displays = useBridgeQuery('displays', askDisplays);
  const [choice, setChoice] = useState<Choice>(setting);
  const [saved, setSaved] = useState(false);

  const listed = displays.status === 'ready' ? displays.value : [];
  const unlisted = typeof choice === 'number' && !listed.some((display) => display.id === choice);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await saving.perform(() => bridge.updateSettings({ customerDisplay: choice }));
    if (!result?.ok) return;
    setChoice(result.value.customerDisplay);
    setSaved(true);
  };

  const describe = (display: DisplayOption) => {
    const label = display.label.trim() || t('settings.customerDisplay.unnamed', { id: display.id });
    const size = { label, width: display.width, height: display.height };
    return t(display.primary ? 'settings.customerDisplay.displayPrimary' : 'settings.customerDisplay.display', size);
  };

  return (
    <form className="settings-section" aria-labelledby={`${baseId}-title`} noValidate onSubmit={onSubmit}>
      <h2 id={`${baseId}-title`}>{t('settings.customerDisplay.title')}</h2>
      <ManagedField field="customerDisplay">
        <div className="field">
          <label className="field-label" htmlFor={`${baseId}-select`}>
            {t('settings.customerDisplay.screen')}
          </label>
          <select
            id={`${baseId}-select`}
            value={toValue(choice)}
            onChange={(event) => setChoice(fromValue(event.target.value))}
            aria-describedby={`${baseId}-hint`}
            data-testid="settings-customer-display"
          >
            <option value="auto">{t('settings.customerDisplay.auto')}</option>
            <option value="off">{t('settings.customerDisplay.off')}</option>
            {unlisted && (
              <option value={toValue(choice)}>
                {displays.status === 'ready' ? t('settings.customerDisplay.missing', { id: choice }) : String(choice)}
              </option>
            )}
            {listed.map((display) => (
              <option key={display.id} value={toValue(display.id)}>
                {describe(display)}
              </option>
            ))}
          </select>
          <span className="field-hint" id={`${baseId}-hint`}>
            {t('settings.customerDisplay.hint')}
          </span>
        </div>
        {displays.status === 'error' && (
          <p className="error-sentence" role="alert">
            {t('settings.customerDisplay.displaysFailed', { message: displays.error.message })}
          </p>
        )}
        {saving.error && (
          <p className="error-sentence" role="alert" data-testid="settings-customer-display-error">
            {saving.error.message}
          </p>
        )}
        {saved && !saving.error && (
          <p className="success-sentence" role="status" data-testid="settings-customer-display-saved">
            {t('settings.customerDisplay.saved')}
          </p>
        )}
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={saving.pending}
          data-testid="settings-customer-display-save"
        >
          {t('settings.customerDisplay.save')}
        </button>
      </ManagedField>
    </form>
  );
}
