// Real PDF tools from Debian's poppler-utils: read a PDF's text, its page size, and render a page to PNG.
import { execFileSync } from 'node:child_process';

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-q', '-layout', path, '-'], { encoding: 'utf8' });
}

/**
 * A PDF's text in reading order (poppler's default mode), where -layout keeps the page's columns: a line
 * of right-to-left text split by a wide gap comes out as two blocks from left to right.
 */
export function pdfTextInReadingOrder(path: string): string {
  return execFileSync('pdftotext', ['-q', path, '-'], { encoding: 'utf8' });
}

/** Width and height of the first page in millimetres. */
export function pdfPageSizeMm(path: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!match) throw new Error(`pdfinfo printed no page size for ${path}`);
  const mm = (points: string) => (Number(points) * 25.4) / 72;
  return { width: mm(match[1]!), height: mm(match[2]!) };
}

/** Renders the first page at `dpi` and returns the PNG's path. */
export function pdfToPng(path: string, dpi = 200): string {
  const prefix = path.replace(/\.pdf$/, `-${dpi}dpi`);
  execFileSync('pdftoppm', ['-q', '-r', String(dpi), '-png', '-f', '1', '-singlefile', path, prefix]);
  return `${prefix}.png`;
}
