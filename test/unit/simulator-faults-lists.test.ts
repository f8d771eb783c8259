// The simulator's named list modes (lag, cap, shape), the text form of named faults, the control surface
// and the CLI's --faults, over real HTTP against the real simulator (the CLI runs built, as a child process).
import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ActivatedItemListSchema, ActivatedItemSchema } from '../../src/shared/gigastore';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import { NamedFaultError, parseNamedFaults } from '../../src/main/simulator/named-faults';
import type { GigastoreSimulator } from '../../src/main/simulator/server';
import { cliEnv, runCli, spawnCli } from '../support/cli';
import { bearerFor, rawRequest } from '../support/gigastore-http';
import { clientFor, registerRequest, startSimulator } from '../support/simulator';

const LIST = '/gigastore/activations/activated-items';
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

async function sell(simulator: GigastoreSimulator, count: number): Promise<string[]> {
  const client = clientFor(simulator);
  const metatags: string[] = [];
  for (let sale = 0; sale < count; sale++) {
    const request = registerRequest(simulator);
    await client.register(request, request.metatag);
    metatags.push(request.metatag);
  }
  return metatags;
}

describe('named list modes', () => {
  it('list-lag: a fresh sale is missing from the list until the lag has passed; single reads show it at once', async () => {
    const simulator = await startSimulator({ namedFaults: 'list-lag=1' });
    const client = clientFor(simulator);
    const request = registerRequest(simulator);
    const sale = await client.register(request, request.metatag);
    const soldAt = Date.parse(sale.activatedItem.salesDate!);

    expect(await client.activatedItems({ from: anHourAgo() })).toEqual([]);
    expect((await client.activatedItem(sale.activatedItem.uid)).metatag).toBe(request.metatag);
    expect((await client.customer(sale.customer.uid)).activatedItems).toHaveLength(1);
    const [found] = await client.searchCustomers({
      searchKey: 'ICCID',
      searchQuery: sale.esimProfile.iccid,
      searchMode: 'isExact',
    });
    expect(found?.customer.uid).toBe(sale.customer.uid);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, soldAt + 1_000 - Date.now()) + 20));
    expect((await client.activatedItems({ from: anHourAgo() })).map((item) => item.metatag)).toEqual([request.metatag]);
  });

  it('list-cap: of 5 sales, cap 2 gives the 2 oldest ascending and the 2 newest descending, with no hint of more', async () => {
    const simulator = await startSimulator();
    const metatags = await sell(simulator, 5);
    simulator.namedFaults.add('list-cap=2');
    const client = clientFor(simulator);
    expect((await client.activatedItems({ from: anHourAgo() })).map((item) => item.metatag)).toEqual(
      metatags.slice(0, 2),
    );

    const token = await bearerFor(simulator.baseUrl);
    const list = (query: string) => rawRequest(simulator.baseUrl, 'GET', `${LIST}?${query}`, { token });
    const descending = await list('sort_by=DATE&sort_dir=DESC');
    expect((descending.json as Array<{ metatag: string }>).map((item) => item.metatag)).toEqual([
      metatags[4],
      metatags[3],
    ]);
    const byDefault = await list(`from=${encodeURIComponent(anHourAgo())}`);
    expect((byDefault.json as Array<{ metatag: string }>).map((item) => item.metatag)).toEqual(metatags.slice(0, 2));

    for (const answer of [descending, byDefault]) {
      expect(Array.isArray(answer.json)).toBe(true);
      const pagingFree = ['connection', 'content-length', 'content-type', 'date', 'keep-alive'];
      expect([...answer.headers.keys()].filter((header) => !pagingFree.includes(header))).toEqual([]);
      const knownFields = new Set([...Object.keys(ActivatedItemSchema.shape)]);
      for (const item of answer.json as object[]) {
        expect(Object.keys(item).filter((field) => !knownFields.has(field))).toEqual([]);
      }
    }
  });

  it('list-shape=wrapped: the list comes as { items }, and the client still reads the items', async () => {
    const simulator = await startSimulator();
    const metatags = await sell(simulator, 2);
    simulator.namedFaults.add({ name: 'list-shape', shape: 'wrapped' });
    const raw = await rawRequest(simulator.baseUrl, 'GET', LIST, { token: await bearerFor(simulator.baseUrl) });
    expect(Array.isArray(raw.json)).toBe(false);
    expect((raw.json as { items: unknown[] }).items).toHaveLength(2);
    const items = await clientFor(simulator).activatedItems({ from: anHourAgo() });
    expect(items.map((item) => item.metatag)).toEqual(metatags);
  });

  it('the shared list schema reads a bare array, { items } and { activatedItems } alike, and nothing else', () => {
    const items = [{ uid: 'a', metatag: 'T-1' }, { uid: 'b' }];
    expect(ActivatedItemListSchema.parse(items)).toEqual(items);
    expect(ActivatedItemListSchema.parse({ items })).toEqual(items);
    expect(ActivatedItemListSchema.parse({ activatedItems: items })).toEqual(items);
    expect(ActivatedItemListSchema.safeParse({ unexpected: true }).success).toBe(false);
    expect(ActivatedItemListSchema.safeParse({ items: [{ metatag: 'no uid' }] }).success).toBe(false);
  });
});

