// The counter window's navigation (src/renderer/src/navigation.ts): every transition, Escape ("back") from
// each screen, the window's own keys, and what happens to an open dialog (the refund dialog with its
// manager PIN, the QR shown again, the help sheet) on Escape and when the screen changes under it.
import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../src/shared/catalogue';
import type { CarePackage } from '../../src/shared/care';
import {
  confirmingDraft,
  navigate,
  screenOf,
  shortcutEvents,
  startNavigation,
  type CounterFacts,
  type Dialog,
  type Navigation,
  type NavigationEvent,
  type PickFor,
  type Screen,
} from '../../src/renderer/src/navigation';
import { newDraft } from '../../src/renderer/src/screens/confirm/saleDraft';

const AUSTRIA: CatalogueItem = {
  id: 'at-3gb',
  name: 'Austria 3 GB',
  sizeValue: 3,
  sizeUnit: 'GB',
  validitySize: 30,
  validityUnit: 'DAY',
  validityUnlimited: false,
  countrySet: 'AT',
  coverage: 'country',
  retailPrice: { priceValue: 4.5, currencyCode: 'EUR' },
};
const FIRST_SALE = newDraft(AUSTRIA, undefined);
const TOPUP: PickFor = { target: { kind: 'topup', customerUid: 'cust-1', email: 'jo@example.com' }, coverageSet: 'AT' };
const TOPUP_DRAFT = newDraft(AUSTRIA, undefined, TOPUP.target);
const PKG: CarePackage = { uid: 'pkg-1', name: 'Austria 3 GB', refunded: false };
const REFUND: Dialog = { kind: 'refund', pkg: PKG };
const RESHOW: Dialog = {
  kind: 'reshow',
  qr: { iccid: '8944000000000000001', activationCode: 'LPA:1$smdp.example$AB-1' },
};
const HELP: Dialog = { kind: 'help' };

const IDLE: CounterFacts = { handoff: false, shiftNeeded: false };
const SELLING: CounterFacts = { handoff: true, shiftNeeded: false };
const NO_CLERK: CounterFacts = { handoff: false, shiftNeeded: true };

const BACK: NavigationEvent = { type: 'back' };
const OPEN_CARE: NavigationEvent = { type: 'open-care', opening: {} };
const OPEN_SETTINGS: NavigationEvent = { type: 'open-settings' };
const OPEN_HISTORY: NavigationEvent = { type: 'open-history', focus: 'all' };
const openDialog = (dialog: Dialog): NavigationEvent => ({ type: 'open-dialog', dialog });

function walk(from: Navigation | CounterFacts, ...events: NavigationEvent[]): Navigation {
  const start = 'facts' in from ? from : startNavigation(from);
  return events.reduce(navigate, start);
}

/** A way to reach each screen, by transitions only. */
const REACH: Record<Screen, () => Navigation> = {
  catalogue: () => walk(IDLE),
  confirm: () => walk(IDLE, { type: 'pick', draft: FIRST_SALE }),
  handoff: () => walk(SELLING),
  shift: () => walk(NO_CLERK),
  care: () => walk(IDLE, OPEN_CARE),
  'care-picker': () => walk(REACH.care(), { type: 'sell-to-customer', pickFor: TOPUP }),
  'care-confirm': () => walk(REACH['care-picker'](), { type: 'pick', draft: TOPUP_DRAFT }),
  history: () => walk(IDLE, OPEN_HISTORY),
  report: () => walk(REACH.history(), { type: 'open-report' }),
  settings: () => walk(IDLE, OPEN_SETTINGS),
};
const SCREENS = Object.keys(REACH) as Screen[];

describe('screens', () => {
  it.each(SCREENS)('%s is reached by its transitions', (screen) => {
    expect(screenOf(REACH[screen]())).toBe(screen);
  });

  it('starts on the catalogue, or on the shift picker when a clerk must give a name first', () => {
    expect(screenOf(startNavigation(IDLE))).toBe('catalogue');
    expect(screenOf(startNavigation(NO_CLERK))).toBe('shift');
  });
});

