// Which font Chromium actually draws an element's text with (DevTools' "Rendered fonts"): the proof that a
// bundled font is in use, where a machine's own fonts might otherwise draw the same text.
import type { Page } from '@playwright/test';

export interface RenderedFont {
  familyName: string;
  /** True for a web font (ours, from the app or embedded), false for one of the machine's own. */
  isCustomFont: boolean;
  glyphCount: number;
}

/** The fonts that draw the text of the first element matching `selector`, most glyphs first. */
export async function renderedFonts(page: Page, selector: string): Promise<RenderedFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`No element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts
      .map(({ familyName, isCustomFont, glyphCount }) => ({ familyName, isCustomFont, glyphCount }))
      .sort((a, b) => b.glyphCount - a.glyphCount);
  } finally {
    await cdp.detach();
  }
}
