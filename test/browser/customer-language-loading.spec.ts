// How the customer display gets its languages: its first screen loads English (in its script) and the
// language it starts in, nothing of the other languages and nothing of the clerk window's strings; another
// language is fetched when a view first asks for it, and until it is there the screen on show stays. Every
// screen drawn is watched: never a raw key, never an empty screen, never text of another language than the
// page says it is in.
import type { Page, Response } from '@playwright/test';
import { CUSTOMER_STRINGS } from '../../src/shared/customer-strings';
import de from '../../src/shared/i18n/de.json';
import en from '../../src/shared/i18n/en.json';
import { CUSTOMER_LANGUAGES, type CustomerLanguage } from '../../src/shared/languages';
import { expect, openCustomerDisplay, test } from './harness';
import { RAW_KEY, rawKeysOn } from './i18n-keys';

interface Drawn {
  lang: string;
  mainLine: string;
  text: string;
}

test.beforeEach(async ({ counter }) => {
  await counter.console.updateSettings({ autoPrint: 'off' }); // receipts have their own tests
});

/**
 * Records every state of the customer display's screen from its first (read back by drawnOn): on the
 * context, so that it is in place before the page openCustomerDisplay opens loads.
 */
async function watchScreens(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const drawn: Drawn[] = [];
    Object.defineProperty(window, '__drawn', { value: drawn });
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('customer');
      if (!root) return; // the clerk's window
      new MutationObserver(() =>
        drawn.push({
          lang: document.documentElement.lang,
          mainLine: root.querySelector('.main-line')?.textContent ?? '',
          text: root.textContent ?? '',
        }),
      ).observe(root, { childList: true, subtree: true, characterData: true });
    });
  });
}

const drawnOn = (display: Page) => display.evaluate(() => (window as unknown as { __drawn: Drawn[] }).__drawn);

/** Every string of `language`'s customer display, flattened. */
function customerTexts(language: CustomerLanguage): Set<string> {
  const flatten = (tree: object): string[] =>
    Object.values(tree).flatMap((value: unknown) => (typeof value === 'string' ? [value] : flatten(value as object)));
  return new Set(flatten(CUSTOMER_STRINGS[language].customer));
}

