// The GitHub Actions workflow is checked by a workflow linter (action-validator, from the npm registry)
// against GitHub's schema, and against what the README promises of CI: three operating systems on Node 24,
// the Electron suite required (never skipped) there, the installers built, and both kept as artifacts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const workflowPath = join(root, '.github/workflows/ci.yml');
const workflow = readFileSync(workflowPath, 'utf8');

function validate(path: string) {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/@action-validator/cli/cli.mjs'), path], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the CI workflow', () => {
  it('is valid by the workflow linter', () => {
    expect(validate(workflowPath)).toEqual({ status: 0, output: '' });
  });

  it('the linter rejects a workflow that GitHub would reject (a misspelt key, a job without runs-on)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-probe-'));
    const misspelt = join(dir, 'misspelt.yml');
    writeFileSync(misspelt, workflow.replace('runs-on: ${{ matrix.os }}', 'run-on: ${{ matrix.os }}'));
    const result = validate(misspelt);
    expect(result.status).toBe(1);
    expect(result.output).toContain('runs-on');
  });

  it('runs npm test with the Electron suite required, and builds the installers, on three systems with Node 24', () => {
    expect(workflow).toMatch(/os: \[ubuntu-latest, windows-latest, macos-latest\]/);
    expect(workflow).toMatch(/node-version: 24\n/);
    expect(workflow).toMatch(/run: xvfb-run .* npm test\n/);
    expect(workflow.match(/ESIM_COUNTER_REQUIRE_ELECTRON: '1'/g)).toHaveLength(2);
    expect(workflow).toMatch(/run: npm run dist\n/);
    expect(workflow).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(workflow).toMatch(/run: npx install-electron\n/);
    expect(workflow.match(/uses: actions\/upload-artifact@v4/g)).toHaveLength(2);
    expect(workflow).toMatch(/dist\/\*\.exe/);
    expect(workflow).toMatch(/test-results\//);
  });
});
