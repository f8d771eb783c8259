// The overview carries what the app knows beside the console (the policy and a waiting update), whichever
// way it leaves: a call's answer, an event the console sends, or an announcement when only those changed.
import { describe, expect, it } from 'vitest';
import type { Overview } from '../../src/shared/api';
import type { OverviewExtras } from '../../src/main/core/console/options';
import { demoConsole, until } from '../support/console';

describe('overview extras', () => {
  it('are in every overview a call answers, every overview event, and an announcement', async () => {
    let extras: OverviewExtras = { policy: { managed: ['storeName'] } };
    const { counter } = await demoConsole({ settings: { clerks: ['Ana'] }, console: { overviewExtras: () => extras } });
    const events: Overview[] = [];
    counter.on('overview', (overview) => events.push(overview));

    const answers = [
      await counter.getOverview(),
      await counter.startShift('Ana'),
      await counter.endShift(),
      await counter.lockManager(),
      await counter.setMode('demo'),
    ];
    for (const answer of answers) expect(answer.policy).toEqual({ managed: ['storeName'] });
    await until(() => events.length > 0);
    for (const event of events) expect(event.policy).toEqual({ managed: ['storeName'] });

    extras = { update: { state: 'ready', version: '2.0.0', installsAt: 'shift-end' } };
    const before = events.length;
    counter.announceOverview();
    await until(() => events.length > before);
    expect(events.at(-1)?.update).toEqual({ state: 'ready', version: '2.0.0', installsAt: 'shift-end' });
    expect(events.at(-1)?.policy).toBeUndefined();
  });
});
