// A receipt as one self-contained HTML document with print CSS for 58 mm and 80 mm thermal rolls and for
// A4 / Letter office paper. Black only (thermal printers have no grey, and toner should not be wasted),
// nothing wider than the printable area, the QR at least 30 mm wide with its 4-module quiet zone. Every
// string placed into the HTML is escaped once, here. The document runs no script.
import QRCode from 'qrcode';
import { coverageOf } from '../../../shared/catalogue';
import { makeFormatters, type Formatters, type Translate } from '../../../shared/format';
import type { Paper, Receipt } from '../../../shared/receipt';
import { translator } from '../i18n';
import { RECEIPT_CSS } from './receipt-css';

/** Width of the paper and of the QR (quiet zone included) per paper size. */
export const PAPER: Record<Paper, { pageWidthMm: number; qrMm: number; sheet?: 'A4' | 'Letter' }> = {
  '58mm': { pageWidthMm: 58, qrMm: 40 },
  '80mm': { pageWidthMm: 80, qrMm: 46 },
  A4: { pageWidthMm: 210, qrMm: 55, sheet: 'A4' },
  Letter: { pageWidthMm: 215.9, qrMm: 55, sheet: 'Letter' },
};

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

/** Lists every country only when the list fits a receipt; a worldwide set is summarised. */
const COUNTRY_LIST_LIMIT = 30;

/** What every part of the receipt writes with: the translations (escaped), the formatters, a labelled row. */
interface Pen {
  t: Translate;
  tx: (key: string, options?: Record<string, unknown>) => string;
  format: Formatters;
  row: (label: string, value: string, className?: string) => string;
}

export async function receiptHtml(receipt: Receipt): Promise<string> {
  const t = translator(receipt.language);
  const pen: Pen = {
    t,
    tx: (key, options) => escape(t(key, options)),
    format: makeFormatters(receipt.language, t),
    row: (label, value, className = '') =>
      `<div class="row ${className}"><span class="label">${label}</span><span class="value">${value}</span></div>`,
  };
  const { tx } = pen;
  const body = [
    `<header><h1>${escape(receipt.store.name)}</h1>`,
    receipt.store.address ? `<p>${escape(receipt.store.address)}</p>` : '',
    `</header>`,
    receipt.demo ? `<p class="demo">${tx('receipt.demo')}</p>` : '',
    `<h2>${tx(receipt.kind === 'refund' ? 'receipt.refundTitle' : 'receipt.title')}</h2>`,
    ...saleRows(receipt, pen),
    `<hr>`,
    ...(await esimPart(receipt, pen)),
    `<hr>`,
    `<p class="warning">${tx('receipt.keepEsim')}</p>`,
    `<p>${tx('receipt.roaming')}</p>`,
    receipt.store.supportLine ? `<p>${tx('receipt.support', { supportLine: receipt.store.supportLine })}</p>` : '',
    `<p class="printed">${tx('receipt.printedAt', { time: pen.format.dateTime(receipt.printedAt) })}</p>`,
  ].join('\n');
  return documentOf(receipt, tx('receipt.title'), body);
}

/** When, where and by whom it was sold, and what: the package, its coverage, its price. */
function saleRows(receipt: Receipt, { tx, format, row }: Pen): string[] {
  const { item } = receipt;
  const countries =
    coverageOf(item.countrySet) !== 'country' && receipt.countries.length > 0
      ? receipt.countries.length <= COUNTRY_LIST_LIMIT
        ? receipt.countries.map((code) => format.countryName(code)).join(', ')
        : tx('receipt.countryCount', { count: receipt.countries.length })
      : '';
  const priceLabel = tx(receipt.kind === 'refund' ? 'receipt.refunded' : 'receipt.price');
  return [
    row(tx('receipt.soldAt'), escape(format.dateTime(receipt.soldAt))),
    row(tx('receipt.counter'), escape(receipt.clerk ? `${receipt.counterId} · ${receipt.clerk}` : receipt.counterId)),
    row(tx('receipt.saleId'), escape(receipt.saleId), 'code'),
    `<hr>`,
    `<p class="item">${escape(item.name)}</p>`,
    row(tx('receipt.data'), escape(format.dataSize(item))),
    row(tx('receipt.validity'), escape(format.validity(item))),
    row(tx('receipt.coverage'), escape(format.coverageLabel(item.countrySet))),
    countries ? `<p class="countries">${escape(countries)}</p>` : '',
    row(tx('receipt.activationMode'), tx(`receipt.mode.${receipt.activationMode}`)),
    row(priceLabel, escape(format.price(receipt.price)), 'price'),
  ];
}

/** The eSIM: its QR, codes and install steps; a top-up or refund slip says why there is none. */
async function esimPart(receipt: Receipt, { t, tx, row }: Pen): Promise<string[]> {
  const iccids = row(tx('receipt.iccid'), escape(receipt.iccids.join(', ')), 'code');
  const code = receipt.activationCode;
  if (!code) {
    return [
      `<p class="note">${tx(receipt.kind === 'refund' ? 'receipt.refundNote' : 'receipt.topupNote')}</p>`,
      iccids,
    ];
  }
  const qr = await QRCode.toString(code, {
    type: 'svg',
    margin: 4,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  const manual = receipt.manual
    ? [
        row(tx('receipt.manual.smdpAddress'), escape(receipt.manual.smdpAddress), 'code'),
        row(
          tx('receipt.manual.matchingId'),
          escape(receipt.manual.matchingId || t('receipt.manual.noMatchingId')),
          'code',
        ),
        receipt.manual.confirmationCodeRequired ? `<p class="note">${tx('receipt.confirmationCode')}</p>` : '',
      ].join('')
    : `<p class="note">${tx('receipt.manual.unsplit')}</p>`;
  const steps = (platform: 'iphone' | 'android') =>
    `<h3>${tx(`receipt.steps.${platform}.title`)}</h3><ol>${[1, 2, 3]
      .map((step) => `<li>${tx(`receipt.steps.${platform}.${step}`)}</li>`)
      .join('')}</ol>`;
  const qrMm = PAPER[receipt.paper].qrMm;
  return [
    `<h2>${tx('receipt.yourEsim')}</h2>`,
    `<figure class="qr" style="width:${qrMm}mm" aria-label="${tx('receipt.qrLabel')}">${qr}</figure>`,
    `<p class="note center">${tx('receipt.scanHint')}</p>`,
    iccids,
    row(tx('receipt.activationCode'), escape(code), 'code'),
    `<h3>${tx('receipt.manual.title')}</h3>`,
    manual,
    `<hr>`,
    steps('iphone'),
    steps('android'),
  ];
}

/** The whole document: its own strict policy (no script, no fetch), the page size, the print CSS. */
function documentOf(receipt: Receipt, title: string, body: string): string {
  const paper = PAPER[receipt.paper];
  const page = paper.sheet ? `size: ${paper.sheet}; margin: 15mm` : `margin: 0`;
  return `<!doctype html>
<html lang="${receipt.language}" class="paper-${receipt.paper}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title} ${escape(receipt.saleId)}</title>
<style>@page { ${page}; }\n:root { --page-width: ${paper.sheet ? '110mm' : `${paper.pageWidthMm}mm`}; }\n${RECEIPT_CSS}</style>
</head>
<body><main class="receipt">${body}</main></body>
</html>`;
}