describe('Escape (back) goes one step down from each screen', () => {
  const cases: Array<[Screen, Screen]> = [
    ['catalogue', 'catalogue'],
    ['confirm', 'catalogue'],
    ['handoff', 'handoff'], // leaving a handoff is main's decision (New sale), never a navigation step
    ['shift', 'shift'],
    ['care', 'catalogue'],
    ['care-picker', 'care'],
    ['care-confirm', 'care-picker'],
    ['history', 'catalogue'],
    ['report', 'history'],
    ['settings', 'catalogue'],
  ];
  it.each(cases)('from %s to %s', (screen, below) => {
    expect(screenOf(navigate(REACH[screen](), BACK))).toBe(below);
  });

  it('changes nothing where there is nothing below', () => {
    for (const screen of ['catalogue', 'handoff', 'shift'] as const) {
      const before = REACH[screen]();
      expect(navigate(before, BACK)).toEqual(before);
    }
  });

  it('from Settings or History returns to whatever lay below: care, a handoff, the shift picker', () => {
    expect(screenOf(walk(REACH.care(), OPEN_SETTINGS, BACK))).toBe('care');
    expect(screenOf(walk(REACH.handoff(), OPEN_HISTORY, BACK))).toBe('handoff');
    expect(screenOf(walk(REACH.shift(), OPEN_SETTINGS, BACK))).toBe('shift');
  });

  it('from care over a handoff shows the handoff again', () => {
    expect(screenOf(walk(SELLING, OPEN_CARE, BACK))).toBe('handoff');
  });

  it('back from the confirm screen forgets the draft, from a care confirm only the care draft', () => {
    expect(walk(REACH.confirm(), BACK).draft).toBeNull();
    const care = walk(REACH['care-confirm'](), BACK).care;
    expect(care).toEqual({ opening: {}, picking: TOPUP, draft: null });
  });
});

