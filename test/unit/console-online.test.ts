// "Online means Gigastore answers", through the whole console: once started, the header's state comes from
// GET /gigastore/version read on a schedule (no other call needed), turns offline when Gigastore stops
// answering it and online again when it answers. (Settings' "Test" naming the API version: live-mode.test.ts.)
import { describe, expect, it } from 'vitest';
import { demoConsole, until } from '../support/console';

describe('the console online state', () => {
  it('is online from the version alone, offline while the version is refused by a gateway, online again after', async () => {
    const { counter, simulator, events } = await demoConsole({ console: { onlineEveryMs: 100 } });
    counter.start();
    await until(() => events.overview.some((overview) => overview.connection.state === 'online'));
    expect(simulator.requests.some((request) => request.path === '/gigastore/version')).toBe(true);
    simulator.faults.add({ path: '/gigastore/version', action: 'status', status: 503, times: 1000 });
    await until(() => events.overview.at(-1)?.connection.state === 'offline');
    expect((await counter.getOverview()).connection.message).toMatch(/503|Gigastore/);
    simulator.clearFaults();
    await until(() => events.overview.at(-1)?.connection.state === 'online');
  });

  it('is offline when nothing listens where Gigastore should be', async () => {
    const { counter, simulator, events } = await demoConsole({ console: { onlineEveryMs: 100 } });
    await simulator.close();
    counter.start();
    await until(() => events.overview.at(-1)?.connection.state === 'offline');
  });
});
