// The measuring half of the fit check (layout-fit.ts judges): one record per element a person could see,
// read inside the page in a single pass. Elements not drawn (display: none) and text kept for screen readers
// only (the visually-hidden patterns) are left out with everything inside them.
import type { Page } from '@playwright/test';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface MeasuredElement {
  /** The element's test id or tag and classes, after the nearest ancestor's test id. */
  selector: string;
  tag: string;
  /** Its text, spaces squeezed, at most 60 characters. */
  text: string;
  /** Index of the nearest measured ancestor in the list, or -1 for the root. */
  parent: number;
  /** Laid out as a box of its own (not inline, not `display: contents`), and not `visibility: hidden`. */
  boxed: boolean;
  /** An SVG picture: judged by the window's edges only, as one picture. */
  svg: boolean;
  /** Some ancestor scrolls (overflow auto or scroll): it may be scrolled out of view on purpose. */
  insideScroller: boolean;
  /** Taken out of the flow (position absolute or fixed). */
  outOfFlow: boolean;
  /** Holds text of its own, not only through its children. */
  ownText: boolean;
  box: Box;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  overflowX: string;
  overflowY: string;
  textOverflow: string;
  fontSize: number;
}

export interface PageMeasure {
  viewport: { width: number; height: number };
  /** How far the page itself is scrolled: the body never scrolls for a person. */
  scrolled: { left: number; top: number };
  elements: MeasuredElement[];
}

/** Every element of the page as it stands now, in document order (a parent before its children). */
export function measurePage(page: Page): Promise<PageMeasure> {
  return page.evaluate(() => {
    const elements: MeasuredElement[] = [];
    const describe = (element: Element): string => {
      const tag = element.tagName.toLowerCase();
      const testId = element.getAttribute('data-testid');
      if (testId) return `${tag}[data-testid="${testId}"]`;
      const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`);
      const owner = element.parentElement?.closest('[data-testid]');
      const own = `${tag}${classes.join('')}`;
      return owner ? `[data-testid="${owner.getAttribute('data-testid')}"] ${own}` : own;
    };
    // The usual screen-reader-only patterns: clipped to nothing, or a 1 px box that hides its overflow.
    const visuallyHidden = (element: Element, style: CSSStyleDeclaration) =>
      style.clipPath === 'inset(50%)' ||
      style.clip === 'rect(0px, 0px, 0px, 0px)' ||
      (element instanceof HTMLElement &&
        element.offsetWidth <= 1 &&
        element.offsetHeight <= 1 &&
        style.overflow !== 'visible');
    const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';

    const visit = (element: Element, parent: number, insideScroller: boolean) => {
      const svg = element instanceof SVGSVGElement;
      if (!(element instanceof HTMLElement) && !svg) return; // an SVG's shapes are not layout
      const style = getComputedStyle(element);
      if (style.display === 'none' || visuallyHidden(element, style)) return;
      const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
      const index = elements.length;
      elements.push({
        selector: describe(element),
        tag: element.tagName.toUpperCase(),
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
        parent,
        boxed:
          element.getClientRects().length > 0 &&
          style.display !== 'inline' &&
          style.display !== 'contents' &&
          style.visibility !== 'hidden',
        svg,
        insideScroller,
        outOfFlow: style.position === 'absolute' || style.position === 'fixed',
        ownText: [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
        ),
        box: { left, top, right, bottom, width, height },
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
        scrollHeight: element.scrollHeight,
        clientHeight: element.clientHeight,
        overflowX: style.overflowX,
        overflowY: style.overflowY,
        textOverflow: style.textOverflow,
        fontSize: parseFloat(style.fontSize),
      });
      if (svg) return;
      const scroller = scrolls(style.overflowX) || scrolls(style.overflowY);
      for (const child of element.children) visit(child, index, insideScroller || scroller);
    };

    const root = document.scrollingElement ?? document.documentElement;
    visit(document.documentElement, -1, false);
    return {
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      scrolled: { left: root.scrollLeft, top: root.scrollTop },
      elements,
    };
  });
}
