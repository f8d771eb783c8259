// Settings, for the store owner: the manager PIN, the store's details, the clerks, receipts, the customer
// display, demo or live (and how long a lost answer is waited for), and the Gigastore credentials. Once a manager PIN is set, everything main guards is
// shown read-only until a manager unlocks; settings the organisation's policy fixes are read-only always,
// and a refused policy file makes them all read-only. Escape (or Close) returns to wherever the clerk was; a sale on
// screen keeps running meanwhile.
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/api';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { ClerksForm } from './ClerksForm';
import { CredentialsForm } from './CredentialsForm';
import { CustomerDisplayForm } from './CustomerDisplayForm';
import { DemoTraining } from './DemoTraining';
import { ManagedProvider } from './managed';
import { LOCKED_INTRO_ID, ManagerSection } from './ManagerSection';
import { ModeSwitch } from './ModeSwitch';
import { ReceiptSettingsForm } from './ReceiptSettingsForm';
import { ReconciliationWindowForm } from './ReconciliationWindowForm';
import { StoreSettingsForm } from './StoreSettingsForm';

const POLICY_LOCKED_ID = 'settings-policy-locked';

interface SettingsScreenProps {
  overview: Overview | undefined;
  onClose(): void;
}

export function SettingsScreen({ overview, onClose }: SettingsScreenProps) {
  const { t } = useTranslation();
  useKeyboardShortcuts({ Escape: onClose });
  const manager = overview?.manager;
  // A refused policy file locks every setting (main refuses them too) until IT corrects it.
  const policyRefused = Boolean(overview?.policy?.problem);
  const locked = Boolean(manager?.pinSet && !manager.unlocked) || policyRefused;
  return (
    <main className="screen settings-screen" aria-labelledby="settings-title">
      <div className="settings-head">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <button
          type="button"
          className="button"
          onClick={onClose}
          aria-keyshortcuts="Escape"
          // Locked, the PIN box takes the focus instead: the manager is here to type the PIN.
          autoFocus={!locked}
          data-testid="settings-close"
        >
          {t('settings.close')}
        </button>
      </div>
      {overview ? (
        <div className="settings-body">
          <ManagerSection manager={overview.manager} />
          {policyRefused && (
            <p className="error-sentence" id={POLICY_LOCKED_ID} data-testid="settings-policy-locked">
              {t('settings.policyLocked')}
            </p>
          )}
          {/* A disabled fieldset makes every control inside it read-only, the save buttons included. */}
          <fieldset
            className="settings-guarded"
            disabled={locked}
            aria-describedby={policyRefused ? POLICY_LOCKED_ID : locked ? LOCKED_INTRO_ID : undefined}
            data-testid="settings-guarded"
            data-locked={locked}
          >
            <ManagedProvider value={new Set(overview.policy?.managed ?? [])}>
              <div className="settings-grid">
                <div className="settings-column">
                  <StoreSettingsForm settings={overview.settings} />
                  <ClerksForm clerks={overview.settings.clerks} />
                </div>
                <div className="settings-column">
                  <ReceiptSettingsForm settings={overview.settings} />
                  <CustomerDisplayForm setting={overview.settings.customerDisplay} />
                  <ModeSwitch mode={overview.mode} pinSet={overview.manager.pinSet} />
                  <ReconciliationWindowForm mode={overview.mode} windowMs={overview.settings.reconciliationWindowMs} />
                  <CredentialsForm credentials={overview.credentials} liveBaseUrl={overview.settings.liveBaseUrl} />
                </div>
              </div>
            </ManagedProvider>
          </fieldset>
          {overview.mode === 'demo' && <DemoTraining />}
        </div>
      ) : (
        <p className="screen-message" role="status">
          {t('settings.loading')}
        </p>
      )}
    </main>
  );
}