describe('the text form of named faults', () => {
  it('parses a list into typed faults, in order, blanks skipped', () => {
    expect(
      parseNamedFaults(
        'list-lag=40, lost-answer*2,late-charge=0.5,after-charge=503*3,,list-cap=0,idempotency=honoured,list-shape=wrapped',
      ),
    ).toEqual([
      { name: 'list-lag', seconds: 40 },
      { name: 'lost-answer', times: 2 },
      { name: 'late-charge', seconds: 0.5, times: 1 },
      { name: 'after-charge', status: 503, times: 3 },
      { name: 'list-cap', items: 0 },
      { name: 'idempotency', mode: 'honoured' },
      { name: 'list-shape', shape: 'wrapped' },
    ]);
    expect(parseNamedFaults('')).toEqual([]);
  });

  it.each([
    ['late-charge=abc', '"late-charge=abc": late-charge takes a number of seconds, as late-charge=30.'],
    ['late-charge', '"late-charge": late-charge takes a number of seconds, as late-charge=30.'],
    ['lost-answer=2', '"lost-answer=2": lost-answer takes no value, as lost-answer or lost-answer*3.'],
    [
      'after-charge=404',
      '"after-charge=404": after-charge takes the status 401, 409 or 500 to 599, as after-charge=503.',
    ],
    ['list-lag=-5', '"list-lag=-5": list-lag takes a number of seconds, as list-lag=40.'],
    ['list-cap=2.5', '"list-cap=2.5": list-cap takes a whole number of items, as list-cap=50.'],
    ['idempotency=maybe', '"idempotency=maybe": idempotency takes honoured or ignored, as idempotency=honoured.'],
    ['list-shape=round', '"list-shape=round": list-shape takes wrapped or bare, as list-shape=wrapped.'],
    ['list-cap=3*2', '"list-cap=3*2": list-cap is a mode that lasts until cleared, so it takes no *N.'],
    ['lost-answer*0', '"lost-answer*0": the count after * is a whole number above 0, as lost-answer*3.'],
    [
      'slow-list',
      '"slow-list": there is no such fault; the faults are lost-answer, late-charge=SECONDS, after-charge=STATUS, list-lag=SECONDS, list-cap=N, idempotency=honoured|ignored, list-shape=wrapped|bare.',
    ],
  ])('"%s" is refused with one sentence', (entry, sentence) => {
    const error = (() => {
      try {
        parseNamedFaults(`list-lag=1,${entry}`);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(NamedFaultError);
    expect((error as NamedFaultError).problems).toEqual([sentence]);
    expect((error as NamedFaultError).message).toBe(sentence);
  });

  it('gives one sentence per bad entry, and adds nothing when any entry is bad', async () => {
    expect(() => parseNamedFaults('late-charge=x,list-cap=1,list-shape=y')).toThrow(
      expect.objectContaining({
        problems: [expect.stringMatching(/^"late-charge=x"/), expect.stringMatching(/^"list-shape=y"/)],
      }),
    );
    const simulator = await startSimulator();
    expect(() => simulator.namedFaults.add('list-cap=1,lost-answer*x')).toThrow(NamedFaultError);
    expect(() => simulator.namedFaults.add({ name: 'after-charge', status: 404 })).toThrow();
    expect(simulator.namedFaults.describe()).toEqual([]);
    expect(simulator.namedFaults.add('lost-answer*2,list-cap=1,after-charge=401')).toHaveLength(3);
    expect(simulator.namedFaults.describe()).toEqual(['list-cap=1', 'lost-answer*2', 'after-charge=401']);
  });
});

describe('named faults on the control surface', () => {
  it('are set as text or typed, listed, refused with the sentence, and cleared with every other fault', async () => {
    const simulator = await startSimulator();
    const normalModes = { ...simulator.namedFaults.modes };
    const control = (method: 'GET' | 'POST' | 'DELETE', json?: unknown) =>
      rawRequest(simulator.baseUrl, method, method === 'DELETE' ? '/_simulator/faults' : '/_simulator/named-faults', {
        ...(json === undefined ? {} : { json }),
      });
    expect((await control('POST', { faults: 'list-cap=1,lost-answer*2' })).json).toEqual({
      ok: true,
      active: ['list-cap=1', 'lost-answer*2'],
    });
    expect((await control('POST', [{ name: 'idempotency', mode: 'honoured' }])).status).toBe(200);
    expect((await control('GET')).json).toEqual({
      active: ['list-cap=1', 'idempotency=honoured', 'lost-answer*2'],
      modes: { ...normalModes, listCap: 1, idempotency: 'honoured' },
      pendingLateCharges: 0,
    });
    const refused = await control('POST', { faults: 'list-cap=many' });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      detail: '"list-cap=many": list-cap takes a whole number of items, as list-cap=50.',
    });

    simulator.faults.add({ action: 'reset', times: 5 });
    expect((await control('DELETE')).status).toBe(200);
    expect((await control('GET')).json).toMatchObject({ active: [], modes: normalModes });
    expect(simulator.faults.pending).toBe(0);
  });

  it('demo mode\'s "clear" resets the modes too', async () => {
    const normalModes = { ...(await startSimulator()).namedFaults.modes };
    const world = await startDemoWorld({ namedFaults: [{ name: 'list-lag', seconds: 5 }] });
    try {
      world.simulator.namedFaults.add('list-shape=wrapped,late-charge=1');
      world.stage('clear');
      expect(world.simulator.namedFaults.modes).toEqual(normalModes);
      expect(world.simulator.namedFaults.describe()).toEqual([]);
    } finally {
      await world.close();
    }
  });
});

/** The first `count` lines the child prints on stdout. */
function firstLines(child: ChildProcess, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').length <= count) return;
      child.stdout!.off('data', read);
      resolve(output.split('\n').slice(0, count));
    };
    child.stdout!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the CLI exited (${code}) after printing: ${output}`)));
  });
}

describe('esim-counter simulator --faults', () => {
  it('runs the simulator with the faults, says which are active, and the list honours the cap', async () => {
    const child = spawnCli(['simulator', '--faults', 'list-cap=1', '--json'], cliEnv('http://unused'));
    try {
      const [first] = await firstLines(child, 1);
      const started = JSON.parse(first!) as { baseUrl: string; faults: string[] };
      expect(started.faults).toEqual(['list-cap=1']);
      const token = await bearerFor(started.baseUrl);
      const inventory = await rawRequest(started.baseUrl, 'GET', '/gigastore/products/inventory', { token });
      const item = (inventory.json as { items: Array<{ id: string; retailPrices: unknown[] }> }).items[0]!;
      for (const metatag of ['CLI-1', 'CLI-2']) {
        const sale = await rawRequest(started.baseUrl, 'POST', '/gigastore/activations/register', {
          token,
          json: {
            inventoryItemId: item.id,
            metatag,
            userIp: '192.0.2.10',
            userCountry: 'DE',
            expectedPrice: item.retailPrices[0],
          },
        });
        expect(sale.status).toBe(200);
      }
      const list = await rawRequest(started.baseUrl, 'GET', LIST, { token });
      expect((list.json as Array<{ metatag: string }>).map((entry) => entry.metatag)).toEqual(['CLI-1']);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  });

  it('prints the active faults on a human line', async () => {
    const child = spawnCli(['simulator', '--faults', 'lost-answer*2,list-lag=40'], cliEnv('http://unused'));
    try {
      const [, faults] = await firstLines(child, 2);
      expect(faults).toBe('Faults: list-lag=40, lost-answer*2.');
    } finally {
      child.kill('SIGTERM');
    }
    await once(child, 'exit');
  });

  it('refuses a bad --faults with one sentence on stderr and exit 1', async () => {
    const result = await runCli(['simulator', '--faults', 'list-cap=many', '--json'], cliEnv('http://unused'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('"list-cap=many": list-cap takes a whole number of items, as list-cap=50.\n');
  });
});
