// Which screen the counter window shows, and every way from one screen to another, in one place. Plain
// TypeScript (React holds it through useNavigation), so each transition is unit-tested on its own.
//
// The screens stack in layers. At the bottom, selling: the catalogue, or a package being confirmed; a
// current handoff (main's, not ours) covers both. Customer care lies over selling (its look-up, then the
// packages for a top-up or a second eSIM, then their confirm screen). Settings or History lie over
// everything, the close-of-day report over History. With a list of clerks and nobody on shift, the shift picker comes before selling and care
// (not before a handoff already on screen, nor before Settings or History). Dialogs lie over a screen: the
// help sheet over any, the refund dialog (with its manager PIN) and the QR shown again over care only, and
// such a dialog closes when its screen goes. "back" is Escape, or a Close or Back button: one step down.
import type { CarePackage, EsimQr, Lookup } from '../../shared/care';
import type { CareSaleCustomer, SaleDraft } from './screens/confirm/saleDraft';
import type { HistoryFocus } from './screens/history/HistoryFilters';

export type Screen =
  | 'catalogue'
  | 'confirm'
  | 'handoff'
  | 'shift'
  | 'care'
  | 'care-picker'
  | 'care-confirm'
  | 'history'
  | 'report'
  | 'settings';

export interface HistoryOpening {
  /** Opened from a header badge ("being checked", "charged twice"): those sales, whatever their day. */
  focus: HistoryFocus;
}

interface CareOpening {
  /** Opened from History: look this customer up at once. */
  lookup?: Lookup;
}

/** What the care picker offers packages for: the sale and customer, and their coverage set when known. */
export interface PickFor {
  target: CareSaleCustomer;
  coverageSet?: string;
}

export type Dialog =
  | { kind: 'help' }
  /** Refunding a package: the reason, and the manager PIN while the console is locked. */
  | { kind: 'refund'; pkg: CarePackage }
  /** A customer's QR read again from Gigastore. */
  | { kind: 'reshow'; qr: EsimQr };

export interface CareNavigation {
  opening: CareOpening;
  /** A top-up or a second eSIM: its package is being picked. */
  picking: PickFor | null;
  /** The picked package being confirmed. */
  draft: SaleDraft | null;
}

/** What main decides and the renderer only hears about. */
export interface CounterFacts {
  /** A sale is on the handoff screen. */
  handoff: boolean;
  /** The counter has clerks and nobody started a shift. */
  shiftNeeded: boolean;
}

export interface Navigation {
  facts: CounterFacts;
  /** A first sale being confirmed; null: the catalogue. */
  draft: SaleDraft | null;
  care: CareNavigation | null;
  /** The close-of-day report lies over History, and goes back to it as it was opened. */
  overlay:
    | { screen: 'settings' }
    | { screen: 'history'; opening: HistoryOpening }
    | { screen: 'report'; opening: HistoryOpening }
    | null;
  dialog: Dialog | null;
  /** The sale History put back on the handoff screen: its handoff warns that the code installs only once. */
  reshownSaleId: string | null;
}

export type NavigationEvent =
  /** main said a handoff came or went, or a shift is needed or not. */
  | { type: 'facts'; facts: CounterFacts }
  | { type: 'open-settings' }
  | { type: 'open-history'; focus: HistoryFocus }
  /** History's "Close of day": the Z report of a day or shift. */
  | { type: 'open-report' }
  | { type: 'open-care'; opening: CareOpening }
  /** A package picked in the catalogue, or in the care picker: its confirm screen. */
  | { type: 'pick'; draft: SaleDraft }
  /** The confirm screen's fields changed. */
  | { type: 'edit-draft'; draft: SaleDraft }
  /** Care: a top-up or a second eSIM for the opened customer; its package is picked next. */
  | { type: 'sell-to-customer'; pickFor: PickFor }
  /** main answered Activate with the handoff, which takes the screen. */
  | { type: 'sale-started'; careSale: boolean }
  /** main let the clerk leave the handoff (New sale). */
  | { type: 'handoff-left' }
  /** History put a sale back on the handoff screen. */
  | { type: 'sale-reshown'; saleId: string }
  | { type: 'back' }
  | { type: 'open-dialog'; dialog: Dialog }
  /** Names the dialog: a close event that comes late from one dialog never closes another. */
  | { type: 'close-dialog'; kind: Dialog['kind'] };

export function startNavigation(facts: CounterFacts): Navigation {
  return { facts, draft: null, care: null, overlay: null, dialog: null, reshownSaleId: null };
}

export function screenOf(navigation: Navigation): Screen {
  const { overlay, facts, care } = navigation;
  if (overlay) return overlay.screen;
  if (facts.shiftNeeded && !facts.handoff) return 'shift';
  if (care) return care.draft ? 'care-confirm' : care.picking ? 'care-picker' : 'care';
  if (facts.handoff) return 'handoff';
  return navigation.draft ? 'confirm' : 'catalogue';
}

