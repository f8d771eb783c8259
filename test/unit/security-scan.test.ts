// The security scan (scripts/security-scan.mjs, Electronegativity offline) must scan, and must fail when
// it finds something serious or cannot scan at all: a probe window without context isolation, an empty
// folder, a missing one, a scanner that crashes or gives nothing back.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function scan(folder?: string, env: Record<string, string> = {}) {
  const args = ['scripts/security-scan.mjs', ...(folder ? [folder] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'esim-counter-scan-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('the security scan', { timeout: 60_000 }, () => {
  it('scans src offline and says how many files it scanned', () => {
    const { code, out } = scan();
    expect(code).toBe(0);
    const scanned = Number(/scanned (\d+) files/.exec(out)?.[1]);
    expect(scanned).toBeGreaterThan(100);
    expect(out).toMatch(/0 of high severity/);
  });

  it('fails on a window without context isolation (a HIGH finding)', () => {
    const probe = folder({
      'main.ts':
        "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { contextIsolation: false } });\n",
    });
    const { code, out } = scan(probe);
    expect(code).toBe(1);
    expect(out).toMatch(/HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
  });

  it('fails when it scanned no file, or the folder is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'esim-counter-scan-'));
    mkdirSync(join(empty, 'nothing-here'));
    expect(scan(empty)).toMatchObject({ code: 1, out: expect.stringContaining('scanned no file') });
    expect(scan(join(empty, 'missing'))).toMatchObject({ code: 1, out: expect.stringContaining('no folder') });
  });

  it('fails when the scanner crashes or gives no result', () => {
    const probe = `--require=${join(ROOT, 'test/support/scanner-probe.cjs')}`;
    const crashed = scan(undefined, { NODE_OPTIONS: probe, SCANNER_PROBE: 'crash' });
    expect(crashed).toMatchObject({ code: 1, out: expect.stringContaining('Electronegativity failed') });
    const silent = scan(undefined, { NODE_OPTIONS: probe, SCANNER_PROBE: 'silent' });
    expect(silent).toMatchObject({ code: 1, out: expect.stringContaining('gave no result') });
  });
});
