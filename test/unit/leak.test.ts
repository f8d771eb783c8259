// The leak tests: the console runs fault scenarios with a known client secret, logging to a real file
// through the redactor, with its settings, journal and audit trail in a real data folder; afterwards no
// secret, token, activation code or matching id is found in any file of that folder.
import Conf from 'conf';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCounterConsole } from '../../src/main/core/console';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { fileLogger } from '../../src/main/core/log/node-log';
import { Redactor } from '../../src/main/core/log/redactor';
import { createSettingsStore } from '../../src/main/core/settings';
import { memoryVault } from '../support/memory-vault';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import type { SimulatorOptions } from '../../src/main/simulator/server';
import { saleRequestFor, tempDir, until } from '../support/console';

const SECRET = 'Known-Client-Secret-7f3a9c';

async function leakConsole(simulator: SimulatorOptions = {}) {
  const dataDir = tempDir('esim-counter-leak-');
  const credentials = { clientId: 'store-client', clientSecret: SECRET };
  const world = await startDemoWorld({ credentials, scanDelayMs: 20, ...simulator });
  const redactor = new Redactor();
  redactor.addSecret(SECRET);
  const settingsFile = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'settings',
    projectName: 'esim-counter',
  });
  settingsFile.set('reconciliationWindowMs', 1000);
  const journal = SalesJournal.open(dataDir);
  const counter = createCounterConsole({
    settings: createSettingsStore(settingsFile, () => undefined),
    vault: memoryVault(),
    journal,
    audit: AuditTrail.open(dataDir),
    startDemo: async () => world,
    log: fileLogger(join(dataDir, 'logs', 'main.log'), redactor),
    secret: (value) => redactor.addSecret(value),
    clientTuning: { timeoutMs: 500, retry: { limit: 1, baseDelayMs: 5, maxDelayMs: 50 } },
    pollIntervalMs: () => 20,
    reconcileEveryMs: 50,
    probeEveryMs: 50,
  });
  const close = async () => {
    await counter.close();
    journal.close();
    // electron-log writes asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
  return { counter, simulator: world.simulator, dataDir, close };
}

/** Every file in the data folder (journal, audit trail, settings, logs), with its text. */
function dataFiles(dir: string): Array<[string, string]> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => [path, readFileSync(path, 'utf8')]);
}

