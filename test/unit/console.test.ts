import { describe, expect, it } from 'vitest';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('the counter console in demo mode', () => {
  it('sells a package: activating, then active with the simulator’s eSIM and activation code', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { item, request } = await saleRequestFor(counter);
    const handoff = await counter.startSale(request);

    expect(events.handoff[0]).toMatchObject({ phase: 'activating', item: { id: item.id } });
    expect(handoff.phase).toBe('active');
    const [activation] = simulator.account.activations;
    expect(handoff.saleId).toBe(activation?.metatag);
    expect(handoff.saleId).toMatch(/^COUNTER-1-[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(handoff.esim?.iccid).toBe(activation?.iccid);
    expect(handoff.esim?.activationCode).toBe(simulator.account.esim(activation!.iccid)?.activationCode);
    expect(handoff.esim?.manual?.smdpAddress).toBe('smdp.esim-counter-demo.invalid');
    expect(handoff.esim?.state).toBe('RELEASED');
  });

  it('follows the eSIM to INSTALLED after a simulated scan, then stops reading', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    await counter.simulateScan('INSTALLED');
    await until(() => events.handoff.at(-1)?.tracking.status === 'stopped');
    const last = events.handoff.at(-1)!;
    expect(last.esim?.state).toBe('INSTALLED');
    expect(last.stateHistory.map((change) => change.state)).toEqual(['RELEASED', 'INSTALLED']);
    const reads = simulator.requestCount('/activations/customers/');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(simulator.requestCount('/activations/customers/')).toBe(reads);
  });

  it('stops reading when the clerk leaves the handoff', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    await until(() => simulator.requestCount('/activations/customers/') >= 2);
    await counter.leaveHandoff();
    const reads = simulator.requestCount('/activations/customers/');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(simulator.requestCount('/activations/customers/')).toBe(reads);
    expect(events.handoff.at(-1)).toBeNull();
    expect(await counter.currentHandoff()).toBeNull();
  });

  it('shows an eSIM that ends in ERROR, and one the customer switched off (DISABLED)', async () => {
    const { counter, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    await counter.simulateScan('DISABLED');
    await until(() => events.handoff.at(-1)?.esim?.state === 'DISABLED');
    expect(events.handoff.at(-1)?.tracking.status).toBe('live');
    await counter.simulateScan('ERROR');
    await until(() => events.handoff.at(-1)?.tracking.status === 'stopped');
    expect(events.handoff.at(-1)?.esim?.state).toBe('ERROR');
  });

  it('sends one register request for two Activate presses in the same tick', async () => {
    const { counter, simulator } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    const [first, second] = await Promise.all([counter.startSale(request), counter.startSale(request)]);
    expect(first.saleId).toBe(second.saleId);
    expect(simulator.requestCount('/activations/register')).toBe(1);
  });

  it('refuses a second sale while one is on screen', async () => {
    const { counter, simulator } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    await expect(counter.startSale(request)).rejects.toThrow('Another sale is on screen; press New sale first.');
    expect(simulator.account.activations).toHaveLength(1);
  });

  it('shows a refusal as failed with Gigastore’s sentence, and nothing charged', async () => {
    const { counter, simulator } = await demoConsole({ simulator: { creditUsd: 0 } });
    const { request } = await saleRequestFor(counter);
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('failed');
    expect(handoff.error?.code).toBe('gigastore.http.402');
    expect(handoff.error?.message).toContain('The reseller account has 0.00 USD of credit');
    expect(simulator.account.activations).toHaveLength(0);
  });

  it('puts a sale whose answer was lost into verifying, never re-sending it', async () => {
    const { counter, simulator } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    simulator.faults.add({ path: '/register', action: 'reset', commit: true });
    const handoff = await counter.startSale(request);
    expect(handoff.phase).toBe('verifying');
    expect(simulator.requestCount('/activations/register')).toBe(1);
  });

  it('shows "retrying" while reads fail and returns to live when they work again', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    simulator.faults.add({ path: '/activations/customers/', action: 'status', status: 503, times: 4 });
    await until(() => events.handoff.some((handoff) => handoff?.tracking.status === 'retrying'));
    const retrying = events.handoff.find((handoff) => handoff?.tracking.status === 'retrying');
    expect(retrying?.tracking.message).toContain('server error (HTTP 503)');
    await until(() => events.handoff.at(-1)?.tracking.status === 'live', 5_000);
  });

  it('refuses live mode without a manager PIN, then without credentials', async () => {
    const { counter } = await demoConsole();
    await expect(counter.setMode('live')).rejects.toThrow('Set a manager PIN before switching to live mode');
    await counter.setManagerPin({ next: '2468' });
    await expect(counter.setMode('live')).rejects.toThrow(
      'Enter the Gigastore client id and secret before switching to live mode.',
    );
    expect((await counter.getOverview()).mode).toBe('demo');
  });

  it('refuses to sell in live mode until the store IP is set', async () => {
    const { counter } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.setManagerPin({ next: '2468' });
    await counter.setCredentials({ clientId: 'client', clientSecret: 'secret' });
    await counter.setMode('live');
    await expect(counter.startSale(request)).rejects.toThrow("Enter the store's public IP address in Settings");
  });

  it('never puts a credential in the overview, only the masked id and the address they were entered for', async () => {
    const { counter } = await demoConsole();
    await expect(counter.setCredentials({ clientId: 'store-client-123456', clientSecret: 'x' })).rejects.toThrow(
      'Set a manager PIN before entering the Gigastore credentials: it guards them.',
    );
    await counter.setManagerPin({ next: '2468' });
    await counter.setCredentials({ clientId: 'store-client-123456', clientSecret: 'top-secret-value' });
    const overview = await counter.getOverview();
    expect(JSON.stringify(overview)).not.toContain('top-secret-value');
    expect(JSON.stringify(overview)).not.toContain('store-client-123456');
    expect(overview.credentials).toEqual({
      configured: true,
      clientIdMasked: 'stor…56',
      enteredFor: 'https://api.giga.store',
    });
  });

  it('says simulate-scan is demo only in live mode', async () => {
    const { counter } = await demoConsole();
    await counter.setManagerPin({ next: '2468' });
    await counter.setCredentials({ clientId: 'client', clientSecret: 'secret' });
    await counter.setMode('live');
    await expect(counter.simulateScan('INSTALLED')).rejects.toThrow('only possible in demo mode');
  });
});
