// Real QR decoders for what a phone camera would see: jsQR on the PNG's pixels, and zbarimg (Debian
// zbar-tools) as a second, independent reader.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export function decodeWithJsQr(pngPath: string): string | undefined {
  const png = PNG.sync.read(readFileSync(pngPath));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

export function decodeWithZbar(imagePath: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // zbarimg prints a harmless dbus warning on stderr; stdout and the exit code carry the answer.
    execFile('zbarimg', ['--quiet', '--raw', imagePath], (error, stdout) => {
      resolve(error ? undefined : stdout.replace(/\n$/, ''));
    });
  });
}
