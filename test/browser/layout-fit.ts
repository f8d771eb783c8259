// Does everything on screen fit? Walks the rendered page and names every element a person would see cut
// off: text or controls wider or taller than their box (clipped, cut by an ellipsis, or spilling over a
// neighbour), and anything beyond the window's edge where nothing can scroll to it (the body never
// scrolls). Deliberately scrolling containers (overflow auto or scroll) are allowed to hold more than they
// show, vertically; a sideways scroll bar is an offender. Visually hidden text (for screen readers) is skipped.
// The page is measured in one pass (layout-measure.ts) and judged here, in the test's process.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { measurePage, type Box, type MeasuredElement, type PageMeasure } from './layout-measure';

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

/** Every element of the page that does not fit, as the page stands now. */
export async function findLayoutOffenders(page: Page): Promise<LayoutOffender[]> {
  return judgeLayout(await measurePage(page));
}

/** The verdict on one measured page: every element a person would see cut off, in document order. */
export function judgeLayout({ viewport, scrolled, elements }: PageMeasure): LayoutOffender[] {
  const offenders: LayoutOffender[] = [];
  const report = (element: MeasuredElement, problem: LayoutOffender['problem'], detail: string) =>
    offenders.push({ problem, selector: element.selector, text: element.text, detail });
  // The body never scrolls for a person; a page scrolled anyway had something beyond its edge pulled into
  // view (by focus, say), and every box is measured in that shifted frame.
  if (scrolled.left !== 0 || scrolled.top !== 0)
    offenders.push({
      problem: 'outside-window',
      selector: 'html',
      text: '',
      detail: `the page is scrolled by ${scrolled.left}, ${scrolled.top}`,
    });
  const children = new Map<number, MeasuredElement[]>();
  elements.forEach((element) => {
    if (element.parent >= 0) children.set(element.parent, [...(children.get(element.parent) ?? []), element]);
  });
  // Once an element is beyond the window's edge, what it holds is not reported again.
  const outside: boolean[] = [];
  elements.forEach((element, index) => {
    const parentOutside = element.parent >= 0 && outside[element.parent]!;
    const judged = (element.boxed || element.svg) && !element.insideScroller && !parentOutside;
    const out = judged ? outsideWindow(element.box, viewport) : undefined;
    if (out) report(element, 'outside-window', out);
    outside[index] = parentOutside || out !== undefined;
    if (!element.boxed || element.svg || SELF_SCROLLING.has(element.tag)) return;
    for (const [problem, detail] of misfits(element, children.get(index) ?? [])) report(element, problem, detail);
  });
  return offenders;
}

// Sizes are whole pixels; a pixel of rounding is not a cut.
const TOLERANCE = 1;
// Form fields scroll their own value by design; the page's roots are judged by the window's edges.
const SELF_SCROLLING = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'HTML', 'BODY']);
const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';

/** Why a box lies (partly) beyond the window's edge, or undefined when it lies within. */
function outsideWindow(box: Box, viewport: PageMeasure['viewport']): string | undefined {
  if (box.width === 0 && box.height === 0) return undefined;
  const out =
    box.left < -TOLERANCE ||
    box.top < -TOLERANCE ||
    box.right > viewport.width + TOLERANCE ||
    box.bottom > viewport.height + TOLERANCE;
  if (!out) return undefined;
  const at = [box.left, box.top, box.right, box.bottom].map(Math.round).join(', ');
  return `box ${at} in a window of ${viewport.width}×${viewport.height}`;
}

type Misfit = [LayoutOffender['problem'], string];

/** How an element's content does not fit its box: wider, taller, cut by an ellipsis, scrolling sideways. */
function misfits(element: MeasuredElement, children: MeasuredElement[]): Misfit[] {
  const { scrollWidth, clientWidth, scrollHeight, clientHeight, overflowX, overflowY } = element;
  // A box that shows its overflow and holds no text of its own is too small only when one of its children
  // sticks out of it: its ancestors, stretched around it, are not reported again.
  if (overflowX === 'visible' && overflowY === 'visible' && !element.ownText && element.tag !== 'BUTTON')
    return childrenSticking(element, children);
  const found: Misfit[] = [];
  if (scrollWidth > clientWidth + TOLERANCE) {
    const detail = `content ${scrollWidth} px wide in a box of ${clientWidth} px`;
    if (scrolls(overflowX)) found.push(['scrolls-sideways', detail]);
    else found.push([element.textOverflow === 'ellipsis' ? 'ellipsis' : 'too-wide', detail]);
  }
  // Letters may reach a little past a tight line box (a big price at line-height 1.1) where the box shows
  // its overflow: nothing is cut. A line more than that is.
  const overhang = overflowY === 'visible' ? Math.max(TOLERANCE, 0.1 * element.fontSize) : TOLERANCE;
  if (scrollHeight > clientHeight + overhang && !scrolls(overflowY))
    found.push(['too-tall', `content ${scrollHeight} px tall in a box of ${clientHeight} px`]);
  return found;
}

/** The children (in the flow) that stick out of a box showing its overflow. */
function childrenSticking(element: MeasuredElement, children: MeasuredElement[]): Misfit[] {
  const { box } = element;
  return children.flatMap((child): Misfit[] => {
    // Taken out of the flow on purpose: judged by the window's edges instead.
    if (child.outOfFlow || (child.box.width === 0 && child.box.height === 0)) return [];
    const wider = Math.max(child.box.right - box.right, box.left - child.box.left);
    const taller = Math.max(child.box.bottom - box.bottom, box.top - child.box.top);
    const found: Misfit[] = [];
    if (wider > TOLERANCE) found.push(['too-wide', `${child.selector} sticks out ${Math.round(wider)} px to the side`]);
    if (taller > TOLERANCE)
      found.push(['too-tall', `${child.selector} sticks out ${Math.round(taller)} px above or below`]);
    return found;
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
