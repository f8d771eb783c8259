// Does everything on screen fit? Walks the rendered page and names every element a person would see cut
// off: text or controls wider or taller than their box (clipped, cut by an ellipsis, or spilling over a
// neighbour), and anything beyond the window's edge where nothing can scroll to it (the body never
// scrolls). Deliberately scrolling containers (overflow auto or scroll) are allowed to hold more than they
// show, vertically; a sideways scroll bar is an offender. Visually hidden text (for screen readers) is skipped.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface LayoutOffender {
  /**
   * How it fails to fit: its content wider or taller than its box, cut by an ellipsis, off screen; or a
   * row of the header pushed onto a further line (whole, but the bar is meant to stay two rows tall).
   */
  problem: 'too-wide' | 'too-tall' | 'ellipsis' | 'scrolls-sideways' | 'outside-window' | 'header-wraps';
  /** The element's test id or tag and classes, after the nearest ancestor's test id. */
  selector: string;
  text: string;
  detail: string;
}

/** Where a check ran: which screen, at which window size, in which language of the clerk. */
export interface LayoutPlace {
  screen: string;
  size: string;
  language: string;
}

export type PlacedOffender = LayoutOffender & LayoutPlace;

/** Every element of the page that does not fit, as the page stands now. Runs inside the page. */
export function findLayoutOffenders(page: Page): Promise<LayoutOffender[]> {
  return page.evaluate(() => {
    // Sizes are whole pixels; a pixel of rounding is not a cut.
    const TOLERANCE = 1;
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const offenders: LayoutOffender[] = [];
    // Form fields scroll their own value by design; the page's roots are judged by the window's edges.
    const SELF_SCROLLING = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'HTML', 'BODY']);

    const describe = (element: Element): string => {
      const tag = element.tagName.toLowerCase();
      const testId = element.getAttribute('data-testid');
      if (testId) return `${tag}[data-testid="${testId}"]`;
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      const own = `${tag}${classes}`;
      const owner = element.parentElement?.closest('[data-testid]');
      return owner ? `[data-testid="${owner.getAttribute('data-testid')}"] ${own}` : own;
    };
    const report = (element: Element, problem: LayoutOffender['problem'], detail: string) => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      offenders.push({ problem, selector: describe(element), text, detail });
    };
    const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
    // The usual screen-reader-only patterns: clipped to nothing, or a 1 px box that hides its overflow.
    const visuallyHidden = (element: HTMLElement, style: CSSStyleDeclaration) =>
      style.clipPath === 'inset(50%)' ||
      style.clip === 'rect(0px, 0px, 0px, 0px)' ||
      (element.offsetWidth <= 1 && element.offsetHeight <= 1 && style.overflow !== 'visible');

    const visit = (element: Element, insideScroller: boolean, outsideReported: boolean) => {
      if (!(element instanceof HTMLElement)) {
        // An SVG is judged as one picture; its shapes are not layout.
        if (element instanceof SVGSVGElement && !insideScroller && !outsideReported) checkWindow(element);
        return;
      }
      const style = getComputedStyle(element);
      if (style.display === 'none' || visuallyHidden(element, style)) return;
      const boxed = element.getClientRects().length > 0 && style.display !== 'inline' && style.display !== 'contents';
      let outside = outsideReported;
      if (boxed && style.visibility !== 'hidden') {
        if (!insideScroller && !outsideReported) outside = checkWindow(element);
        if (!SELF_SCROLLING.has(element.tagName)) checkBox(element, style);
      }
      const scroller = scrolls(style.overflowY) || scrolls(style.overflowX);
      for (const child of element.children) visit(child, insideScroller || scroller, outside);
    };
    const checkWindow = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return false;
      const out =
        box.left < -TOLERANCE ||
        box.top < -TOLERANCE ||
        box.right > viewport.width + TOLERANCE ||
        box.bottom > viewport.height + TOLERANCE;
      if (out) {
        const at = [box.left, box.top, box.right, box.bottom].map(Math.round).join(', ');
        report(element, 'outside-window', `box ${at} in a window of ${viewport.width}×${viewport.height}`);
      }
      return out;
    };
    const checkBox = (element: HTMLElement, style: CSSStyleDeclaration) => {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      // A box that shows its overflow and holds no text of its own is too small only when one of its
      // children sticks out of it: its ancestors, stretched around it, are not reported again.
      if (style.overflowX === 'visible' && style.overflowY === 'visible' && !ownText && element.tagName !== 'BUTTON')
        return checkChildren(element);
      const { scrollWidth, clientWidth, scrollHeight, clientHeight } = element;
      if (scrollWidth > clientWidth + TOLERANCE) {
        const detail = `content ${scrollWidth} px wide in a box of ${clientWidth} px`;
        if (scrolls(style.overflowX)) report(element, 'scrolls-sideways', detail);
        else report(element, style.textOverflow === 'ellipsis' ? 'ellipsis' : 'too-wide', detail);
      }
      // Letters may reach a little past a tight line box (a big price at line-height 1.1) where the box
      // shows its overflow: nothing is cut. A line more than that is.
      const overhang =
        style.overflowY === 'visible' ? Math.max(TOLERANCE, 0.1 * parseFloat(style.fontSize)) : TOLERANCE;
      if (scrollHeight > clientHeight + overhang && !scrolls(style.overflowY))
        report(element, 'too-tall', `content ${scrollHeight} px tall in a box of ${clientHeight} px`);
    };
    const checkChildren = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      for (const child of element.children) {
        const position = getComputedStyle(child).position;
        // Taken out of the flow on purpose: judged by the window's edges instead.
        if (position === 'absolute' || position === 'fixed') continue;
        const inner = child.getBoundingClientRect();
        if (inner.width === 0 && inner.height === 0) continue;
        const wider = Math.max(inner.right - box.right, box.left - inner.left);
        const taller = Math.max(inner.bottom - box.bottom, box.top - inner.top);
        if (wider > TOLERANCE)
          report(element, 'too-wide', `${describe(child)} sticks out ${Math.round(wider)} px to the side`);
        if (taller > TOLERANCE)
          report(element, 'too-tall', `${describe(child)} sticks out ${Math.round(taller)} px above or below`);
      }
    };

    // The body never scrolls for a person; a page scrolled anyway had something beyond its edge pulled
    // into view (by focus, say), and every box above is measured in that shifted frame.
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollLeft !== 0 || root.scrollTop !== 0)
      report(root, 'outside-window', `the page is scrolled by ${root.scrollLeft}, ${root.scrollTop}`);
    visit(document.documentElement, false, false);
    return offenders;
  });
}