describe('transitions', () => {
  it('Settings and History lie over any screen and replace each other', () => {
    for (const screen of SCREENS) {
      expect(screenOf(navigate(REACH[screen](), OPEN_SETTINGS))).toBe('settings');
      expect(screenOf(navigate(REACH[screen](), OPEN_HISTORY))).toBe('history');
    }
    const history = walk(REACH.settings(), { type: 'open-history', focus: 'double-charged' });
    expect(history.overlay).toEqual({ screen: 'history', opening: { focus: 'double-charged' } });
    expect(screenOf(navigate(history, BACK))).toBe('catalogue'); // not back to Settings
  });

  it('the close-of-day report opens from History only, and goes back to History as it was opened', () => {
    const fromBadge = walk(IDLE, { type: 'open-history', focus: 'double-charged' }, { type: 'open-report' });
    expect(fromBadge.overlay).toEqual({ screen: 'report', opening: { focus: 'double-charged' } });
    expect(walk(fromBadge, BACK).overlay).toEqual({ screen: 'history', opening: { focus: 'double-charged' } });
    for (const screen of SCREENS.filter((each) => each !== 'history')) {
      const before = REACH[screen]();
      expect(navigate(before, { type: 'open-report' })).toBe(before);
    }
  });

  it('customer care opens over selling and a handoff, closes Settings or History, and waits for a clerk', () => {
    expect(screenOf(walk(REACH.confirm(), OPEN_CARE))).toBe('care');
    expect(screenOf(walk(REACH.handoff(), OPEN_CARE))).toBe('care');
    const fromHistory = walk(REACH.history(), { type: 'open-care', opening: { lookup: { email: 'jo@example.com' } } });
    expect(fromHistory.overlay).toBeNull();
    expect(fromHistory.care?.opening).toEqual({ lookup: { email: 'jo@example.com' } });
    const waiting = REACH.shift();
    expect(navigate(waiting, OPEN_CARE)).toBe(waiting);
  });

  it('opening care again from inside care goes back to its look-up', () => {
    const again = walk(REACH['care-confirm'](), OPEN_CARE);
    expect(screenOf(again)).toBe('care');
    expect(again.care).toEqual({ opening: {}, picking: null, draft: null });
  });

  it('a pick confirms a first sale from the catalogue, a care sale from the care picker, and nothing elsewhere', () => {
    expect(REACH.confirm().draft).toBe(FIRST_SALE);
    expect(REACH['care-confirm']().care?.draft).toBe(TOPUP_DRAFT);
    for (const screen of ['confirm', 'handoff', 'shift', 'care', 'care-confirm', 'history', 'settings'] as const) {
      const before = REACH[screen]();
      expect(navigate(before, { type: 'pick', draft: FIRST_SALE })).toBe(before);
    }
  });

  it('an edit changes the draft on screen only', () => {
    const edited = { ...FIRST_SALE, customerEmail: 'jo@example.com' };
    expect(walk(REACH.confirm(), { type: 'edit-draft', draft: edited }).draft).toBe(edited);
    const careEdited = { ...TOPUP_DRAFT, customerCountry: 'AT' };
    expect(walk(REACH['care-confirm'](), { type: 'edit-draft', draft: careEdited }).care?.draft).toBe(careEdited);
    const settings = walk(REACH.confirm(), OPEN_SETTINGS);
    expect(navigate(settings, { type: 'edit-draft', draft: edited })).toBe(settings);
  });

  it('a sale to a customer starts only from the care screen', () => {
    for (const screen of SCREENS.filter((candidate) => candidate !== 'care')) {
      const before = REACH[screen]();
      expect(navigate(before, { type: 'sell-to-customer', pickFor: TOPUP })).toBe(before);
    }
  });

  it("a started first sale drops its draft; the handoff (main's) then takes the screen", () => {
    const started = walk(REACH.confirm(), { type: 'sale-started', careSale: false });
    expect(started.draft).toBeNull();
    expect(screenOf(navigate(started, { type: 'facts', facts: SELLING }))).toBe('handoff');
  });

  it('a started care sale closes care, so its handoff is on screen', () => {
    const started = walk(
      REACH['care-confirm'](),
      { type: 'sale-started', careSale: true },
      { type: 'facts', facts: SELLING },
    );
    expect(started.care).toBeNull();
    expect(screenOf(started)).toBe('handoff');
  });

  it('leaving the handoff goes back to the catalogue and forgets a sale shown again', () => {
    const reshown = walk(REACH.history(), { type: 'sale-reshown', saleId: 'S-1' }, { type: 'facts', facts: SELLING });
    expect(screenOf(reshown)).toBe('handoff');
    expect(reshown.reshownSaleId).toBe('S-1');
    const left = walk(reshown, { type: 'handoff-left' }, { type: 'facts', facts: IDLE });
    expect(left.reshownSaleId).toBeNull();
    expect(screenOf(left)).toBe('catalogue');
  });

  it('a sale shown again from History is not hidden behind care opened earlier', () => {
    const shown = walk(IDLE, OPEN_CARE, OPEN_HISTORY, { type: 'sale-reshown', saleId: 'S-1' });
    expect(screenOf(navigate(shown, { type: 'facts', facts: SELLING }))).toBe('handoff');
  });

  it('the facts decide between selling, the handoff and the shift picker', () => {
    expect(screenOf(walk(REACH.confirm(), { type: 'facts', facts: SELLING }))).toBe('handoff');
    // A shift ended while a sale is on screen: the handoff stays until it is left.
    expect(screenOf(walk(REACH.handoff(), { type: 'facts', facts: { handoff: true, shiftNeeded: true } }))).toBe(
      'handoff',
    );
    expect(screenOf(walk(REACH.care(), { type: 'facts', facts: NO_CLERK }))).toBe('shift');
    expect(screenOf(walk(REACH.settings(), { type: 'facts', facts: NO_CLERK }))).toBe('settings');
    // The clerk's name given: the confirm screen the shift interrupted is back.
    expect(screenOf(walk(REACH.confirm(), { type: 'facts', facts: NO_CLERK }, { type: 'facts', facts: IDLE }))).toBe(
      'confirm',
    );
  });

  it('the customer display is shown the package being confirmed, and nothing once a handoff or the shift picker is on', () => {
    expect(confirmingDraft(REACH.catalogue())).toBeNull();
    expect(confirmingDraft(REACH.confirm())).toBe(FIRST_SALE);
    expect(confirmingDraft(REACH['care-confirm']())).toBe(TOPUP_DRAFT);
    expect(confirmingDraft(walk(REACH.confirm(), OPEN_SETTINGS))).toBe(FIRST_SALE);
    expect(confirmingDraft(walk(REACH.confirm(), OPEN_CARE))).toBeNull(); // care's own draft (none yet)
    expect(confirmingDraft(walk(REACH.confirm(), { type: 'facts', facts: SELLING }))).toBeNull();
    expect(confirmingDraft(walk(REACH.confirm(), { type: 'facts', facts: NO_CLERK }))).toBeNull();
  });
});