async function expectScreenIn(display: Page, language: CustomerLanguage): Promise<void> {
  await expect(display.locator('html')).toHaveAttribute('lang', language);
  await expect(display.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  await expect(display.locator('.main-line')).toHaveText(CUSTOMER_STRINGS[language].customer.confirm.title);
  await expect(display.locator('.screen > .line')).toHaveText(CUSTOMER_STRINGS[language].customer.confirm.hint);
  expect(await rawKeysOn(display)).toEqual([]);
}

test('the customer display switches through languages, each screen in its own words, never a key or an empty screen', async ({
  page,
  counter,
  rendererUrl,
}) => {
  await watchScreens(page);
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  for (const language of ['en', 'ar', 'ja', 'de', 'zh', 'ar', 'fr', 'en'] as const) {
    await page.getByTestId('customer-language').selectOption(language);
    await expectScreenIn(display, language);
  }
  const drawn = await drawnOn(display);
  expect(drawn.length).toBeGreaterThan(8);
  for (const screen of drawn) {
    expect(screen.text.trim(), `a screen in ${screen.lang}`).not.toBe('');
    expect(screen.text.match(RAW_KEY) ?? [], `a screen in ${screen.lang}`).toEqual([]);
    const language = CUSTOMER_LANGUAGES.find((code) => code === screen.lang);
    expect(language, `the page's language ${screen.lang}`).toBeDefined();
    expect(customerTexts(language!).has(screen.mainLine), `"${screen.mainLine}" in ${screen.lang}`).toBe(true);
  }
});

/**
 * The customer display, opened, and the scripts it fetched until its first screen was drawn (their
 * addresses, and their text joined).
 */
async function scriptsBeforeFirstScreen(
  page: Page,
  counter: Parameters<typeof openCustomerDisplay>[1],
  rendererUrl: string,
): Promise<{ display: Page; urls: string[]; text: string }> {
  const scripts: Array<{ url: string; body: Promise<string> }> = [];
  const listen = (response: Response) => {
    if (response.frame().page() !== page && response.request().resourceType() === 'script') {
      scripts.push({ url: response.url(), body: response.text() });
    }
  };
  page.context().on('response', listen);
  const display = await openCustomerDisplay(page, counter, rendererUrl);
  await display.getByTestId('customer-screen').waitFor();
  page.context().off('response', listen);
  const firstScreen = [...scripts];
  return {
    display,
    urls: firstScreen.map(({ url }) => url),
    text: (await Promise.all(firstScreen.map(({ body }) => body))).join('\n'),
  };
}

/** A sentence of each language's customer display, and of the clerk's window in English and German. */
const CONFIRM_TITLE = (language: CustomerLanguage) => CUSTOMER_STRINGS[language].customer.confirm.title;
const CLERK_ONLY = [en.catalogue.searchLabel, de.catalogue.searchLabel, en.shift.title, de.shift.title];

const LOADS = { en: 'English only', ja: 'English and Japanese only' } as const;

for (const storeLanguage of ['en', 'ja'] as const) {
  test(`the customer display's first screen, the store speaking ${storeLanguage}, loads ${LOADS[storeLanguage]}: no other language, no clerk string`, async ({
    page,
    counter,
    rendererUrl,
  }) => {
    await counter.console.updateSettings({ storeLanguage });
    const loaded = await scriptsBeforeFirstScreen(page, counter.console, rendererUrl);
    await expect(loaded.display.locator('html')).toHaveAttribute('lang', storeLanguage);
    await expect(loaded.display.locator('.main-line')).toHaveText(
      CUSTOMER_STRINGS[storeLanguage].customer.welcome.title,
    );
    expect(loaded.urls.length).toBeGreaterThan(0);
    expect(loaded.text).toContain(CONFIRM_TITLE('en'));
    expect(loaded.text).toContain(CONFIRM_TITLE(storeLanguage));
    const others = CUSTOMER_LANGUAGES.filter((language) => language !== 'en' && language !== storeLanguage);
    expect(others.filter((language) => loaded.text.includes(CONFIRM_TITLE(language)))).toEqual([]);
    expect(CLERK_ONLY.filter((text) => loaded.text.includes(text))).toEqual([]);
  });
}

test('a language whose strings cannot load leaves the screen in the language on show, and the log names no sale', async ({
  page,
  counter,
  rendererUrl,
}) => {
  await watchScreens(page);
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const logged: Array<{ type: string; text: string }> = [];
  display.on('console', (message) => logged.push({ type: message.type(), text: message.text() }));
  const warnings = () => logged.filter(({ type }) => type === 'warning').map(({ text }) => text);
  // Refused: the one script whose text holds the Arabic strings (its name is the bundler's business).
  await display.route(/\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(CONFIRM_TITLE('ar'))) return route.abort('failed');
    return route.fulfill({ response, body });
  });
  await page.keyboard.type('austria 3 gb');
  await page.keyboard.press('Enter');
  await page.getByTestId('customer-language').selectOption('de');
  await expectScreenIn(display, 'de');
  await page.getByTestId('customer-language').selectOption('ar');
  await expect.poll(warnings).toEqual([expect.stringContaining('the ar strings did not load; staying in de')]);
  await expectScreenIn(display, 'de');
  const item = (await display.locator('.item').textContent())!;
  expect(item.length).toBeGreaterThan(0);
  expect(logged.filter(({ text }) => text.includes(item))).toEqual([]);
  // The next language that can load is shown as ever.
  await page.getByTestId('customer-language').selectOption('ja');
  await expectScreenIn(display, 'ja');
  const drawn = await drawnOn(display);
  expect(drawn.filter((screen) => screen.lang === 'ar')).toEqual([]);
  expect(drawn.filter((screen) => screen.text.trim() === '')).toEqual([]);
});
