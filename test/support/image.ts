// Shrinking and blurring screenshots the way a distant or shaky phone camera sees a screen, with pngjs:
// area-averaged downscaling and a small box blur.
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/** Writes `target`: `source` scaled by `factor` (0 < factor <= 1), each output pixel the mean of its area. */
export function scalePng(source: string, target: string, factor: number): string {
  const input = PNG.sync.read(readFileSync(source));
  const width = Math.max(1, Math.round(input.width * factor));
  const height = Math.max(1, Math.round(input.height * factor));
  const output = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * input.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * input.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * input.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * input.width) / width));
      const sum = [0, 0, 0];
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const at = (sy * input.width + sx) * 4;
          for (let channel = 0; channel < 3; channel++) sum[channel]! += input.data[at + channel]!;
        }
      }
      const count = (y1 - y0) * (x1 - x0);
      const at = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) output.data[at + channel] = Math.round(sum[channel]! / count);
      output.data[at + 3] = 255;
    }
  }
  writeFileSync(target, PNG.sync.write(output));
  return target;
}

/** Writes `target`: `source` blurred with a (2r+1)-pixel box filter. */
export function blurPng(source: string, target: string, radius = 1): string {
  const input = PNG.sync.read(readFileSync(source));
  const output = new PNG({ width: input.width, height: input.height });
  for (let y = 0; y < input.height; y++) {
    for (let x = 0; x < input.width; x++) {
      const sum = [0, 0, 0];
      let count = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const sx = Math.min(input.width - 1, Math.max(0, x + dx));
          const sy = Math.min(input.height - 1, Math.max(0, y + dy));
          const at = (sy * input.width + sx) * 4;
          for (let channel = 0; channel < 3; channel++) sum[channel]! += input.data[at + channel]!;
          count++;
        }
      }
      const at = (y * input.width + x) * 4;
      for (let channel = 0; channel < 3; channel++) output.data[at + channel] = Math.round(sum[channel]! / count);
      output.data[at + 3] = 255;
    }
  }
  writeFileSync(target, PNG.sync.write(output));
  return target;
}
