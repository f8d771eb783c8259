// Settings, for the store owner: the store's details, receipts, demo or live, and the Gigastore credentials.
// Escape (or Close) returns to wherever the clerk was; a sale on screen keeps running meanwhile.
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/api';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { CredentialsForm } from './CredentialsForm';
import { DemoTraining } from './DemoTraining';
import { ModeSwitch } from './ModeSwitch';
import { ReceiptSettingsForm } from './ReceiptSettingsForm';
import { StoreSettingsForm } from './StoreSettingsForm';

interface SettingsScreenProps {
  overview: Overview | undefined;
  onClose(): void;
}

export function SettingsScreen({ overview, onClose }: SettingsScreenProps) {
  const { t } = useTranslation();
  useKeyboardShortcuts({ Escape: onClose });
  return (
    <main className="screen settings-screen" aria-labelledby="settings-title">
      <div className="settings-head">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <button
          type="button"
          className="button"
          onClick={onClose}
          aria-keyshortcuts="Escape"
          autoFocus
          data-testid="settings-close"
        >
          {t('settings.close')}
        </button>
      </div>
      {overview ? (
        <div className="settings-grid">
          <StoreSettingsForm settings={overview.settings} />
          <div className="settings-column">
            <ReceiptSettingsForm settings={overview.settings} />
            <ModeSwitch mode={overview.mode} />
            <CredentialsForm credentials={overview.credentials} />
            {overview.mode === 'demo' && <DemoTraining />}
          </div>
        </div>
      ) : (
        <p className="screen-message" role="status">
          {t('settings.loading')}
        </p>
      )}
    </main>
  );
}