describe("the window's own keys", () => {
  const keys = (navigation: Navigation) => Object.keys(shortcutEvents(navigation)).sort();

  it('F1 and ? open help anywhere; H opens History and C customer care where they are not already open', () => {
    expect(keys(REACH.catalogue())).toEqual(['?', 'F1', 'c', 'h']);
    expect(keys(REACH.handoff())).toEqual(['?', 'F1', 'c', 'h']);
    expect(keys(REACH.care())).toEqual(['?', 'F1', 'h']);
    expect(keys(REACH['care-picker']())).toEqual(['?', 'F1', 'h']);
    expect(keys(REACH.shift())).toEqual(['?', 'F1', 'h']);
    expect(keys(REACH.history())).toEqual(['?', 'F1']);
    expect(keys(REACH.settings())).toEqual(['?', 'F1']);
    expect(shortcutEvents(REACH.catalogue()).h).toEqual(OPEN_HISTORY);
    expect(shortcutEvents(REACH.catalogue()).c).toEqual(OPEN_CARE);
  });

  it('none while a dialog is open: the dialog keeps its keys', () => {
    expect(keys(walk(IDLE, openDialog(HELP)))).toEqual([]);
    expect(keys(walk(REACH.care(), openDialog(REFUND)))).toEqual([]);
  });
});

describe('dialogs', () => {
  it('the help sheet opens over any screen', () => {
    for (const screen of SCREENS) expect(navigate(REACH[screen](), openDialog(HELP)).dialog).toEqual(HELP);
  });

  it('the refund dialog (manager PIN) and the QR shown again open over care only', () => {
    expect(walk(REACH.care(), openDialog(REFUND)).dialog).toEqual(REFUND);
    expect(walk(REACH.care(), openDialog(RESHOW)).dialog).toEqual(RESHOW);
    for (const screen of SCREENS.filter((candidate) => candidate !== 'care')) {
      expect(navigate(REACH[screen](), openDialog(REFUND)).dialog).toBeNull();
    }
  });

  it('one at a time: a second dialog does not replace the open one', () => {
    expect(walk(REACH.care(), openDialog(REFUND), openDialog(HELP)).dialog).toEqual(REFUND);
    expect(walk(REACH.care(), openDialog(HELP), openDialog(RESHOW)).dialog).toEqual(HELP);
  });

  it('Escape with a dialog open closes only the dialog: the screen under it stays', () => {
    for (const dialog of [REFUND, RESHOW, HELP]) {
      const escaped = walk(REACH.care(), openDialog(dialog), BACK);
      expect(escaped.dialog).toBeNull();
      expect(screenOf(escaped)).toBe('care');
    }
    expect(screenOf(walk(REACH.confirm(), openDialog(HELP), BACK))).toBe('confirm');
  });

  it("a dialog's own close names it: a late close event of another dialog leaves it open", () => {
    const refunding = walk(REACH.care(), openDialog(REFUND));
    expect(navigate(refunding, { type: 'close-dialog', kind: 'help' })).toBe(refunding);
    expect(navigate(refunding, { type: 'close-dialog', kind: 'refund' }).dialog).toBeNull();
  });

  it('the refund dialog closes when its screen goes, and does not come back with it', () => {
    const refunding = walk(REACH.care(), openDialog(REFUND));
    const leaving: NavigationEvent[] = [
      OPEN_SETTINGS,
      OPEN_HISTORY,
      { type: 'facts', facts: NO_CLERK }, // the shift ended: the shift picker takes the screen
      { type: 'sale-reshown', saleId: 'S-1' },
    ];
    for (const event of leaving) {
      const away = navigate(refunding, event);
      expect(away.dialog).toBeNull();
      expect(navigate(away, BACK).dialog).toBeNull();
    }
    expect(walk(refunding, OPEN_SETTINGS, BACK).dialog).toBeNull();
    expect(screenOf(walk(refunding, OPEN_SETTINGS, BACK))).toBe('care');
  });

  it('the refund dialog stays open while main changes what lies under care (a handoff arriving)', () => {
    expect(walk(REACH.care(), openDialog(REFUND), { type: 'facts', facts: SELLING }).dialog).toEqual(REFUND);
  });

  it('the help sheet stays open when the screen under it changes (a sale answered while it was open)', () => {
    const helped = walk(REACH.confirm(), openDialog(HELP), { type: 'facts', facts: SELLING });
    expect(screenOf(helped)).toBe('handoff');
    expect(helped.dialog).toEqual(HELP);
  });
});
