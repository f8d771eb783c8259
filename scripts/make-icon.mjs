// Draws resources/icon.png (512 x 512): a SIM card with a QR finder pattern, on the app's dark blue.
// Run once by hand when the icon changes; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const size = 512;
const png = new PNG({ width: size, height: size });
const paint = (x, y, [r, g, b, a = 255]) => {
  const at = (y * size + x) * 4;
  png.data.set([r, g, b, a], at);
};
const inRoundedSquare = (x, y, inset, radius) => {
  const min = inset;
  const max = size - inset - 1;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const inCard = (x, y) => x >= 136 && x <= 376 && y >= 96 && y <= 416 && !(x > 316 && y < 96 + (x - 316));
const inFinder = (x, y, left, top) => {
  const dx = x - left;
  const dy = y - top;
  if (dx < 0 || dy < 0 || dx >= 112 || dy >= 112) return null;
  const ring = Math.min(dx, dy, 111 - dx, 111 - dy);
  return ring < 16 || ring >= 32;
};
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    if (!inRoundedSquare(x, y, 8, 96)) paint(x, y, [0, 0, 0, 0]);
    else if (!inCard(x, y)) paint(x, y, [15, 38, 84]);
    else {
      const finder = inFinder(x, y, 200, 240);
      paint(x, y, finder === true ? [17, 17, 17] : [255, 255, 255]);
    }
  }
}
writeFileSync(new URL('../resources/icon.png', import.meta.url), PNG.sync.write(png));
