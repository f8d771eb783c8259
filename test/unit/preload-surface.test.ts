// What each BUILT preload exposes to its page: exactly the contract, nothing of Electron's own.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_EVENTS, CONSOLE_METHODS, subscriberName } from '../../src/shared/channels';

const root = join(__dirname, '../..');

function exposedBy(preload: string): Record<string, Record<string, string>> {
  const output = execFileSync(
    process.execPath,
    ['-r', join(root, 'test/support/preload-stand-in.cjs'), join(root, 'out/preload', preload)],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.split('EXPOSED ')[1] ?? '{}');
}

describe('the preloads’ exposed surface', () => {
  it('the counter window gets one global holding the contract’s calls and subscriptions, all functions', () => {
    const exposed = exposedBy('index.js');
    expect(Object.keys(exposed)).toEqual(['esimCounter']);
    const expected = [...CONSOLE_METHODS, ...CONSOLE_EVENTS.map(subscriberName)].sort();
    expect(Object.keys(exposed.esimCounter!).sort()).toEqual(expected);
    expect(new Set(Object.values(exposed.esimCounter!))).toEqual(new Set(['function']));
    for (const forbidden of ['ipcRenderer', 'send', 'invoke', 'on', 'sendSync', 'require', 'process']) {
      expect(exposed.esimCounter).not.toHaveProperty(forbidden);
    }
  });

  it('the customer display gets one global that can only receive the view', () => {
    expect(exposedBy('customer.js')).toEqual({ customerDisplay: { onView: 'function' } });
  });
});
