import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_METHODS, invokeChannel } from '../../src/shared/channels';

const root = join(__dirname, '../..');

interface StandInReport {
  order: string[];
  schemes: Array<{ scheme: string }>;
  channels: string[];
  windows: Array<{ webPreferences: Record<string, unknown> }>;
  loaded: string[];
  windowCalls: string[];
  sandboxEnabled: boolean;
}

/** Starts the built main under the stand-in; `instance` says which start of the app it is (see the stand-in). */
function startBuiltMain(
  instance: 'first' | 'second' | 'first-then-second' = 'first',
  dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-main-')),
): Promise<StandInReport> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-r', join(root, 'test/support/electron-stand-in.cjs'), join(root, 'out/main/index.js')],
      {
        env: { ...process.env, ESIM_COUNTER_DATA_DIR: dataDir, STAND_IN_INSTANCE: instance },
        timeout: 15_000,
      },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((candidate) => candidate.startsWith('STAND-IN-REPORT '));
        if (line) resolve(JSON.parse(line.slice('STAND-IN-REPORT '.length)) as StandInReport);
        else reject(new Error(`no report from the built main bundle: ${error?.message ?? ''}\n${stderr}`));
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('STAND-IN-REPORT ')) setTimeout(() => child.kill(), 50);
    });
  });
}

describe('the built main bundle', () => {
  it('loads under a stand-in electron module and wires the counter window securely', async () => {
    expect(existsSync(join(root, 'out/main/index.js')), 'run the build first').toBe(true);
    const report = await startBuiltMain();
    expect(report.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(report.order.indexOf('whenReady'));
    expect(report.schemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(report.order).toContain('handle:app');
    // Navigation and window.open refusals must be in place before the first window exists.
    expect(report.order.indexOf('app.on:web-contents-created')).toBeGreaterThan(-1);
    expect(report.order.indexOf('app.on:web-contents-created')).toBeLessThan(report.order.indexOf('new BrowserWindow'));
    expect([...report.channels].sort()).toEqual(CONSOLE_METHODS.map(invokeChannel).sort());
    expect(report.sandboxEnabled).toBe(true);
    expect(report.windows[0]?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(report.windows[0]?.webPreferences.preload)).toMatch(/out[/\\]preload[/\\]index\.js$/);
    expect(report.loaded).toEqual(['app://counter/index.html']);
    expect(report.windowCalls).toEqual([]);
  });

  it('a second start of the app quits at once, before it opens a window or the journal', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-main-'));
    const report = await startBuiltMain('second', dataDir);
    expect(report.order).toContain('requestSingleInstanceLock');
    expect(report.order.at(-1)).toBe('app.quit');
    expect(report.order).not.toContain('whenReady');
    expect(report.windows).toEqual([]);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('the first app brings its counter window to the front when a second start is announced', async () => {
    const report = await startBuiltMain('first-then-second');
    expect(report.order).toContain('app.on:second-instance');
    expect(report.windowCalls).toEqual(['restore', 'show', 'focus']);
  });
});
