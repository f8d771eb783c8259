// Customer display entry: no framework (the screen is small and must load fast), one render per view.
import type { CustomerView } from '../../shared/customer-view';
import type { CustomerBridge } from '../../shared/channels';
import { textDirection, type CustomerLanguage } from '../../shared/languages';
import { warmUpQrEncoder } from '../src/components/qrRuns';
import { hasLanguage, loadLanguage, translate } from './i18n';
import { render } from './render';
import './fonts.css';
import './customer.css';

declare global {
  interface Window {
    customerDisplay?: CustomerBridge;
  }
}

const root = document.getElementById('customer') as HTMLElement;

/** The language of the screen shown, null before the first. */
let onScreen: CustomerLanguage | null = null;
/** Counts views, so that a view whose language arrives after a newer view was drawn is not drawn. */
let latest = 0;

function show(view: CustomerView): void {
  onScreen = view.language;
  document.documentElement.lang = view.language;
  document.documentElement.dir = textDirection(view.language);
  root.replaceChildren(render(view));
}

/**
 * Draws `view` in its language, at once when its strings are here. Otherwise the screen shown stays until
 * they are (never a key, never an empty screen); should they not load, the view is drawn in the language
 * on screen (English for the first). Only the language's code is logged, nothing of the sale.
 */
function showWhenReady(view: CustomerView): void {
  const ticket = ++latest;
  if (hasLanguage(view.language)) return show(view);
  void loadLanguage(view.language).then((loaded) => {
    if (ticket !== latest) return;
    if (!loaded)
      console.warn(`customer display: the ${view.language} strings did not load; staying in ${onScreen ?? 'en'}`);
    show(loaded ? view : { ...view, language: onScreen ?? 'en' });
  });
}

const bridge = window.customerDisplay;
if (bridge) {
  bridge.onView(showWhenReady);
  warmUpQrEncoder();
} else {
  root.textContent = translate('en')('customer.noBridge');
}
