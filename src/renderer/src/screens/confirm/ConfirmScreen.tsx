// Confirm: the package in large type, the customer's country of residence, optional email, receipt
// language and when the validity starts, and the Activate button, focused so that Enter sells. A top-up or
// a second eSIM (from Customer care) says for whom and asks no email: the customer is known. The draft
// lives in the navigation (navigation.ts): a refused sale keeps the input. Beside the package, the
// customer's phone can be checked (DeviceCheck), below the countries covered (CoverageCountries).
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/handoff';
import { CountrySelect } from '../../components/CountrySelect';
import { CustomerLanguageSelect } from '../../components/CustomerLanguageSelect';
import { PackageFacts } from '../../components/PackageFacts';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { ActivationModeField } from './ActivationModeField';
import { CoverageCountries } from './CoverageCountries';
import { DeviceCheck } from './DeviceCheck';
import type { SaleDraft } from './saleDraft';

type DraftProblem = 'country' | 'email' | null;

interface ConfirmScreenProps {
  draft: SaleDraft;
  onDraftChange(draft: SaleDraft): void;
  pending: boolean;
  error: ErrorInfo | null;
  /** Gigastore cannot be reached: selling is paused, and Activate says so instead of sending. */
  offline: boolean;
  onActivate(): void;
  onBack(): void;
}

export function ConfirmScreen(props: ConfirmScreenProps) {
  const { draft, onDraftChange, pending, error, offline, onActivate, onBack } = props;
  const { t } = useTranslation();
  const baseId = useId();
  const emailField = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<DraftProblem>(null);

  // While the sale is in flight there is no going back: the answer decides what the screen shows next.
  useKeyboardShortcuts({ Escape: onBack }, !pending);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending || offline) return;
    const found: DraftProblem =
      draft.customerCountry === '' ? 'country' : emailField.current?.validity.valid === false ? 'email' : null;
    setProblem(found);
    if (!found) onActivate();
  };

  // A held Enter auto-repeats: only a fresh press may activate.
  const ignoreRepeatedEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.repeat) event.preventDefault();
  };

  const message = problem ? t(`confirm.problem.${problem}`) : error?.message;

  return (
    <main className="screen confirm-screen" aria-labelledby={`${baseId}-title`}>
      <div className="confirm-side">
        <PackageFacts item={draft.item} size="large" headingId={`${baseId}-title`} />
        <CoverageCountries countrySet={draft.item.countrySet} language={draft.customerLanguage} />
        <DeviceCheck />
      </div>
      <form className="confirm-form" noValidate onSubmit={onSubmit} onKeyDown={ignoreRepeatedEnter}>
        {draft.care && (
          <p className="confirm-care" data-testid="confirm-care" data-kind={draft.care.kind}>
            {t(`confirm.care.${draft.care.kind}`, { customer: draft.care.email ?? draft.care.customerUid })}
          </p>
        )}
        <label className="field">
          <span className="field-label">{t('confirm.customerCountry')}</span>
          <CountrySelect
            value={draft.customerCountry}
            onChange={(customerCountry) => onDraftChange({ ...draft, customerCountry })}
            aria-invalid={problem === 'country'}
            data-testid="customer-country"
          />
        </label>
        {!draft.care && (
          <label className="field">
            <span className="field-label">{t('confirm.customerEmail')}</span>
            <input
              ref={emailField}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={draft.customerEmail}
              onChange={(event) => onDraftChange({ ...draft, customerEmail: event.target.value })}
              aria-invalid={problem === 'email'}
              aria-describedby={`${baseId}-email-hint`}
              data-testid="customer-email"
            />
            <span className="field-hint" id={`${baseId}-email-hint`}>
              {t('confirm.emailHint')}
            </span>
          </label>
        )}
        <label className="field">
          <span className="field-label">{t('confirm.receiptLanguage')}</span>
          <CustomerLanguageSelect
            value={draft.customerLanguage}
            onChange={(customerLanguage) => onDraftChange({ ...draft, customerLanguage })}
            data-testid="customer-language"
          />
        </label>
        <ActivationModeField
          item={draft.item}
          value={draft.activationMode}
          onChange={(activationMode) => onDraftChange({ ...draft, activationMode })}
        />
        {message && (
          <p className="error-sentence" role="alert" data-testid="confirm-error">
            {message}
          </p>
        )}
        {offline && (
          <p className="note" id={`${baseId}-offline`} data-testid="activate-paused">
            {t('offline.activatePaused')}
          </p>
        )}
        <div className="confirm-actions">
          <button
            type="submit"
            className="button button-primary button-activate"
            autoFocus
            // aria-disabled rather than disabled: a disabled button drops focus, and after a refused sale
            // the clerk's next Enter should land here again. onSubmit ignores it while pending or offline.
            aria-disabled={pending || offline}
            aria-describedby={offline ? `${baseId}-offline` : undefined}
            aria-keyshortcuts="Enter"
            data-testid="activate-button"
          >
            {t(pending ? 'confirm.activating' : 'confirm.activate')}
          </button>
          <button type="button" className="button" onClick={onBack} disabled={pending} aria-keyshortcuts="Escape">
            {t('confirm.back')}
          </button>
        </div>
      </form>
    </main>
  );
}
