import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/shared/api';
import { CONSOLE_METHODS, invokeChannel } from '../../src/shared/channels';
import { bindConsole, trustedPages } from '../../src/main/glue/bridge';
import { demoConsole } from '../support/console';

type Handler = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;

/** ipcMain's two methods the bridge uses, recording handlers so a test can invoke them like a renderer. */
function ipcMainRecorder() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('the IPC bridge', () => {
  it('registers one channel per contract method and removes them all', async () => {
    const { counter } = await demoConsole();
    const ipc = ipcMainRecorder();
    const unbind = bindConsole(ipc as never, counter, trustedPages(['app://counter/index.html']));
    expect([...ipc.handlers.keys()].sort()).toEqual(CONSOLE_METHODS.map(invokeChannel).sort());
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers a trusted top frame with an envelope', async () => {
    const { counter } = await demoConsole();
    const ipc = ipcMainRecorder();
    bindConsole(ipc as never, counter, trustedPages(['app://counter/index.html']));
    const result = await ipc.handlers.get('console:getOverview')!(frame('app://counter/index.html'));
    expect(result).toMatchObject({ ok: true, value: { mode: 'demo' } });
  });

  it.each([
    ['a foreign origin', frame('https://evil.example/index.html')],
    ['a file:// page', frame('file:///tmp/index.html')],
    ['the customer display (same origin, another page)', frame('app://counter/customer.html')],
    ['a sub-frame of our page', frame('app://counter/index.html', { url: 'app://counter/index.html' })],
    ['no frame at all', { senderFrame: null }],
  ])('refuses %s', async (_name, event) => {
    const { counter, simulator } = await demoConsole();
    const ipc = ipcMainRecorder();
    bindConsole(ipc as never, counter, trustedPages(['app://counter/index.html']));
    const result = await ipc.handlers.get('console:listCatalogue')!(event);
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipc.untrusted-sender', message: 'This page may not use the console.' },
    });
    expect(simulator.requests).toHaveLength(0);
  });

  it.each([
    [
      'startSale',
      [{ inventoryItemId: 'x', expectedPrice: { priceValue: -1, currencyCode: 'USD' }, customerCountry: 'DE' }],
      'expectedPrice.priceValue',
    ],
    [
      'startSale',
      [{ inventoryItemId: 'x', expectedPrice: { priceValue: 1, currencyCode: 'USD' }, customerCountry: 'Germany' }],
      'customerCountry',
    ],
    [
      'startSale',
      [
        {
          inventoryItemId: 'x',
          expectedPrice: { priceValue: 1, currencyCode: 'USD' },
          customerCountry: 'DE',
          customerEmail: 'not-an-email',
        },
      ],
      'The email address is not valid.',
    ],
    [
      'startSale',
      [
        {
          inventoryItemId: 'x',
          expectedPrice: { priceValue: 1, currencyCode: 'USD' },
          customerCountry: 'DE',
          extra: 1,
        },
      ],
      'Unrecognized key',
    ],
    ['simulateScan', ['EXPLODED'], 'Invalid option'],
    ['setMode', ['production'], 'Invalid option'],
    ['updateSettings', [{ mode: 'live' }], 'Unrecognized key'],
    ['updateSettings', [{ storeIp: '999.1.1.1' }], 'storeIp: The store IP must be an IPv4 or IPv6 address'],
    ['setCredentials', [{ clientId: '', clientSecret: 'x' }], 'Enter the client id.'],
    ['resetManagerPin', [{ eraseCredentials: false }], 'eraseCredentials'],
    ['resetManagerPin', [], 'the request'],
    ['getOverview', ['surplus'], 'the request'],
  ])('refuses bad arguments to %s with a clear sentence', async (method, args, expected) => {
    const { counter, simulator } = await demoConsole();
    const ipc = ipcMainRecorder();
    bindConsole(ipc as never, counter, trustedPages(['app://counter/index.html']));
    const result = await ipc.handlers.get(invokeChannel(method as never))!(frame('app://counter/'), ...args);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('ipc.invalid-arguments');
    expect(!result.ok && result.error.message).toContain(expected);
    expect(simulator.account.activations).toHaveLength(0);
  });
});
