// The organisation's policy file: where each operating system keeps it, and how a real file is read:
// applied whole, or refused whole with each field and reason named, never applied in part.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, policyView, readPolicy, updateFeedOf } from '../../src/main/core/policy/policy-file';
import { machinePolicyPath, policyLocation } from '../../src/main/core/policy/policy-path';

const folder = mkdtempSync(join(tmpdir(), 'esim-counter-policy-'));
function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}
const named = (path: string) => readPolicy({ path, named: true });
const problemOf = (path: string) => {
  const state = named(path);
  if (state.status !== 'refused') throw new Error(`expected a refusal, got ${state.status}`);
  return state.problem;
};

describe('where the machine-wide policy file is', () => {
  it.each([
    ['win32', { ProgramData: 'C:\\ProgramData' }, 'C:\\ProgramData\\eSIM Counter\\policy.json'],
    ['win32', { ProgramData: 'D:\\Shared' }, 'D:\\Shared\\eSIM Counter\\policy.json'],
    ['win32', {}, 'C:\\ProgramData\\eSIM Counter\\policy.json'],
    ['darwin', {}, '/Library/Application Support/eSIM Counter/policy.json'],
    ['linux', {}, '/etc/esim-counter/policy.json'],
    ['freebsd', {}, '/etc/esim-counter/policy.json'],
  ] as const)('on %s (%o): %s', (platform, env, path) => {
    expect(machinePolicyPath(platform, env)).toBe(path);
    expect(policyLocation(env, platform)).toEqual({ path, named: false });
  });

  it('ESIM_COUNTER_POLICY names another file, on every platform', () => {
    const env = { ESIM_COUNTER_POLICY: '/srv/policy/kiosk.json' };
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(policyLocation(env, platform)).toEqual({ path: '/srv/policy/kiosk.json', named: true });
    }
  });
});

describe('reading a policy file', () => {
  it('no file at the machine place: no policy; a named file that is missing: refused', () => {
    const missing = join(folder, 'nowhere', 'policy.json');
    expect(readPolicy({ path: missing, named: false })).toEqual({ status: 'none' });
    expect(problemOf(missing)).toContain('the file does not exist');
    expect(loadPolicy({ ESIM_COUNTER_POLICY: missing }).status).toBe('refused');
  });

  it('applies a valid policy whole, settings and update feed apart', () => {
    const path = file(
      'valid.json',
      '\uFEFF' +
        JSON.stringify({
          storeName: 'Airport Kiosk 7',
          storeIp: '203.0.113.7',
          counterId: 'KIOSK-7',
          clerks: ['Ana', 'Ben'],
          storeLanguage: 'fr',
          updateUrl: 'https://updates.example.com/esim-counter/',
          updateChannel: 'beta',
        }),
    );
    const state = named(path);
    expect(state.status).toBe('applied');
    expect(policyView(state).managed.sort()).toEqual(['clerks', 'counterId', 'storeIp', 'storeLanguage', 'storeName']);
    expect(policyView(state).problem).toBeUndefined();
    if (state.status !== 'applied') return;
    expect(updateFeedOf(state.policy)).toEqual({ url: 'https://updates.example.com/esim-counter/', channel: 'beta' });
  });

  it('names each field and its reason, and refuses keys that are not settings', () => {
    const problem = problemOf(
      file('bad.json', JSON.stringify({ storeIp: '300.1.1.1', counterId: 'a b', printer: 'Star', mode: 'live' })),
    );
    expect(problem).toContain('storeIp: The store IP must be an IPv4 or IPv6 address, for example 203.0.113.7;');
    expect(problem).toContain('counterId: A counter id is 1 to 16 letters, digits or "-"');
    expect(problem).toContain('printer: not a setting a policy can fix');
    expect(problem).toContain('mode: a policy cannot set demo or live');
    expect(problem).toMatch(/^The organisation's policy file .*bad\.json was refused: /);
    expect(problem).toMatch(/this counter stays in demo mode and its settings cannot be changed\.$/);
  });

  it.each([
    [
      'an http update feed elsewhere than this machine',
      { updateUrl: 'http://updates.example.com/' },
      'updateUrl: The update address must start with https://',
    ],
    [
      'a reconciliation window shorter than live allows',
      { reconciliationWindowMs: 5_000 },
      "reconciliationWindowMs: A policy's reconciliation window is at least 30 seconds",
    ],
    [
      'an update channel with a path in it',
      { updateChannel: '../latest' },
      'updateChannel: An update channel is a short lower-case name',
    ],
    ['a list where an object belongs', [{ storeName: 'x' }], 'the file must hold one JSON object'],
  ])('refuses %s', (_, content, expected) => {
    expect(problemOf(file(`case-${Math.random()}.json`, JSON.stringify(content)))).toContain(expected);
  });

  it('refuses a file that is not JSON, one that cannot be read, and a relative ESIM_COUNTER_POLICY', () => {
    expect(problemOf(file('trailing-comma.json', '{ "storeName": "Kiosk", }'))).toContain('it is not JSON (');
    const directory = join(folder, 'a-folder.json');
    mkdirSync(directory);
    expect(problemOf(directory)).toContain('it could not be read (EISDIR)');
    expect(loadPolicy({ ESIM_COUNTER_POLICY: 'policy.json' })).toMatchObject({
      status: 'refused',
      problem: expect.stringContaining('ESIM_COUNTER_POLICY must be the full path of the file'),
    });
  });

  it('an http feed on this machine (a test server) is allowed', () => {
    expect(named(file('local.json', JSON.stringify({ updateUrl: 'http://127.0.0.1:8123/feed/' }))).status).toBe(
      'applied',
    );
  });
});
