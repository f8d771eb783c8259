// Crash safety of a top-up: the rounds, and what each asserts, are in test/support/crash.ts.
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/cli';
import { crashRounds, ROUNDS, setUp, summary } from '../support/crash';

describe('crash safety of a top-up', () => {
  it(
    `a top-up: charged once or not at all across ${ROUNDS} kills, retries and a late charge`,
    { timeout: 600_000 },
    async () => {
      const { simulator, env } = await setUp('CRASHTOP');
      const item = simulator.account.inventory.find((candidate) => candidate.countrySet === 'EUR')!;
      const [first] = jsonLines((await runCli(['sell', '--item', item.id, '--country', 'DE', '--json'], env)).stdout);
      const args = ['topup', '--customer', String(first!.customerUid), '--item', item.id];
      const result = await crashRounds({ simulator, env, args, path: '/top-up' });
      console.log(summary('topup', result));
      expect(result.counts.get('charged, answer lost') ?? 0).toBeGreaterThanOrEqual(5);
    },
  );
});
