// The leak test: the console runs the fault scenarios with a known client secret, logging to a real
// file through the redactor, with its settings in a real file; afterwards neither the secret nor any
// activation code or matching id is found in the log or the settings file.
import Conf from 'conf';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CounterConsole } from '../../src/main/core/console';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { fileLogger } from '../../src/main/core/log/node-log';
import { Redactor } from '../../src/main/core/log/redactor';
import { createSettingsStore } from '../../src/main/core/settings';
import { memoryVault } from '../../src/main/core/vault';
import { startDemoWorld } from '../../src/main/simulator/demo-world';
import { saleRequestFor, tempDir, until } from '../support/console';

const SECRET = 'Known-Client-Secret-7f3a9c';

describe('no secret reaches a log or the settings file', () => {
  it('after sales, refusals, lost answers, re-authentication, refused credentials and reconciliation', async () => {
    const dataDir = tempDir('esim-counter-leak-');
    const credentials = { clientId: 'store-client', clientSecret: SECRET };
    const world = await startDemoWorld({ credentials, scanDelayMs: 20 });
    const redactor = new Redactor();
    redactor.addSecret(SECRET);
    const settingsFile = new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: 'settings',
      projectName: 'esim-counter',
    });
    settingsFile.set('reconciliationWindowMs', 1000);
    const journal = SalesJournal.open(dataDir);
    const counter = new CounterConsole({
      settings: createSettingsStore(settingsFile, () => undefined),
      vault: memoryVault(),
      journal,
      startDemo: async () => world,
      log: fileLogger(join(dataDir, 'logs', 'main.log'), redactor),
      secret: (value) => redactor.addSecret(value),
      clientTuning: { timeoutMs: 500, retry: { limit: 1, baseDelayMs: 5, maxDelayMs: 50 } },
      pollIntervalMs: () => 20,
      reconcileEveryMs: 50,
      probeEveryMs: 50,
    });
    const simulator = world.simulator;
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
      await counter.close();
      journal.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));

    const codes = simulator.account.activations.map(
      (activation) => simulator.account.esim(activation.iccid)!.activationCode,
    );
    expect(codes.length).toBeGreaterThanOrEqual(3);
    const files = [
      join(dataDir, 'settings.json'),
      ...readdirSync(join(dataDir, 'logs')).map((name) => join(dataDir, 'logs', name)),
    ];
    const log = readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('completed');
    expect(log).toContain('verifying');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(SECRET);
      for (const code of codes) {
        expect(text, file).not.toContain(code);
        expect(text, file).not.toContain(code.split('$')[2]);
      }
    }
  });
});
