// Walks one screen through every window size a counter has (1280×720, 1366×768, 1920×1080) in each of the
// clerk's languages, runs the fit check at each stop, saves what it saw, and keeps every offender with its
// place, so one failing run lists all that needs fixing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  findLayoutOffenders,
  findWrappedHeaderRows,
  formatOffenders,
  LAYOUT_SIZES,
  saveLayoutScreen,
  settled,
  type PlacedOffender,
} from './layout-fit';

export const CLERK_LANGUAGES = ['en', 'de'] as const;
export type ClerkLanguage = (typeof CLERK_LANGUAGES)[number];

const LANGUAGE_BUTTONS: Record<ClerkLanguage, string> = { en: 'EN – English', de: 'DE – Deutsch' };

/**
 * Picks the clerk's language with the header's own switch. The click is dispatched, not aimed: a switch
 * pushed beyond the window's edge must stay there for the check to see, not be scrolled into view.
 */
export async function switchLanguage(page: Page, language: ClerkLanguage): Promise<void> {
  const button = page.getByRole('button', { name: LANGUAGE_BUTTONS[language], exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.dispatchEvent('click');
  await page.locator(`html[lang="${language}"]`).waitFor();
}

export class LayoutTour {
  readonly offenders: PlacedOffender[] = [];

  constructor(
    private readonly page: Page,
    /** Names the list of offenders written under test-results/screens/layout/. */
    private readonly name: string,
  ) {}

  /**
   * Checks the screen now showing in both languages, at every size. `open` runs after each switch of
   * language and `close` before the next (a dialog, which leaves the header's switch out of reach).
   */
  async screen(screen: string, options: { open?: () => Promise<void>; close?: () => Promise<void> } = {}) {
    for (const language of CLERK_LANGUAGES) {
      await switchLanguage(this.page, language);
      await options.open?.();
      await this.sizes(screen, language);
      await options.close?.();
    }
  }

  /** Checks the page at every size in the language it already shows (the customer display follows its sale). */
  async sizes(screen: string, language: string, page: Page = this.page): Promise<void> {
    for (const size of LAYOUT_SIZES) {
      await page.setViewportSize(size);
      await settled(page);
      const place = { screen, size: `${size.width}x${size.height}`, language };
      const found = [...(await findLayoutOffenders(page)), ...(await findWrappedHeaderRows(page))];
      this.offenders.push(...found.map((offender) => ({ ...offender, ...place })));
      await saveLayoutScreen(page, place);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  /** The list of offenders, also written beside the screenshots for a person to read. */
  report(): string {
    const text = formatOffenders(this.offenders);
    const dir = join(__dirname, '../../test-results/screens/layout');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `offenders-${this.name}.txt`), text ? `${text}\n` : 'none\n');
    return text;
  }
}
