import { describe, expect, it } from 'vitest';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('demo mode’s staged failures (the hidden training control)', () => {
  it('"lost-answer" puts the next sale into verifying, and it completes by itself', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.stageDemoFault('lost-answer');
    expect((await counter.startSale(request)).phase).toBe('verifying');
    await until(() => events.handoff.at(-1)?.phase === 'active', 5_000);
    expect(simulator.account.activations).toHaveLength(1);
  });

  it('"offline" pauses selling until "clear"', async () => {
    const { counter, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.stageDemoFault('offline');
    await expect(counter.listCatalogue()).rejects.toThrow('The connection to Gigastore broke');
    await expect(counter.startSale(request)).rejects.toThrow('selling is paused');
    await counter.stageDemoFault('clear');
    await until(() => events.overview.at(-1)?.connection.state === 'online', 5_000);
  });

  it('"no-credit" makes the next sale fail with Gigastore’s sentence; "clear" restores the credit', async () => {
    const { counter } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.stageDemoFault('no-credit');
    expect((await counter.startSale(request)).error?.code).toBe('gigastore.http.402');
    await counter.leaveHandoff();
    await counter.stageDemoFault('clear');
    expect((await counter.startSale(request)).phase).toBe('active');
  });

  it('is refused in live mode', async () => {
    const { counter } = await demoConsole();
    await counter.setManagerPin({ next: '2468' });
    await counter.setCredentials({ clientId: 'client', clientSecret: 'secret' });
    await counter.setMode('live');
    await expect(counter.stageDemoFault('offline')).rejects.toThrow('only possible in demo mode');
  });
});