describe('no secret reaches a log or the settings file', () => {
  it('after sales, refusals, lost answers, re-authentication, refused credentials and reconciliation', async () => {
    const { counter, simulator, dataDir, close } = await leakConsole();
    const { request } = await saleRequestFor(counter);
    const events: string[] = [];
    counter.on('handoff', (handoff) => events.push(handoff?.phase ?? 'none'));
    try {
      await counter.startSale(request);
      await counter.simulateScan('INSTALLED');
      await until(() => counter.customerView().screen === 'installed');
      await counter.leaveHandoff();

      simulator.faults.add({ path: '/register', action: 'hang', commit: true });
      await counter.startSale(request);
      await until(() => events.at(-1) === 'active', 5_000);
      await counter.leaveHandoff();

      simulator.faults.add({ path: '/register', action: 'status', status: 500 });
      await counter.startSale(request);
      await until(() => events.at(-1) === 'not-charged', 5_000);
      await counter.retrySale();
      await counter.leaveHandoff();

      simulator.revokeTokens();
      simulator.account.creditCents = 0;
      await counter.startSale(request);
      await counter.leaveHandoff();
      await counter.updateSettings({ storeName: 'Leak test store' });
      simulator.faults.add({ path: '/inventory', action: 'status', status: 401, times: 2 });
      await expect(counter.listCatalogue()).rejects.toThrow('refused the store');
      expect(simulator.authentications).toBeGreaterThanOrEqual(3);
    } finally {
      await close();
    }

    const codes = simulator.account.activations.map(
      (activation) => simulator.account.esim(activation.iccid)!.activationCode,
    );
    expect(codes.length).toBeGreaterThanOrEqual(3);
    const files = dataFiles(dataDir);
    const log = files.find(([path]) => path.endsWith('main.log'))?.[1] ?? '';
    expect(log).toContain('completed');
    expect(log).toContain('verifying');
    // The sales journal holds the codes of the sales it completed: it is the one file meant to.
    for (const [path, text] of files.filter(([file]) => !file.endsWith('sales.journal'))) {
      expect(text, path).not.toContain(SECRET);
      for (const code of codes) {
        expect(text, path).not.toContain(code);
        expect(text, path).not.toContain(code.split('$')[2]);
      }
    }
  });

  it('an authentication answer naming its tokens otherwise, and an odd sale answer, leave only the allow-list', async () => {
    // A token that lives under a minute is never reused: every call authenticates, so the faults below meet it.
    const { counter, simulator, dataDir, close } = await leakConsole({ tokenLifetimeSeconds: 60 });
    const leaks = {
      accessToken: 'opaque-access-9Qw7Zt3Lm5',
      refreshToken: 'opaque-refresh-4Hs8Kd2Vx6',
      idToken:
        'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdG9yZS1jbGllbnQiLCJlbWFpbCI6Im93bmVyQGV4YW1wbGUuY29tIn0.c2lnbmF0dXJlLWJ5dGVz',
      deepToken: 'opaque-deep-1Nb5Rc9Tf2',
      matchingId: 'HOSTILE-MATCH-7731',
      otherEmail: 'someone.else@example.com',
      unlistedField: 'NOT-AN-ALLOWED-FIELD',
    };
    const encodedCode = encodeURIComponent(`LPA:1$rsp.hostile.example$${leaks.matchingId}`);
    const nested = (levels: number, value: object): object =>
      levels === 0 ? value : { next: nested(levels - 1, value) };
    const hostileAuthentication = {
      access_token: leaks.accessToken,
      refresh_token: leaks.refreshToken,
      idToken: leaks.idToken,
      token_type: 'Bearer',
      expires_in: 300,
      message: `Welcome back, your session token is ${leaks.accessToken}`,
      detail: nested(10, { access_token: leaks.deepToken, link: `https://x.example/?carddata=${encodedCode}` }),
    };
    const { request } = await saleRequestFor(counter);
    const sentences: string[] = [];
    counter.on('sale', (sale) => sentences.push(sale.errors.at(-1)?.message ?? ''));
    try {
      // 2xx that fails the token schema, a refusal and a server error: each quoting a token to the clerk.
      for (const [status, sentence] of [
        [
          200,
          'Gigastore sent an answer to authentication that this console does not understand (accessToken is missing).',
        ],
        [401, "Gigastore refused the store's API credentials (HTTP 401). A manager should check them in Settings."],
        [503, 'Gigastore had a server error (HTTP 503). Try again in a moment.'],
      ] as const) {
        simulator.faults.add({
          path: '/reseller/authenticate',
          action: 'answer',
          status,
          body: hostileAuthentication,
          times: 50,
        });
        await counter.startSale(request);
        await until(() => sentences.at(-1) === sentence);
        await counter.leaveHandoff();
        simulator.faults.clear();
      }
      await counter.updateSettings({ storeName: 'Leak test store' });

      // A sale charged, then answered 2xx in a shape the console does not know: uncertain, then found.
      simulator.faults.add({
        path: '/register',
        action: 'answer',
        commit: true,
        body: {
          status: 'ACCEPTED',
          title: 'Registered',
          message: `Install with LPA:1$rsp.hostile.example$${leaks.matchingId}`,
          code: 'R-1',
          type: 'https://api.giga.store/problems/odd-shape',
          customerEmail: leaks.otherEmail,
          internalNote: leaks.unlistedField,
          access_token: leaks.accessToken,
        },
      });
      const phases: string[] = [];
      counter.on('handoff', (handoff) => phases.push(handoff?.phase ?? 'none'));
      const handoff = await counter.startSale(request);
      expect(handoff.phase).toBe('verifying');
      await until(() => phases.at(-1) === 'active', 5_000);
      const sale = await counter.getSale(handoff.saleId);
      expect(sale.errors.map((error) => error.answer)).toEqual([
        {
          status: 'ACCEPTED',
          title: 'Registered',
          message: 'Install with LPA:1$[redacted]',
          code: 'R-1',
          type: 'https://api.giga.store/problems/odd-shape',
        },
      ]);
    } finally {
      await close();
    }

    const reopened = SalesJournal.open(dataDir);
    const stored = reopened.all().flatMap((sale) => sale.errors);
    reopened.close();
    expect(stored.filter((error) => error.answer)).toHaveLength(1);
    const files = dataFiles(dataDir);
    expect(files.map(([path]) => path.slice(dataDir.length))).toEqual(
      expect.arrayContaining(['/sales.journal', '/audit.journal', '/settings.json', '/logs/main.log']),
    );
    expect(files.find(([path]) => path.endsWith('main.log'))?.[1]).toContain('accessToken is missing');
    for (const [path, text] of files) {
      for (const leak of [...Object.values(leaks), SECRET]) expect(text, path).not.toContain(leak);
    }
  });
});
