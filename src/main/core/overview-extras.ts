// Adds what the console object itself does not know to every overview it hands out: the organisation's
// policy (which settings are managed, or why the policy was refused) and the app update the clerk should
// know about. Every transport (the IPC bridge, the browser tests' binding) binds the wrapped object, so an
// overview answered by a call, pushed as an event or refreshed because an update became ready carries
// the same extras. Nothing else passes through differently.
import type { ConsoleApi, ConsoleEventName, ConsoleEvents, ConsoleMethod, Overview } from '../../shared/api';
import { CONSOLE_METHODS } from '../../shared/channels';
import type { UpdateView } from '../../shared/updates';
import { policyView, type PolicyState } from './policy/policy-file';

export type OverviewExtras = Pick<Overview, 'policy' | 'update'>;

type Listener<E extends ConsoleEventName> = (payload: ConsoleEvents[E]) => void;

/** A ConsoleApi with its events, as the bridges bind it. */
export interface ConsoleWithEvents extends ConsoleApi {
  on<E extends ConsoleEventName>(event: E, listener: Listener<E>): () => void;
}

/** The calls that answer with an overview; the `satisfies` fails the type check when one is missing. */
type OverviewMethod = {
  [M in ConsoleMethod]: Awaited<ReturnType<ConsoleApi[M]>> extends Overview ? M : never;
}[ConsoleMethod];
const ANSWERS_OVERVIEW = {
  getOverview: true,
  setMode: true,
  setCredentials: true,
  setManagerPin: true,
  unlockManager: true,
  lockManager: true,
  resetManagerPin: true,
  startShift: true,
  endShift: true,
} satisfies Record<OverviewMethod, true>;
const answersOverview = (method: ConsoleMethod): method is OverviewMethod => Object.hasOwn(ANSWERS_OVERVIEW, method);

export interface WithExtras {
  api: ConsoleWithEvents;
  /** Sends the overview again (to every listener), for when the extras changed and the console did not. */
  refresh(): Promise<void>;
}

export function withOverviewExtras(inner: ConsoleWithEvents, extras: () => OverviewExtras): WithExtras {
  const add = (overview: Overview): Overview => ({ ...overview, ...extras() });
  const overviewListeners = new Set<Listener<'overview'>>();
  inner.on('overview', (overview) => overviewListeners.forEach((listener) => listener(add(overview))));

  const calls: Record<string, unknown> = {};
  for (const method of CONSOLE_METHODS) {
    // Looked up at each call, so the wrapper always calls what the console holds now.
    const call = (args: unknown[]) => (inner[method] as (...args: unknown[]) => Promise<unknown>).apply(inner, args);
    calls[method] = answersOverview(method)
      ? async (...args: unknown[]) => add((await call(args)) as Overview)
      : (...args: unknown[]) => call(args);
  }
  const on = <E extends ConsoleEventName>(event: E, listener: Listener<E>): (() => void) => {
    if (event !== 'overview') return inner.on(event, listener);
    const overviewListener = listener as Listener<'overview'>;
    overviewListeners.add(overviewListener);
    return () => overviewListeners.delete(overviewListener);
  };
  const api = { ...calls, on } as unknown as ConsoleWithEvents;
  return {
    api,
    refresh: async () => {
      const overview = await api.getOverview();
      overviewListeners.forEach((listener) => listener(overview));
    },
  };
}

/** The extras of a counter: its policy (when it has one) and the update the clerk should know about. */
export function overviewExtrasOf(
  policy: PolicyState,
  updates: { view(): UpdateView | undefined } | undefined,
): OverviewExtras {
  const update = updates?.view();
  return { ...(policy.status === 'none' ? {} : { policy: policyView(policy) }), ...(update ? { update } : {}) };
}
