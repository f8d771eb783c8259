// The one stream of changes main pushes to the windows: the counter window's events (the sale on screen,
// the overview, a sale's record for History) and the customer display's view. index.ts forwards each
// event to its window; the browser tests' binding and the unit tests listen to the same stream.
import type { ConsoleEvents } from '../../../shared/api';
import type { CustomerView } from '../../../shared/customer-view';

interface StreamEvents extends ConsoleEvents {
  /** The customer display's whole view (its window can call nothing). */
  customerView: CustomerView;
}
type StreamEvent = keyof StreamEvents;
type Listener<E extends StreamEvent> = (payload: StreamEvents[E]) => void;

export class ConsoleStream {
  private readonly listeners: { [E in StreamEvent]: Set<Listener<E>> } = {
    handoff: new Set(),
    overview: new Set(),
    sale: new Set(),
    customerView: new Set(),
  };

  /** Listens to one event; returns the unsubscribe. */
  readonly on = <E extends StreamEvent>(event: E, listener: Listener<E>): (() => void) => {
    const listeners = this.listeners[event] as Set<Listener<E>>;
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  emit<E extends StreamEvent>(event: E, payload: StreamEvents[E]): void {
    for (const listener of this.listeners[event] as Set<Listener<E>>) listener(payload);
  }

  /** Whether anyone listens to the event (a view nobody is shown is not computed). */
  heard(event: StreamEvent): boolean {
    return this.listeners[event].size > 0;
  }
}
