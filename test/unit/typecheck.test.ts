// `npm run typecheck` (and npm test's typecheck step, which runs it) must check the code, not just exit 0.
// tsconfig.json is a solution file (no files of its own, three references): only `tsc -b` follows the
// references. A probe project of the same shape, holding one type error, shows the command fails on it,
// and that the command it replaced (`tsc -p tsconfig.json`) would have passed it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

function probeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'esim-counter-typecheck-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ files: [], references: [{ path: './probe.json' }] }));
  writeFileSync(
    join(dir, 'probe.json'),
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.base.json'),
      compilerOptions: { composite: true, types: [], tsBuildInfoFile: './probe.tsbuildinfo' },
      include: ['probe.ts'],
    }),
  );
  writeFileSync(join(dir, 'probe.ts'), "export const price: number = 'four ninety-nine';\n");
  return dir;
}

const tsc = (command: string, cwd: string) =>
  spawnSync(process.execPath, [TSC, ...command.replace(/^tsc\s+/, '').split(/\s+/)], { cwd, encoding: 'utf8' });

describe('the type check checks', () => {
  it('npm test runs exactly `npm run typecheck`', () => {
    expect(readFileSync(join(ROOT, 'scripts/run-tests.mjs'), 'utf8')).toContain("command: 'npm run -s typecheck'");
    expect(script.typecheck).toBe('tsc -b');
  });

  it('the typecheck command fails on a type error in a referenced project; tsc -p would not have', () => {
    const dir = probeProject();
    const checked = tsc(script.typecheck!, dir);
    expect(checked.status).not.toBe(0);
    expect(checked.stdout).toContain("error TS2322: Type 'string' is not assignable to type 'number'.");
    expect(tsc('tsc -p tsconfig.json', dir).status).toBe(0);
  });
});
