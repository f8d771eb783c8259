// A receipt as one self-contained HTML document with print CSS for 58 mm and 80 mm thermal rolls and for
// A4 / Letter office paper. Black only (thermal printers have no grey, and toner should not be wasted),
// nothing wider than the printable area, the QR at least 30 mm wide with its 4-module quiet zone. Every
// string placed into the HTML is escaped once, here. The document runs no script. A right-to-left
// language mirrors the layout; every value (names, dates, amounts, codes) is isolated from the text around
// it (<bdi>), and codes, prices and the support line always read left to right.
import QRCode from 'qrcode';
import { coverageOf } from '../../../shared/catalogue';
import { coverageNamesOf, joinCountryNames } from '../../../shared/coverage-api';
import { makeFormatters } from '../../../shared/format';
import { textDirection } from '../../../shared/languages';
import type { Paper, Receipt } from '../../../shared/receipt';
import { translator } from '../i18n';
import { RECEIPT_CSS } from './receipt-css';
import { receiptFontCss } from './receipt-fonts';

/** Width of the paper and of the QR (quiet zone included) per paper size. */
export const PAPER: Record<Paper, { pageWidthMm: number; qrMm: number; sheet?: 'A4' | 'Letter' }> = {
  '58mm': { pageWidthMm: 58, qrMm: 40 },
  '80mm': { pageWidthMm: 80, qrMm: 46 },
  A4: { pageWidthMm: 210, qrMm: 55, sheet: 'A4' },
  Letter: { pageWidthMm: 215.9, qrMm: 55, sheet: 'Letter' },
};

/** Stands for a value in a translation until the translation is escaped (a private-use character: no text has it). */
const VALUE_MARK = '\uE000';

/** Text placed into HTML: every markup character escaped (the Z report's slip uses it too). */
export const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

/** `text`, escaped, isolated from its surroundings: in its own direction, or left to right when asked. */
const isolated = (text: string, direction?: 'ltr') =>
  `<bdi${direction ? ` dir="${direction}"` : ''}>${escape(text)}</bdi>`;

/** How many countries a receipt names before "and N more" (a worldwide set would fill the roll). */
const COUNTRY_LIST_LIMIT = 30;

/** The countries covered, in the receipt's language, escaped: the first names, then "and N more". */
function countryLine(receipt: Receipt, tx: (key: string, options?: Record<string, unknown>) => string): string {
  if (receipt.countries.length === 0) return '';
  const { names, more } = coverageNamesOf(receipt.countries, COUNTRY_LIST_LIMIT);
  const list = escape(joinCountryNames(names, receipt.language));
  return more > 0 ? `${list} ${tx('coverage.countriesMore', { count: more })}` : list;
}

/** The pieces every part of a receipt is written with, in the receipt's language, escaped once. */
function writerFor(receipt: Receipt) {
  const t = translator(receipt.language);
  const tx = (key: string, options?: Record<string, unknown>) => escape(t(key, options));
  /** A translated sentence with one value set into it, isolated (a phone number in an Arabic sentence). */
  const txWith = (key: string, name: string, value: string, direction?: 'ltr') =>
    escape(t(key, { [name]: VALUE_MARK })).replace(VALUE_MARK, () => isolated(value, direction));
  const row = (label: string, value: string, className = '') =>
    `<div class="row ${className}"><span class="label">${label}</span><span class="value">${value}</span></div>`;
  /** A code, a number to type in: always left to right, whatever the language. */
  const code = (label: string, value: string) => row(label, isolated(value, 'ltr'), 'code');
  return { t, format: makeFormatters(receipt.language, t), tx, txWith, row, code };
}
type Writer = ReturnType<typeof writerFor>;

