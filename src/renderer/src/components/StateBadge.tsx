// The eSIM state as Gigastore reports it. Known states get a translated label and a colour; any other
// string is shown exactly as it came, because the clerk may need to read it to support.
import { useTranslation } from 'react-i18next';
import { KNOWN_ESIM_STATES, type KnownEsimState } from '../../../shared/gigastore';

function isKnownState(state: string): state is KnownEsimState {
  return KNOWN_ESIM_STATES.some((known) => known === state);
}

interface StateBadgeProps {
  state: string;
  /** Small, for lists and timelines; the handoff shows it large. */
  compact?: boolean;
  testId?: string;
}

export function StateBadge({ state, compact = false, testId = 'state-badge' }: StateBadgeProps) {
  const { t } = useTranslation();
  const known = isKnownState(state);
  return (
    <span
      className={`state-badge state-${known ? state.toLowerCase() : 'other'}${compact ? ' state-badge-compact' : ''}`}
      data-testid={testId}
      data-state={state}
    >
      {known ? t(`state.${state}.label`) : state}
    </span>
  );
}
