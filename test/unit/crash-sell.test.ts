// Crash safety of a first sale: the rounds, and what each asserts, are in test/support/crash.ts.
import { describe, expect, it } from 'vitest';
import { crashRounds, ROUNDS, setUp, summary } from '../support/crash';

describe('crash safety of selling', () => {
  it(
    `a first sale: charged once or not at all across ${ROUNDS} kills, retries and a late charge`,
    { timeout: 600_000 },
    async () => {
      const { simulator, env } = await setUp('CRASH');
      const item = simulator.account.inventory[0]!;
      const args = ['sell', '--item', item.id, '--country', 'DE'];
      const result = await crashRounds({ simulator, env, args, path: '/register' });
      console.log(summary('sell', result));
      expect(result.counts.get('charged, answer lost') ?? 0).toBeGreaterThanOrEqual(5);
    },
  );
});
