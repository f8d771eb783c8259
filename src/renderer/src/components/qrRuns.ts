// The QR matrix as horizontal runs of dark modules, the shape the SVG draws: one rectangle per run keeps
// the element count low and, with crispEdges, leaves no hairline seams between neighbouring modules.
import { create } from 'qrcode';
import { formatActivationCode } from '../../../shared/lpa';

/** ISO/IEC 18004 asks for a quiet zone of at least 4 modules; phones scan faster with it. */
const QUIET_ZONE_MODULES = 4;

interface DarkRun {
  row: number;
  column: number;
  length: number;
}

interface QrRuns {
  /** Modules per side including the quiet zone on both sides. */
  sideModules: number;
  runs: DarkRun[];
}

export function qrRuns(text: string): QrRuns {
  const { size, data } = create(text, { errorCorrectionLevel: 'M' }).modules;
  const runs: DarkRun[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column += 1;
      runs.push({ row: row + QUIET_ZONE_MODULES, column: start + QUIET_ZONE_MODULES, length: column - start });
    }
  }
  return { sideModules: size + 2 * QUIET_ZONE_MODULES, runs };
}

/** The dark modules as one SVG path: one element to lay out and paint, however many runs there are. */
export function qrPath(runs: readonly DarkRun[]): string {
  return runs.map(({ row, column, length }) => `M${column} ${row}h${length}v1h-${length}z`).join('');
}

/**
 * Encodes a throw-away code once the window is idle, so the first sale of the day does not pay for the
 * encoder's first run (about 15 ms before the JIT has seen it, against 2 ms after) between the Activate
 * key and the QR on screen.
 */
export function warmUpQrEncoder(): void {
  // Shaped like a real code (the same length class), so the encoder takes the path a sale's code takes.
  const code = formatActivationCode({ smdpAddress: 'warm-up.invalid', matchingId: 'WARM0-UP000-WARM0-UP000' });
  requestIdleCallback(() => qrRuns(code), { timeout: 2_000 });
}
