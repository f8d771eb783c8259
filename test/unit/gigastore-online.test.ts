// "Online means Gigastore answers": the version probe over real HTTP says online (with the API version)
// while the simulator answers, even without credentials, and offline when nothing listens or a gateway
// answers for a Gigastore that does not; the schedule reports each change once.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GigastoreOnline, probeGigastore, type OnlineReading } from '../../src/main/core/gigastore-online';
import { clientFor, startSimulator } from '../support/simulator';
import { waitFor } from '../support/gigastore-http';

/** A loopback address where nothing listens: a port taken and released. */
async function closedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('the version probe', () => {
  it('is online with the API version while Gigastore answers, with no credentials at all', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator, { credentials: () => undefined });
    const reading = await probeGigastore(() => client.version());
    expect(reading).toEqual({ state: 'online', apiVersion: 'simulator', checkedAt: expect.any(String) });
    expect(simulator.authentications).toBe(0);
  });

  it('is offline when nothing answers', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator, { baseUrl: await closedAddress() });
    const reading = await probeGigastore(() => client.version());
    expect(reading.state).toBe('offline');
    expect(reading.message).toMatch(/Cannot reach Gigastore/);
  });

  it('is offline when a gateway answers 503 for Gigastore, online (version unknown) for an answer it cannot read', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    simulator.faults.add({ path: '/gigastore/version', action: 'status', status: 503 });
    expect((await probeGigastore(() => client.version())).state).toBe('offline');
    simulator.faults.add({ path: '/gigastore/version', action: 'answer', body: { status: 'UP' } });
    const odd = await probeGigastore(() => client.version());
    expect(odd).toMatchObject({ state: 'online', message: expect.stringContaining('does not understand') });
    expect(odd.apiVersion).toBeUndefined();
  });
});

describe('the online source', () => {
  it('probes on a schedule and reports each change once: online, offline, online again', async () => {
    const simulator = await startSimulator();
    const client = clientFor(simulator);
    const readings: OnlineReading[] = [];
    const online = new GigastoreOnline({
      version: () => client.version(),
      onChange: (reading) => readings.push(reading),
      onlineEveryMs: 20,
      offlineEveryMs: 20,
    });
    online.start();
    try {
      await waitFor(() => simulator.requestCount('/gigastore/version') >= 3);
      expect(readings.map((reading) => reading.state)).toEqual(['online']);
      simulator.faults.add({ path: '/gigastore/version', action: 'status', status: 502, times: 2 });
      await waitFor(() => readings.length === 3);
      expect(readings.map((reading) => reading.state)).toEqual(['online', 'offline', 'online']);
      expect(online.current).toMatchObject({ state: 'online', apiVersion: 'simulator' });
    } finally {
      online.stop();
    }
    const afterStop = simulator.requestCount('/gigastore/version');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(simulator.requestCount('/gigastore/version')).toBe(afterStop);
  });

  it('stops for good even when stopped while a probe is on its way', async () => {
    const simulator = await startSimulator({ latencyMs: 50 });
    const client = clientFor(simulator);
    const online = new GigastoreOnline({ version: () => client.version(), onChange: () => {}, onlineEveryMs: 10 });
    online.start();
    await waitFor(() => simulator.requestCount('/gigastore/version') === 1);
    online.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(simulator.requestCount('/gigastore/version')).toBe(1);
    expect(online.current?.state).toBe('online');
  });
});