/** The screen a dialog belongs to; null: any (the help sheet). */
function screenOfDialog(dialog: Dialog): Screen | null {
  return dialog.kind === 'help' ? null : 'care';
}

/** The package being confirmed, which the customer display shows too; none once a handoff is on. */
export function confirmingDraft(navigation: Navigation): SaleDraft | null {
  const { facts, care } = navigation;
  if (facts.handoff || facts.shiftNeeded) return null;
  return care ? care.draft : navigation.draft;
}

/** The window's own keys on this screen (a screen's own keys, Escape among them, are the screen's). */
export function shortcutEvents(navigation: Navigation): Record<string, NavigationEvent> {
  const { overlay, care, dialog, facts } = navigation;
  if (dialog) return {}; // a dialog keeps its keys to itself
  const help: NavigationEvent = { type: 'open-dialog', dialog: { kind: 'help' } };
  return {
    F1: help,
    '?': help,
    ...(overlay ? {} : { h: { type: 'open-history', focus: 'all' } }),
    ...(overlay || care || facts.shiftNeeded ? {} : { c: { type: 'open-care', opening: {} } }),
  };
}

export function navigate(navigation: Navigation, event: NavigationEvent): Navigation {
  return closeOrphanDialog(transition(navigation, event));
}

function transition(navigation: Navigation, event: NavigationEvent): Navigation {
  const screen = screenOf(navigation);
  switch (event.type) {
    case 'facts':
      return { ...navigation, facts: event.facts };
    case 'open-settings':
      return { ...navigation, overlay: { screen: 'settings' } };
    case 'open-history':
      return { ...navigation, overlay: { screen: 'history', opening: { focus: event.focus } } };
    case 'open-report':
      return navigation.overlay?.screen === 'history'
        ? { ...navigation, overlay: { screen: 'report', opening: navigation.overlay.opening } }
        : navigation;
    case 'open-care':
      // Selling and care both wait for a clerk on shift.
      if (navigation.facts.shiftNeeded) return navigation;
      return { ...navigation, overlay: null, care: { opening: event.opening, picking: null, draft: null } };
    case 'pick':
      if (screen === 'catalogue') return { ...navigation, draft: event.draft };
      if (screen === 'care-picker') return withCare(navigation, { draft: event.draft });
      return navigation;
    case 'edit-draft':
      if (screen === 'confirm') return { ...navigation, draft: event.draft };
      if (screen === 'care-confirm') return withCare(navigation, { draft: event.draft });
      return navigation;
    case 'sell-to-customer':
      return screen === 'care' ? withCare(navigation, { picking: event.pickFor }) : navigation;
    case 'sale-started':
      // The confirm screen is done with; a care sale's handoff takes the screen from care.
      return event.careSale ? { ...navigation, care: null } : { ...navigation, draft: null };
    case 'handoff-left':
      return { ...navigation, draft: null, reshownSaleId: null };
    case 'sale-reshown':
      // The clerk asked to see that sale: nothing of care stays over it.
      return { ...navigation, overlay: null, care: null, reshownSaleId: event.saleId };
    case 'back':
      return back(navigation, screen);
    case 'open-dialog':
      return openDialog(navigation, event.dialog, screen);
    case 'close-dialog':
      return navigation.dialog?.kind === event.kind ? { ...navigation, dialog: null } : navigation;
  }
}

/** One step down: the dialog, then the screen on top. A handoff is left through main, never from here. */
function back(navigation: Navigation, screen: Screen): Navigation {
  if (navigation.dialog) return { ...navigation, dialog: null };
  switch (screen) {
    case 'settings':
    case 'history':
      return { ...navigation, overlay: null };
    case 'report':
      return navigation.overlay?.screen === 'report'
        ? { ...navigation, overlay: { screen: 'history', opening: navigation.overlay.opening } }
        : navigation;
    case 'care-confirm':
      return withCare(navigation, { draft: null });
    case 'care-picker':
      return withCare(navigation, { picking: null });
    case 'care':
      return { ...navigation, care: null };
    case 'confirm':
      return { ...navigation, draft: null };
    case 'catalogue':
    case 'handoff':
    case 'shift':
      return navigation;
  }
}

function openDialog(navigation: Navigation, dialog: Dialog, screen: Screen): Navigation {
  if (navigation.dialog) return navigation; // one at a time: the open one answers its own keys
  const home = screenOfDialog(dialog);
  return home === null || home === screen ? { ...navigation, dialog } : navigation;
}

function withCare(navigation: Navigation, change: Partial<CareNavigation>): Navigation {
  return navigation.care ? { ...navigation, care: { ...navigation.care, ...change } } : navigation;
}

/** A dialog of a screen no longer shown closes with it (it would otherwise come back with the screen). */
function closeOrphanDialog(navigation: Navigation): Navigation {
  const { dialog } = navigation;
  if (!dialog) return navigation;
  const home = screenOfDialog(dialog);
  return home === null || home === screenOf(navigation) ? navigation : { ...navigation, dialog: null };
}
