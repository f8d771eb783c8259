// Shifts as the update scheduler needs them, read from the overview the console sends on every change:
// the clerk's name going away is the end of a shift (End shift), a name appearing is the start of one.
import type { Overview } from '../../../shared/api';

export interface ShiftListener {
  shiftEnded(): void;
  shiftStarted(): void;
}

export function followShifts(
  events: { on(event: 'overview', listener: (overview: Overview) => void): () => void },
  listener: ShiftListener,
): () => void {
  let clerk: string | undefined;
  return events.on('overview', (overview) => {
    const next = overview.shift.clerk;
    if (clerk !== undefined && next === undefined) listener.shiftEnded();
    if (next !== undefined && next !== clerk) listener.shiftStarted();
    clerk = next;
  });
}
