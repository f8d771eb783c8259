// Which screen the customer display opens on. A counter usually has the clerk's screen (the primary
// display) and a second monitor facing the customer. Auto picks a non-primary display; a display chosen in
// settings wins while it is connected; with a single screen there is no customer window at all (the
// clerk turns the counter window, which already shows the QR large).
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  label?: string;
}

export type CustomerDisplaySetting = 'auto' | 'off' | number;

type DisplayChoice =
  | { display: DisplayInfo; reason: 'chosen' | 'auto' }
  | { display: null; reason: 'off' | 'single-screen' | 'no-screen' };

export function chooseCustomerDisplay(
  displays: readonly DisplayInfo[],
  primaryId: number | undefined,
  setting: CustomerDisplaySetting,
): DisplayChoice {
  if (setting === 'off') return { display: null, reason: 'off' };
  if (displays.length === 0) return { display: null, reason: 'no-screen' };
  if (typeof setting === 'number') {
    const chosen = displays.find((display) => display.id === setting);
    if (chosen && chosen.id !== primaryId) return { display: chosen, reason: 'chosen' };
  }
  // Left to right, so the same monitor is picked every time the displays are listed.
  const others = displays
    .filter((display) => display.id !== primaryId)
    .sort((a, b) => a.bounds.x - b.bounds.x || a.id - b.id);
  const [first] = others;
  return first ? { display: first, reason: 'auto' } : { display: null, reason: 'single-screen' };
}
