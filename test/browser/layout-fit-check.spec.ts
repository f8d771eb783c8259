// The fit check itself (layout-fit.ts), shown failing on purpose: it names a button squeezed narrower than
// its words, text cut by an ellipsis, a box too short for its lines, a child sticking out of its box and
// a panel beyond the window's edge, and a header row wrapped onto a second line; it leaves alone text kept
// for screen readers, a list that scrolls and a row whose groups differ only in height.
// Then the same on the real counter window: a header button forced narrow is named by its test id.
import { expect, test } from './harness';
import { findLayoutOffenders, findWrappedHeaderRows } from './layout-fit';

const PAGE = `<!doctype html><html lang="en"><head><style>
  body { margin: 0; font: 18px sans-serif; overflow: hidden; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  button { white-space: nowrap; }
</style></head><body>
  <button data-testid="fits">History (H)</button>
  <button data-testid="squeezed" style="width: 40px; border: 0">Customer care (C)</button>
  <span data-testid="cut" style="display: inline-block; width: 80px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">Mobilfunkwelt Wien Westbahnhof</span>
  <p data-testid="short" style="width: 120px; height: 24px; overflow: hidden">three lines of words that do not fit</p>
  <div data-testid="row" style="display: flex; width: 200px"><span style="flex: none; width: 260px">wide</span></div>
  <div data-testid="beyond" style="position: absolute; left: 1300px; top: 10px; width: 200px">off screen</div>
  <span class="visually-hidden" data-testid="for-screen-readers">On shift: a name far longer than one pixel</span>
  <ul data-testid="scrolling" style="height: 60px; overflow: auto; margin: 0">
    <li>one</li><li>two</li><li>three</li><li>four</li><li>five</li><li>six</li>
  </ul>
  <div class="header-row" data-testid="one-line" style="display: flex; flex-wrap: wrap; width: 400px">
    <span style="width: 150px">Store</span><span style="width: 150px; height: 40px">Online</span>
  </div>
  <div class="header-row" data-testid="two-lines" style="display: flex; flex-wrap: wrap; width: 400px">
    <span style="width: 150px">Store</span><span style="width: 150px">Online</span><span style="width: 150px">Help</span>
  </div>
</body></html>`;

test('names every element that does not fit, and nothing that does', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.setContent(PAGE);
  const offenders = await findLayoutOffenders(page);
  expect(offenders.map(({ problem, selector }) => `${problem} ${selector}`).sort()).toEqual(
    [
      'too-wide button[data-testid="squeezed"]',
      'ellipsis span[data-testid="cut"]',
      'too-tall p[data-testid="short"]',
      'too-wide div[data-testid="row"]',
      'outside-window div[data-testid="beyond"]',
    ].sort(),
  );
  expect(offenders.find((offender) => offender.selector.includes('"squeezed"'))!.detail).toMatch(
    /^content \d+ px wide in a box of 40 px$/,
  );
  // A header row whose groups no longer fit side by side: whole, but on a further line.
  expect((await findWrappedHeaderRows(page)).map(({ selector }) => selector)).toEqual(['div[data-testid="two-lines"]']);
  await page.close();
});

test('on the counter window, a header button forced narrower than its words is named', async ({ page }) => {
  expect(await findLayoutOffenders(page), 'the catalogue as it is').toEqual([]);
  // Through the CSSOM: the page's Content-Security-Policy refuses a <style> added to it.
  await page.getByTestId('open-history').evaluate((button: HTMLElement) => (button.style.width = '40px'));
  const offenders = await findLayoutOffenders(page);
  expect(offenders).toContainEqual(
    expect.objectContaining({ problem: 'too-wide', selector: 'button[data-testid="open-history"]' }),
  );
});
