// Which days of History's list have a close of day that differs from Gigastore (issue 15: "a day with a
// difference is shown in red on the report and in History"). main's report decides (the same Z report the
// report screen shows, this counter's); History asks for it only once its list is on screen, one day after
// another, newest first, and for a few days at most: the marks come after the list and never hold it up.
import { useEffect, useState } from 'react';
import { useBridge } from './useConsole';

/** A report reads Gigastore's sales list twice: a long range is checked for its newest days only. */
const MAX_CHECKED_DAYS = 7;
const NONE: ReadonlySet<string> = new Set();

/** The days (YYYY-MM-DD, local) among `days` whose report found a difference; empty while they are asked. */
export function useFlaggedDays(days: readonly string[] | null): ReadonlySet<string> {
  const bridge = useBridge();
  const [flagged, setFlagged] = useState<{ key: string; days: ReadonlySet<string> } | null>(null);
  const checked = days ? [...new Set(days)].sort().reverse().slice(0, MAX_CHECKED_DAYS) : [];
  const key = checked.join(',');

  useEffect(() => {
    if (key === '') return;
    let stopped = false;
    void (async () => {
      const found = new Set<string>();
      for (const day of key.split(',')) {
        const result = await bridge.zReport({ day }, false);
        if (stopped) return;
        // A report that cannot be made now marks nothing: the report screen says why.
        if (result.ok && result.value.flagged) found.add(day);
        setFlagged({ key, days: new Set(found) });
      }
    })();
    return () => {
      stopped = true;
    };
  }, [bridge, key]);

  return flagged?.key === key ? flagged.days : NONE;
}
