// One customer view as DOM. Text goes in through textContent only; the QR is drawn as SVG from the module
// matrix (black on white, 4-module quiet zone) at the full height of the screen. Text that is not the
// translation's own (store and package names, the package facts, Gigastore's state) is isolated from the
// text around it, so a right-to-left page does not reorder it; the price always reads left to right.
import type { CatalogueItem } from '../../shared/catalogue';
import { joinCountryNames, type CoverageNames } from '../../shared/coverage-api';
import type { CustomerView } from '../../shared/customer-view';
import type { DeviceCheckOutcome } from '../../shared/device-check';
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

/** `text` isolated from its surroundings (<bdi>): its own direction, or `direction` when given. */
function isolated(text: string, direction?: 'ltr'): HTMLElement {
  const node = document.createElement('bdi');
  if (direction) node.dir = direction;
  node.textContent = text;
  return node;
}

const DEVICE_KEYS = { found: 'customer.device.found', 'not-in-list': 'customer.device.notInList' } as const;

/** The phone check's outcome (none while the clerk narrows it down) and, after any check, the carrier lock. */
function deviceLines(device: DeviceCheckOutcome | undefined, t: Translate): HTMLElement[] {
  if (!device) return [];
  const lines = device === 'narrow-down' ? [] : [element('p', 'line device-line', t(DEVICE_KEYS[device]))];
  lines.forEach((line) => (line.dataset['testid'] = 'customer-device'));
  return [...lines, element('p', 'line', t('customer.device.carrierLock'))];
}

/** The countries covered, named in the customer's language (each name its own direction), then "and N more". */
function countryLines(countries: CoverageNames | undefined, t: Translate, language: string): HTMLElement[] {
  if (!countries) return [];
  const block = element('div', 'countries');
  block.dataset['testid'] = 'customer-countries';
  const names = element('p', 'country-names');
  names.append(isolated(joinCountryNames(countries.names, language)));
  if (countries.more > 0) names.append(` ${t('coverage.countriesMore', { count: countries.more })}`);
  block.append(element('h2', 'countries-title', t('coverage.countriesTitle')), names);
  return [block];
}

/** First-strong isolate and pop: the Unicode form of <bdi>, for a value inside a translated sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

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
  const rows: Array<[string, HTMLElement]> = [
    ['coverage', isolated(format.coverageLabel(item.countrySet))],
    ['data', isolated(format.dataSize(item))],
    ['validity', isolated(format.validity(item))],
    ['price', isolated(format.price(item.retailPrice), 'ltr')],
  ];
  for (const [name, value] of rows) {
    const row = element('div', `fact fact-${name}`);
    const description = element('dd', '');
    description.append(value);
    row.append(element('dt', '', t(`customer.confirm.${name}`)), description);
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
  const named = (className: string, text: string) => {
    const line = element('p', className);
    line.append(isolated(text));
    return line;
  };
  switch (view.screen) {
    case 'welcome':
      screen.append(
        named('store', view.storeName),
        main(t('customer.welcome.title')),
        element('p', 'line', t('customer.welcome.line')),
      );
      break;
    case 'confirm':
      screen.append(
        main(t('customer.confirm.title')),
        named('item', view.item.name),
        facts(view.item, t, view.language),
        ...countryLines(view.countries, t, view.language),
        element('p', 'line', t('customer.confirm.hint')),
        ...deviceLines(view.device, t),
      );
      break;
    case 'activating':
      screen.append(main(t('customer.activating.title')), named('item', view.item.name));
      break;
    case 'scan': {
      const steps = element('ol', 'steps');
      for (const step of ['1', '2', '3']) steps.append(element('li', '', t(`customer.scan.steps.${step}`)));
      const state =
        view.state === 'RELEASED' || view.state === 'DISABLED'
          ? `customer.state.${view.state}`
          : 'customer.state.OTHER';
      const side = element('div', 'side');
      side.append(
        main(t('customer.scan.title')),
        steps,
        element('p', 'state', t(state, { state: isolate(view.state) })),
        ...countryLines(view.countries, t, view.language),
      );
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
