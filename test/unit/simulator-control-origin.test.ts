// The demo simulator listens on loopback, where any web page open on the counter PC can send it requests.
// Its control routes (/_simulator/: faults, credit, token revocation) take no request that names a page
// (an Origin header) and no body that is not declared JSON (what a page can send without a preflight);
// the Gigastore API routes are unchanged. Raw fetch over real HTTP, with and without an Origin.
import { describe, expect, it } from 'vitest';
import { bearerFor } from '../support/gigastore-http';
import { startSimulator } from '../support/simulator';

const JSON_TYPE = { 'content-type': 'application/json' };

async function post(baseUrl: string, path: string, headers: Record<string, string>, body?: string) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, ...(body ? { body } : {}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the simulator’s control routes', () => {
  it('refuse any request from a web page, whatever its origin, and change nothing', async () => {
    const simulator = await startSimulator();
    const body = JSON.stringify({ creditUsd: 0, latencyMs: 5000 });
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${new URL(simulator.baseUrl).port}`]) {
      const refused = await post(simulator.baseUrl, '/_simulator/config', { ...JSON_TYPE, origin }, body);
      expect(refused.status).toBe(403);
      expect(refused.json.detail).toBe('The simulator controls take no requests from web pages.');
    }
    const revoke = await post(simulator.baseUrl, '/_simulator/tokens/revoke', { origin: 'https://evil.example' });
    expect(revoke.status).toBe(403);
    const stats = await fetch(`${simulator.baseUrl}/_simulator/stats`, { headers: { origin: 'https://evil.example' } });
    expect(stats.status).toBe(403);
    expect(simulator.latencyMs).toBe(0);
    expect(simulator.account.creditCents).toBe(1000 * 100);
  });

  it('refuse a body not declared as JSON (text/plain, a form), which a page could send without asking', async () => {
    const simulator = await startSimulator();
    const body = JSON.stringify({ creditUsd: 0 });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const refused = await post(simulator.baseUrl, '/_simulator/config', { 'content-type': type }, body);
      expect(refused.status).toBe(415);
      expect(refused.json.detail).toBe('A simulator control takes a JSON body (application/json).');
    }
    expect(simulator.account.creditCents).toBe(1000 * 100);
  });

  it('take JSON from a test or the CLI (no Origin), and bodiless calls as before', async () => {
    const simulator = await startSimulator();
    const set = await post(
      simulator.baseUrl,
      '/_simulator/config',
      { 'content-type': 'application/json; charset=utf-8' },
      '{"creditUsd":12}',
    );
    expect(set.status).toBe(200);
    expect(simulator.account.creditCents).toBe(1200);
    expect((await post(simulator.baseUrl, '/_simulator/tokens/revoke', {})).status).toBe(200);
    const cleared = await fetch(`${simulator.baseUrl}/_simulator/faults`, { method: 'DELETE' });
    expect(cleared.status).toBe(200);
    expect((await fetch(`${simulator.baseUrl}/_simulator/stats`)).status).toBe(200);
  });

  it('leave the Gigastore API routes as they were, Origin or not', async () => {
    const simulator = await startSimulator();
    const origin = { origin: 'https://evil.example' };
    expect((await fetch(`${simulator.baseUrl}/gigastore/version`, { headers: origin })).status).toBe(200);
    const token = await bearerFor(simulator.baseUrl);
    const inventory = await fetch(`${simulator.baseUrl}/gigastore/products/inventory`, {
      headers: { ...origin, authorization: `Bearer ${token}` },
    });
    expect(inventory.status).toBe(200);
  });
});
