// Reading order as a person sees it: where Chromium draws the characters of an element's text.
import type { Locator } from '@playwright/test';

/**
 * Whether the element's text is drawn left to right: its first visible character stands left of its last
 * (a right-to-left run would put the first on the right). Bidi marks and spaces are not drawn.
 */
export function readsLeftToRight(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const node = element.firstChild as Text;
    const drawn = Array.from(node.data, (_, index) => index).filter(
      (index) => !/[\s\u200e\u200f\u2066-\u2069]/.test(node.data[index]!),
    );
    const left = (index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().left;
    };
    return drawn.length > 1 && left(drawn[0]!) < left(drawn.at(-1)!);
  });
}