function qrSvg(activationCode: string | undefined): Promise<string> {
  if (!activationCode) return Promise.resolve('');
  return QRCode.toString(activationCode, {
    type: 'svg',
    margin: 4,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
}

/** The SM-DP+ address and matching ID to type in, or why there are none. */
function manualEntry(manual: Receipt['manual'], { tx, row, code }: Writer): string {
  if (!manual) return `<p class="note">${tx('receipt.manual.unsplit')}</p>`;
  return [
    code(tx('receipt.manual.smdpAddress'), manual.smdpAddress),
    manual.matchingId
      ? code(tx('receipt.manual.matchingId'), manual.matchingId)
      : row(tx('receipt.manual.matchingId'), tx('receipt.manual.noMatchingId'), 'code'),
    manual.confirmationCodeRequired ? `<p class="note">${tx('receipt.confirmationCode')}</p>` : '',
  ].join('');
}

const installSteps = (platform: 'iphone' | 'android', { tx }: Writer) =>
  `<h3>${tx(`receipt.steps.${platform}.title`)}</h3><ol>${[1, 2, 3]
    .map((step) => `<li>${tx(`receipt.steps.${platform}.${step}`)}</li>`)
    .join('')}</ol>`;

export async function receiptHtml(receipt: Receipt): Promise<string> {
  const writer = writerFor(receipt);
  const { format, tx, txWith, row, code } = writer;
  const paper = PAPER[receipt.paper];
  const activationCode = receipt.activationCode;
  const coverage = format.coverageLabel(receipt.item.countrySet);
  const countries = coverageOf(receipt.item.countrySet) !== 'country' ? countryLine(receipt, tx) : '';
  const iccids = code(tx('receipt.iccid'), receipt.iccids.join(', '));

  const body = [
    `<header><h1>${isolated(receipt.store.name)}</h1>`,
    receipt.store.address ? `<p>${isolated(receipt.store.address)}</p>` : '',
    `</header>`,
    receipt.demo ? `<p class="demo">${tx('receipt.demo')}</p>` : '',
    `<h2>${tx(receipt.kind === 'refund' ? 'receipt.refundTitle' : 'receipt.title')}</h2>`,
    row(tx('receipt.soldAt'), isolated(format.dateTime(receipt.soldAt))),
    row(tx('receipt.counter'), isolated(receipt.clerk ? `${receipt.counterId} · ${receipt.clerk}` : receipt.counterId)),
    code(tx('receipt.saleId'), receipt.saleId),
    `<hr>`,
    `<p class="item">${isolated(receipt.item.name)}</p>`,
    row(tx('receipt.data'), isolated(format.dataSize(receipt.item))),
    row(tx('receipt.validity'), isolated(format.validity(receipt.item))),
    row(tx('receipt.coverage'), isolated(coverage)),
    countries ? `<p class="countries">${countries}</p>` : '',
    row(tx('receipt.activationMode'), tx(`receipt.mode.${receipt.activationMode}`)),
    row(
      tx(receipt.kind === 'refund' ? 'receipt.refunded' : 'receipt.price'),
      isolated(format.price(receipt.price), 'ltr'),
      'price',
    ),
    `<hr>`,
    ...(activationCode
      ? [
          `<h2>${tx('receipt.yourEsim')}</h2>`,
          `<figure class="qr" style="width:${paper.qrMm}mm" aria-label="${tx('receipt.qrLabel')}">${await qrSvg(activationCode)}</figure>`,
          `<p class="note center">${tx('receipt.scanHint')}</p>`,
          iccids,
          code(tx('receipt.activationCode'), activationCode),
          `<h3>${tx('receipt.manual.title')}</h3>`,
          manualEntry(receipt.manual, writer),
          `<hr>`,
          installSteps('iphone', writer),
          installSteps('android', writer),
        ]
      : [`<p class="note">${tx(receipt.kind === 'refund' ? 'receipt.refundNote' : 'receipt.topupNote')}</p>`, iccids]),
    `<hr>`,
    `<p class="warning">${tx('receipt.keepEsim')}</p>`,
    `<p>${tx('receipt.roaming')}</p>`,
    receipt.store.supportLine
      ? `<p>${txWith('receipt.support', 'supportLine', receipt.store.supportLine, 'ltr')}</p>`
      : '',
    `<p class="printed">${txWith('receipt.printedAt', 'time', format.dateTime(receipt.printedAt))}</p>`,
  ].join('\n');
  return documentOf(receipt, `${tx('receipt.title')} ${escape(receipt.saleId)}`, body);
}

/** The whole document: print CSS for the paper, the fonts its text needs, and a policy that lets nothing in. */
async function documentOf(receipt: Receipt, title: string, body: string): Promise<string> {
  const paper = PAPER[receipt.paper];
  const fonts = await receiptFontCss(receipt.language, body);
  const page = paper.sheet ? `size: ${paper.sheet}; margin: 15mm` : `margin: 0`;
  return `<!doctype html>
<html lang="${receipt.language}" dir="${textDirection(receipt.language)}" class="paper-${receipt.paper}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${title}</title>
<style>@page { ${page}; }\n:root { --page-width: ${paper.sheet ? '110mm' : `${paper.pageWidthMm}mm`}; }\n${RECEIPT_CSS}\n${fonts}</style>
</head>
<body><main class="receipt">${body}</main></body>
</html>`;
}
