// The receipt's print CSS. Thermal paper: the page is the roll's width with no margins, and the content
// keeps 3-4 mm from each edge (the print head's unprintable border). Office paper: a column on the sheet.
// Sides are logical (start, end, inline-start): a right-to-left receipt is the mirror of a left-to-right
// one. The font families come after this, from receipt-fonts.ts.
export const RECEIPT_CSS = `
* { box-sizing: border-box; margin: 0; padding: 0; }
html { background: #fff; color: #000; font: 9pt/1.3 "DejaVu Sans", Arial, Helvetica, sans-serif; }
html.paper-58mm { font-size: 8pt; }
/* Arabic's letters reach further above and below the line: without more room, a PDF reader takes two
   lines for one and reads them out of order. */
html:lang(ar) { line-height: 1.75; }
body { width: var(--page-width); }
.receipt { padding: 4mm; width: 100%; }
html.paper-58mm .receipt { padding: 3mm; }
html.paper-A4 .receipt, html.paper-Letter .receipt { padding: 0; }
header { text-align: center; margin-bottom: 2mm; }
h1 { font-size: 1.4em; }
h2 { font-size: 1.15em; margin: 2mm 0 1mm; text-align: center; }
h3 { font-size: 1em; margin: 2mm 0 0.5mm; }
hr { border: 0; border-top: 0.3mm dashed #000; margin: 2mm 0; }
.row { display: flex; justify-content: space-between; gap: 2mm; }
.row .label { flex: none; max-width: 45%; }
.row .value { text-align: end; min-width: 0; overflow-wrap: anywhere; }
.row.code { display: block; margin-top: 1mm; }
.row.code .label { display: block; max-width: none; }
.row.code .value { display: block; text-align: start; font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 1.05em; }
.row.price .value { font-weight: 700; font-size: 1.2em; }
.item { font-weight: 700; font-size: 1.15em; overflow-wrap: anywhere; }
.countries { font-size: 0.85em; overflow-wrap: anywhere; }
.qr { display: block; margin: 1mm auto; max-width: 100%; }
.qr svg { display: block; width: 100%; height: auto; shape-rendering: crispEdges; }
.center { text-align: center; }
.note { font-size: 0.9em; }
ol { padding-inline-start: 5mm; }
.warning { font-weight: 700; }
.demo { border: 0.5mm solid #000; padding: 1mm; text-align: center; font-weight: 700; margin: 1mm 0; }
.printed { font-size: 0.8em; margin-top: 2mm; text-align: center; }
p { overflow-wrap: anywhere; }
`;
