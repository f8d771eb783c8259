import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_METHODS, invokeChannel } from '../../src/shared/channels';

const root = join(__dirname, '../..');

interface Press {
  key: string;
  control?: boolean;
}
interface StandInReport {
  order: string[];
  schemes: Array<{ scheme: string }>;
  channels: string[];
  listeners: string[];
  windows: Array<{ webPreferences: Record<string, unknown> }>;
  loaded: string[];
  windowCalls: string[];
  sandboxEnabled: boolean;
  menu: MenuEntry[] | null | undefined;
  shortcuts: Array<{ contents: number; press: Press; prevented: boolean }>;
  devToolsClosed: number;
}
interface MenuEntry {
  role?: string;
  label?: string;
  type?: string;
  submenu?: MenuEntry[];
}

/** Starts the built main under the stand-in; `instance` says which start of the app it is (see the stand-in). */
function startBuiltMain(options: {
  packaged: boolean;
  dataDir?: string;
  instance?: 'first' | 'second' | 'first-then-second';
}): Promise<StandInReport> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-r', join(root, 'test/support/electron-stand-in.cjs'), join(root, 'out/main/index.js')],
      {
        env: {
          ...process.env,
          ESIM_COUNTER_DATA_DIR: options.dataDir ?? mkdtempSync(join(tmpdir(), 'esim-counter-main-')),
          STAND_IN_PACKAGED: options.packaged ? '1' : '0',
          STAND_IN_INSTANCE: options.instance ?? 'first',
        },
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

const rolesIn = (entries: MenuEntry[]): string[] =>
  entries.flatMap((entry) => [...(entry.role ? [entry.role] : []), ...rolesIn(entry.submenu ?? [])]);

/** Menu roles that reload the page, open developer tools, zoom, or go full screen over the counter. */
const FORBIDDEN_ROLES = [
  'reload',
  'forceReload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'viewMenu',
  'fileMenu',
  'help',
];

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the built main bundle', () => {
  it('loads under a stand-in electron module and wires the counter window securely', async () => {
    expect(existsSync(join(root, 'out/main/index.js')), 'run the build first').toBe(true);
    const report = await startBuiltMain({ packaged: true });
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
    expect(report.loaded).toEqual(['app://counter/index.html', 'app://counter/customer.html']);
    expect(report.windowCalls).toEqual([]);
  });

  it('registers no IPC listener of its own beyond the checked console channels (none from electron-store)', async () => {
    const report = await startBuiltMain({ packaged: true });
    // ipcMain.on answers any renderer with no sender check: there must be none (electron-store's
    // constructor adds 'electron-store-get-data'). Every handler is a console channel, which checks the sender.
    expect(report.listeners).toEqual([]);
    expect(report.channels.every((channel) => channel.startsWith('console:'))).toBe(true);
  });

  it('packaged: no window has developer tools, our menu has no reload, devtools or zoom, and their keys do nothing', async () => {
    const report = await startBuiltMain({ packaged: true });
    expect(report.windows).toHaveLength(2); // the counter window and the customer display
    for (const window of report.windows) expect(window.webPreferences.devTools).toBe(false);

    expect(report.order.indexOf('setApplicationMenu')).toBeLessThan(report.order.indexOf('new BrowserWindow'));
    expect(report.menu).toBeTruthy();
    const roles = rolesIn(report.menu ?? []);
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'minimize']));
    expect(roles.filter((role) => FORBIDDEN_ROLES.includes(role))).toEqual([]);
    // Nothing that runs code or opens a URL survives as data: a template of roles, labels and separators.
    expect(JSON.stringify(report.menu)).not.toMatch(/https?:|click/);

    const swallowed = report.shortcuts.filter((shortcut) => shortcut.prevented).map(({ press }) => press);
    const passed = report.shortcuts.filter((shortcut) => !shortcut.prevented).map(({ press }) => press);
    expect(swallowed).toHaveLength(2 * 9); // every devtools and reload key, in both windows
    expect(passed).toEqual([
      expect.objectContaining({ key: 'c', control: true }),
      expect.objectContaining({ key: 'c', control: true }),
    ]);
    expect(report.devToolsClosed).toBe(2);
  });

  it('in development: developer tools, Electron’s own menu and every shortcut stay available', async () => {
    const report = await startBuiltMain({ packaged: false });
    for (const window of report.windows) expect(window.webPreferences.devTools).toBe(true);
    expect(report.menu).toBeUndefined(); // never set: Electron's default menu, with its developer entries
    expect(report.shortcuts.length).toBeGreaterThan(0);
    expect(report.shortcuts.filter((shortcut) => shortcut.prevented)).toEqual([]);
    expect(report.devToolsClosed).toBe(0);
  });

  it.skipIf(process.platform === 'win32')(
    'makes a data folder an older version left open (0755, files 0644) readable by this user only',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-main-open-'));
      chmodSync(dataDir, 0o755);
      mkdirSync(join(dataDir, 'logs'), { mode: 0o755 });
      chmodSync(join(dataDir, 'logs'), 0o755);
      const planted = ['settings.json', 'vault.json', 'sales.journal', 'audit.journal', 'logs/main.log'];
      planted.forEach((name) =>
        writeFileSync(join(dataDir, name), name.endsWith('.json') ? '{}' : '', { mode: 0o644 }),
      );
      planted.forEach((name) => chmodSync(join(dataDir, name), 0o644));

      await startBuiltMain({ packaged: true, dataDir });
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(join(dataDir, 'logs'))).toBe(0o700);
      const files = [
        ...readdirSync(dataDir).filter((name) => name !== 'logs'),
        ...readdirSync(join(dataDir, 'logs')).map((name) => `logs/${name}`),
      ];
      expect(files).toEqual(expect.arrayContaining(planted));
      for (const name of files)
        expect({ name, mode: modeOf(join(dataDir, name)).toString(8) }).toEqual({ name, mode: '600' });
    },
  );

  it('a second start of the app quits at once, before it opens a window or the journal', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'esim-counter-main-'));
    const report = await startBuiltMain({ packaged: true, instance: 'second', dataDir });
    expect(report.order).toContain('requestSingleInstanceLock');
    expect(report.order.at(-1)).toBe('app.quit');
    expect(report.order).not.toContain('whenReady');
    expect(report.windows).toEqual([]);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('the first app brings its counter window to the front when a second start is announced', async () => {
    const report = await startBuiltMain({ packaged: true, instance: 'first-then-second' });
    expect(report.order).toContain('app.on:second-instance');
    expect(report.windowCalls).toEqual(['restore', 'show', 'focus']);
  });
});
