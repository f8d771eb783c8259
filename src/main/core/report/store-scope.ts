// Which sales a report or the store-wide History covers. A store is the counters whose ids share the part
// before their last "-" (VIE3-1 and VIE3-2 are store VIE3; VIE3-10 is too, VIE30-1 is not). A counter id
// with no "-" belongs to no store: its store-wide view is the whole Gigastore account.
import { counterOfSaleId } from '../sale-id';

/** The store a counter belongs to, or null when its id has no "-" (then: the whole account). */
export function storeOf(counterId: string): string | null {
  const dash = counterId.lastIndexOf('-');
  return dash < 0 ? null : counterId.slice(0, dash);
}

export interface Scope {
  counterId: string;
  storeWide: boolean;
  /** The counter's store, or null when its id has no "-" (its store-wide view is the whole account). */
  store: string | null;
  /** Whether a package Gigastore sold under this metatag is in the scope. */
  covers(metatag: string | null | undefined): boolean;
  /** Whether a sale of this counter id is in the scope. */
  coversCounter(counterId: string): boolean;
}

/** This counter alone, or (storeWide) every counter of its store. */
export function scopeOf(counterId: string, storeWide: boolean): Scope {
  const store = storeOf(counterId);
  const wholeAccount = storeWide && store === null;
  const coversCounter = (candidate: string) =>
    wholeAccount || (storeWide ? storeOf(candidate) === store : candidate === counterId);
  return {
    counterId,
    storeWide,
    store,
    coversCounter,
    covers: (metatag) => {
      // The whole account holds packages sold elsewhere too (the portal, other software): all of them.
      if (wholeAccount) return true;
      const counter = metatag ? counterOfSaleId(metatag) : undefined;
      return counter !== undefined && coversCounter(counter);
    },
  };
}
