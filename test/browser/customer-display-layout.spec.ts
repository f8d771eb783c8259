// The customer display's QR at any window size: a square wholly on screen, its 4-module quiet zone inside
// the picture and covered by nothing, and still read by a QR decoder off a screenshot.
import { decodeWithJsQr } from '../support/qr';
import { expect, openCustomerDisplay, saveScreen, test } from './harness';

const CODE = 'LPA:1$smdp.example.com$K2-4QXJ8T-1W7N5C$$1';

test('the QR keeps its quiet zone and scans at every window size', async ({ page, counter, rendererUrl }) => {
  const display = await openCustomerDisplay(page, counter.console, rendererUrl);
  const [item] = await counter.console.listCatalogue();
  await display.evaluate(
    (view) => (window as unknown as { __customerView: (v: unknown) => void }).__customerView(view),
    { screen: 'scan', language: 'en', storeName: 'Test', item, activationCode: CODE, state: 'RELEASED' },
  );
  await expect(display.getByTestId('customer-qr')).toBeVisible();

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 800, height: 600 },
    { width: 600, height: 1000 },
    { width: 1920, height: 400 },
    { width: 480, height: 360 },
  ]) {
    const name = `${size.width}x${size.height}`;
    await display.setViewportSize(size);
    const qr = await display.getByTestId('customer-qr').evaluate((svg) => {
      const element = svg as unknown as SVGSVGElement;
      const box = element.getBoundingClientRect();
      const side = element.viewBox.baseVal.width;
      const dark = element.querySelector('path')!.getBBox();
      const module = box.width / side;
      // Points in the middle of the quiet zone (2 modules in), all the way round: the topmost element
      // there must be the QR itself, nothing laid over it.
      const covered: string[] = [];
      for (let step = 0; step <= side; step += 1) {
        const along = Math.min(step, side - 0.5) * module;
        for (const [x, y] of [
          [box.left + along, box.top + 2 * module],
          [box.left + along, box.bottom - 2 * module],
          [box.left + 2 * module, box.top + along],
          [box.right - 2 * module, box.top + along],
        ] as const) {
          const top = document.elementFromPoint(x, y);
          if (top?.closest('svg') !== element) covered.push(`${Math.round(x)},${Math.round(y)}: ${top?.tagName}`);
        }
      }
      return {
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width },
        height: box.height,
        viewport: { width: window.innerWidth, height: window.innerHeight },
        margins: [dark.x, dark.y, side - dark.x - dark.width, side - dark.y - dark.height],
        module,
        covered,
      };
    });
    expect(Math.abs(qr.box.width - qr.height), `${name}: square`).toBeLessThan(1);
    expect(qr.box.left, name).toBeGreaterThanOrEqual(0);
    expect(qr.box.top, name).toBeGreaterThanOrEqual(0);
    expect(qr.box.right, name).toBeLessThanOrEqual(qr.viewport.width);
    expect(qr.box.bottom, name).toBeLessThanOrEqual(qr.viewport.height);
    expect(qr.margins, `${name}: 4 modules of quiet zone on every side`).toEqual([4, 4, 4, 4]);
    expect(qr.covered, `${name}: nothing over the quiet zone`).toEqual([]);
    expect(qr.module, `${name}: modules big enough to scan`).toBeGreaterThanOrEqual(4);
    // The main line beside (or under) it stays on screen too.
    const line = (await display.locator('.main-line').boundingBox())!;
    expect(line.x + line.width, name).toBeLessThanOrEqual(size.width);
    expect(decodeWithJsQr(await saveScreen(display, `customer-qr-${name}`)), name).toBe(CODE);
  }
});
