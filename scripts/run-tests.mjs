// `npm test`: every check and every test runner that can run on this machine, in order. A failing step
// does not stop the later ones (so one run shows everything that is wrong), but fails the whole run.
// The checks' outcomes are written to test-results/checks.json beside the runners' own JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const steps = [
  { name: 'lint', kind: 'check', command: 'eslint .' },
  { name: 'format', kind: 'check', command: 'prettier --check .' },
  // The same command as `npm run typecheck`: tsc -b follows tsconfig.json's references (tsc -p does not).
  { name: 'typecheck', kind: 'check', command: 'npm run -s typecheck' },
  { name: 'build', kind: 'check', command: 'electron-vite build' },
  { name: 'security scan (electronegativity)', kind: 'check', command: 'node scripts/security-scan.mjs' },
  { name: 'CI workflow (action-validator)', kind: 'check', command: 'action-validator .github/workflows/ci.yml' },
  { name: 'unit (vitest)', kind: 'runner', command: 'vitest run' },
  { name: 'browser + electron (playwright)', kind: 'runner', command: 'playwright test' },
];

const outcomes = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const result = spawnSync(step.command, { stdio: 'inherit', shell: true, env: process.env });
  outcomes.push({ name: step.name, kind: step.kind, passed: result.status === 0 });
}

mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/checks.json',
  JSON.stringify(
    outcomes.filter((outcome) => outcome.kind === 'check'),
    null,
    2,
  ),
);

console.log('\nnpm test:');
for (const outcome of outcomes) console.log(`  ${outcome.passed ? 'ok    ' : 'FAILED'}  ${outcome.name}`);
process.exit(outcomes.every((outcome) => outcome.passed) ? 0 : 1);
