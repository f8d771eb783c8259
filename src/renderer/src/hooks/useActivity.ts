// The counter's activity for a range of local days (sales, top-ups, refunds, receipts, settings, shifts),
// oldest first, fetched again when the range changes, when a sale's record changes and when the overview
// changes (a setting saved, a shift started or ended). The previous rows stay meanwhile.
import type { DateRange, Result } from '../../../shared/api';
import type { ActivityEntry } from '../../../shared/activity';
import type { ConsoleBridge } from '../../../shared/channels';
import { useBridgeQuery, type Load } from './useBridgeQuery';
import { useEventGeneration, type Subscription } from './useEventGeneration';

type ActivityLoad = Load<ActivityEntry[]>;

const askActivity = (bridge: ConsoleBridge, range: DateRange): Promise<Result<ActivityEntry[]>> =>
  bridge.listActivity(range);
const activityChanges: Subscription = (bridge, listener) => [bridge.onSale(listener), bridge.onOverview(listener)];

/** `range` null: nothing to ask (a day missing, or the days backwards). */
export function useActivity(range: DateRange | null): ActivityLoad {
  const generation = useEventGeneration(activityChanges);
  const load = useBridgeQuery(range, askActivity, { generation, keepStale: true });
  return load.status === 'idle' ? { status: 'loading' } : load; // never idle: keepStale shows the last rows
}
