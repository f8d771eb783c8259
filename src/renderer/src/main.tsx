// Renderer entry. Without the preload's bridge (the page opened outside the app) nothing can be sold,
// so the window says that in one sentence instead of failing on the first click.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './App';
import { warmUpQrEncoder } from './components/qrRuns';
import { BridgeProvider } from './hooks/useConsole';
import { setUpI18n } from './i18n/setup';
import './styles/base.css';
import './styles/header.css';
import './styles/header-status.css';
import './styles/catalogue.css';
import './styles/confirm.css';
import './styles/handoff.css';
import './styles/receipt-panel.css';
import './styles/settings.css';
import './styles/history.css';
import './styles/report.css';
import './styles/sale-details.css';
import './styles/status.css';
import './styles/care.css';
import './styles/shift.css';
import './styles/activity.css';
import './styles/charges.css';

function BridgeMissing() {
  const { t } = useTranslation();
  return (
    <p className="screen-message" role="alert">
      {t('app.bridgeMissing')}
    </p>
  );
}

setUpI18n();
const bridge = window.esimCounter;
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      {bridge ? (
        <BridgeProvider value={bridge}>
          <App />
        </BridgeProvider>
      ) : (
        <BridgeMissing />
      )}
    </StrictMode>,
  );
  warmUpQrEncoder();
}
