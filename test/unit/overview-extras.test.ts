// The overview every transport hands out carries the policy and the update, whichever way it leaves: a
// call's answer, an event the console sends, or a refresh when only the extras changed.
import { describe, expect, it } from 'vitest';
import type { Overview } from '../../src/shared/api';
import { withOverviewExtras, type OverviewExtras } from '../../src/main/core/overview-extras';
import { demoConsole, until } from '../support/console';

describe('overview extras', () => {
  it('are in every overview a call answers, every overview event, and a refresh', async () => {
    const { counter } = await demoConsole({ settings: { clerks: ['Ana'] } });
    let extras: OverviewExtras = { policy: { managed: ['storeName'] } };
    const bound = withOverviewExtras(counter, () => extras);
    const events: Overview[] = [];
    bound.api.on('overview', (overview) => events.push(overview));

    const answers = [
      await bound.api.getOverview(),
      await bound.api.startShift('Ana'),
      await bound.api.endShift(),
      await bound.api.lockManager(),
      await bound.api.setMode('demo'),
    ];
    for (const answer of answers) expect(answer.policy).toEqual({ managed: ['storeName'] });
    await until(() => events.length > 0);
    for (const event of events) expect(event.policy).toEqual({ managed: ['storeName'] });

    extras = { update: { state: 'ready', version: '2.0.0', installsAt: 'shift-end' } };
    const before = events.length;
    await bound.refresh();
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)?.update).toEqual({ state: 'ready', version: '2.0.0', installsAt: 'shift-end' });
    // Everything else passes through as the console answers it.
    expect((await bound.api.listCatalogue()).length).toBeGreaterThan(0);
  });
});
