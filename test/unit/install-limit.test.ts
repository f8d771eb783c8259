// A profile installs a limited number of times (five, per Gigastore's support docs); the sixth install
// fails on the phone. What the console does about it: the handoff follows the eSIM to ERROR, stops reading
// it, and says so; History reads the same state from Gigastore.
import { describe, expect, it } from 'vitest';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('a profile whose installs have run out', () => {
  it('is followed to ERROR on the handoff, which then stops reading it; History reads ERROR too', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    const sold = await counter.startSale(request);
    const iccid = sold.esim!.iccid;
    // Five installs and removals on earlier phones.
    for (let install = 0; install < 5; install++) {
      simulator.account.setEsimState(iccid, 'INSTALLED', new Date());
      simulator.account.setEsimState(iccid, 'RELEASED', new Date());
    }
    await counter.simulateScan('INSTALLED');
    await until(() => events.handoff.at(-1)?.esim?.state === 'ERROR', 5_000);
    await until(() => events.handoff.at(-1)?.tracking.status === 'stopped');
    const reads = simulator.requestCount('/activations/customers/');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(simulator.requestCount('/activations/customers/')).toBe(reads);
    expect((await counter.refreshSale(sold.saleId)).esimState).toBe('ERROR');
    expect((await counter.getSale(sold.saleId)).stateHistory.map((change) => change.state)).toEqual([
      'RELEASED',
      'ERROR',
    ]);
  });
});