/** The header's rows (and groups in them) that no longer fit side by side and wrapped onto another line. */
export function findWrappedHeaderRows(page: Page): Promise<LayoutOffender[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.header-row, .header-tools, .header-alerts')].flatMap((row) => {
      // Groups on one line may differ in height: a group that starts below the bottom of the shortest
      // one is on a line of its own.
      const boxes = [...row.children].map((child) => child.getBoundingClientRect());
      const firstLineBottom = Math.min(...boxes.map((box) => box.bottom));
      if (!boxes.some((box) => box.top >= firstLineBottom)) return [];
      const testId = row.getAttribute('data-testid');
      return [
        {
          problem: 'header-wraps' as const,
          selector: testId ? `div[data-testid="${testId}"]` : `div.${[...row.classList].join('.')}`,
          text: (row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
          detail: `its groups take ${Math.round(row.getBoundingClientRect().height)} px on more than one line`,
        },
      ];
    }),
  );
}

export const LAYOUT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const LAYOUT_SCREENS_DIR = join(__dirname, '../../test-results/screens/layout');

/** A screenshot of the page as checked: test-results/screens/layout/<screen>-<size>-<language>.png. */
export async function saveLayoutScreen(page: Page, place: LayoutPlace): Promise<void> {
  mkdirSync(LAYOUT_SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(LAYOUT_SCREENS_DIR, `${place.screen}-${place.size}-${place.language}.png`) });
}

/** Lets a resize or a change of language reach the screen: two frames, so layout and paint are done. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** One line per offender, so a failure reads as a list of what to fix, where. */
export function formatOffenders(offenders: PlacedOffender[]): string {
  return offenders
    .map(
      (offender) =>
        `${offender.screen} ${offender.size} ${offender.language}: ${offender.problem} ${offender.selector}` +
        ` "${offender.text}" (${offender.detail})`,
    )
    .join('\n');
}
