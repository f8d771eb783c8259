// The navigation state (navigation.ts) held by React: what main says (a handoff on screen, a shift
// needed) is fed in as the 'facts' event while rendering, so no frame shows a screen from stale facts.
import { useCallback, useReducer } from 'react';
import {
  navigate,
  screenOf,
  startNavigation,
  type CounterFacts,
  type Navigation,
  type NavigationEvent,
  type Screen,
} from '../navigation';

interface NavigationControl {
  navigation: Navigation;
  screen: Screen;
  go(event: NavigationEvent): void;
}

export function useNavigation(facts: CounterFacts): NavigationControl {
  const [navigation, dispatch] = useReducer(navigate, facts, startNavigation);
  const { handoff, shiftNeeded } = facts;
  if (navigation.facts.handoff !== handoff || navigation.facts.shiftNeeded !== shiftNeeded) {
    dispatch({ type: 'facts', facts: { handoff, shiftNeeded } });
  }
  const go = useCallback((event: NavigationEvent) => dispatch(event), []);
  return { navigation, screen: screenOf(navigation), go };
}
