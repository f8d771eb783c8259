// Customer display entry: no framework (the screen is small and must load fast), one render per view.
import type { CustomerView } from '../../shared/customer-view';
import type { CustomerBridge } from '../../shared/channels';
import { textDirection } from '../../shared/languages';
import { warmUpQrEncoder } from '../src/components/qrRuns';
import { translate } from './i18n';
import { render } from './render';
import './fonts.css';
import './customer.css';

declare global {
  interface Window {
    customerDisplay?: CustomerBridge;
  }
}

const root = document.getElementById('customer') as HTMLElement;
const bridge = window.customerDisplay;
if (bridge) {
  bridge.onView((view: CustomerView) => {
    document.documentElement.lang = view.language;
    document.documentElement.dir = textDirection(view.language);
    root.replaceChildren(render(view));
  });
  warmUpQrEncoder();
} else {
  root.textContent = translate('en')('customer.noBridge');
}
