// One customer view as DOM. Text goes in through textContent only; the QR is drawn as SVG from the module
// matrix (black on white, 4-module quiet zone) at the full height of the screen.
import type { CatalogueItem } from '../../shared/catalogue';
import type { CustomerView } from '../../shared/customer-view';
import { makeFormatters, type Translate } from '../../shared/format';
import { qrPath, qrRuns } from '../src/components/qrRuns';
import { translate } from './i18n';

const SVG = 'http://www.w3.org/2000/svg';

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function qr(code: string, label: string): SVGSVGElement {
  const { sideModules, runs } = qrRuns(code);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${sideModules} ${sideModules}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  svg.dataset.testid = 'customer-qr';
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(sideModules));
  background.setAttribute('height', String(sideModules));
  background.setAttribute('fill', '#ffffff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qrPath(runs));
  path.setAttribute('fill', '#000000');
  svg.append(background, path);
  return svg;
}

function facts(item: CatalogueItem, t: Translate, language: string): HTMLElement {
  const format = makeFormatters(language, t);
  const list = element('dl', 'facts');
  const rows: Array<[string, string]> = [
    ['customer.confirm.coverage', format.coverageLabel(item.countrySet)],
    ['customer.confirm.data', format.dataSize(item)],
    ['customer.confirm.validity', format.validity(item)],
    ['customer.confirm.price', format.price(item.retailPrice)],
  ];
  for (const [label, value] of rows) {
    const row = element('div', 'fact');
    row.append(element('dt', '', t(label)), element('dd', '', value));
    list.append(row);
  }
  return list;
}

export function render(view: CustomerView): HTMLElement {
  const t = translate(view.language);
  const screen = element('section', `screen screen-${view.screen}`);
  screen.dataset.screen = view.screen;
  screen.dataset.testid = 'customer-screen';
  const main = (text: string) => element('h1', 'main-line', text);
  switch (view.screen) {
    case 'welcome':
      screen.append(
        element('p', 'store', view.storeName),
        main(t('customer.welcome.title')),
        element('p', 'line', t('customer.welcome.line')),
      );
      break;
    case 'confirm':
      screen.append(
        main(t('customer.confirm.title')),
        element('p', 'item', view.item.name),
        facts(view.item, t, view.language),
        element('p', 'line', t('customer.confirm.hint')),
      );
      break;
    case 'activating':
      screen.append(main(t('customer.activating.title')), element('p', 'item', view.item.name));
      break;
    case 'scan': {
      const steps = element('ol', 'steps');
      for (const step of ['1', '2', '3']) steps.append(element('li', '', t(`customer.scan.steps.${step}`)));
      const state =
        view.state === 'RELEASED' || view.state === 'DISABLED'
          ? `customer.state.${view.state}`
          : 'customer.state.OTHER';
      const side = element('div', 'side');
      side.append(main(t('customer.scan.title')), steps, element('p', 'state', t(state, { state: view.state })));
      screen.append(qr(view.activationCode, t('customer.scan.qrLabel')), side);
      break;
    }
    case 'installed':
      screen.append(main(t('customer.installed.title')), element('p', 'line', t('customer.installed.line')));
      break;
    case 'problem':
      screen.append(main(t(`customer.problem.${view.problem}`)));
      break;
  }
  return screen;
}
