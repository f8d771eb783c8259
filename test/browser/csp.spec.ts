// The Content-Security-Policy of both windows, seen from inside the page: a remote script, an inline script
// and a remote image are each refused with a securitypolicyviolation event, and none of them runs or loads.
import type { Page } from '@playwright/test';
import { expect, openCustomerDisplay, test } from './harness';

interface Violation {
  blockedURI: string;
  effectiveDirective: string;
}

/** Listens for CSP violations in the page, from now on. */
async function listenForViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ blockedURI: event.blockedURI, effectiveDirective: event.effectiveDirective }),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

/** What a script from elsewhere would do if it ever ran: set a flag. */
const EVIL = "window.__evil = (window.__evil || 0) + 1; document.title = 'pwned';";

async function expectRemoteContentRefused(page: Page): Promise<void> {
  // Were the request ever made, this would answer it with a working script and a picture: only the policy
  // stands between the page and them.
  const requested: string[] = [];
  await page.route('https://evil.example/**', (route) => {
    requested.push(route.request().url());
    const image = route.request().url().endsWith('.png');
    return route.fulfill({
      contentType: image ? 'image/png' : 'text/javascript',
      body: image ? Buffer.from('89504e470d0a1a0a', 'hex') : EVIL,
    });
  });
  await listenForViolations(page);
  const title = await page.title();

  await page.evaluate(() =>
    document.head.append(Object.assign(document.createElement('script'), { src: 'https://evil.example/x.js' })),
  );
  await page.evaluate((code) => {
    const inline = document.createElement('script');
    inline.textContent = code;
    document.head.append(inline);
  }, EVIL);
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('img'), { src: 'https://evil.example/pixel.png' })),
  );

  await expect.poll(() => violations(page).then((list) => list.length)).toBeGreaterThanOrEqual(3);
  const seen = await violations(page);
  expect(seen).toContainEqual({ blockedURI: 'https://evil.example/x.js', effectiveDirective: 'script-src-elem' });
  expect(seen).toContainEqual({ blockedURI: 'inline', effectiveDirective: 'script-src-elem' });
  expect(seen).toContainEqual({ blockedURI: 'https://evil.example/pixel.png', effectiveDirective: 'img-src' });

  expect(await page.evaluate(() => (window as unknown as { __evil?: number }).__evil)).toBeUndefined();
  expect(await page.title()).toBe(title);
  const image = await page.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('img[src^="https://evil.example"]');
    return img ? { complete: img.complete, width: img.naturalWidth } : null;
  });
  expect(image).toEqual({ complete: true, width: 0 }); // settled, and nothing was drawn
  expect(requested).toEqual([]); // refused before any request left the page
}

test('the counter window refuses a remote script, an inline script and a remote image', async ({ page }) => {
  await expect(page.getByTestId('catalogue-search')).toBeVisible();
  await expectRemoteContentRefused(page);
  // The page still works: nothing of the refused content broke it.
  await page.keyboard.type('austria');
  await expect(page.getByTestId('catalogue-row').first()).toContainText('Austria');
});

test('the customer display refuses them too', async ({ page, counter, rendererUrl }) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  await expect(display.getByTestId('customer-screen')).toHaveAttribute('data-screen', 'welcome');
  await expectRemoteContentRefused(display);
});

test('the customer display loads its fonts from itself and refuses a font from elsewhere', async ({
  page,
  counter,
  rendererUrl,
}) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const requested: string[] = [];
  await display.route('https://evil.example/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: 'font/woff2', body: Buffer.alloc(0) });
  });
  await listenForViolations(display);
  const outcome = await display.evaluate(async () => {
    const remote = new FontFace('Elsewhere', 'url(https://evil.example/font.woff2)');
    // One of the display's own @font-face files, by its address (relative to the stylesheet it is in).
    const sheet = [...document.styleSheets].find((candidate) =>
      [...candidate.cssRules].some((rule) => rule instanceof CSSFontFaceRule),
    )!;
    const face = [...sheet.cssRules].find((rule) => rule instanceof CSSFontFaceRule) as CSSFontFaceRule;
    const file = /url\("?([^")]+)"?\)/.exec(face.style.getPropertyValue('src'))![1]!;
    const bundled = new FontFace('Ours', `url(${new URL(file, sheet.href!).href})`);
    return {
      remote: await remote.load().then(
        () => 'loaded',
        () => 'refused',
      ),
      bundled: await bundled.load().then(
        () => 'loaded',
        () => 'refused',
      ),
    };
  });
  expect(outcome).toEqual({ remote: 'refused', bundled: 'loaded' });
  await expect
    .poll(() => violations(display))
    .toContainEqual({
      blockedURI: 'https://evil.example/font.woff2',
      effectiveDirective: 'font-src',
    });
  expect(requested).toEqual([]);
});
