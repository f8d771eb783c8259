// Electronegativity over src/ (the static checks of Electron's security checklist). Fails on any finding
// of HIGH severity; lower ones are printed for review. The check that downloads Electron's release list is
// skipped (CI has no such network need; the Electron version is pinned by package.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
mkdirSync('test-results', { recursive: true });
const output = 'test-results/electronegativity.csv';
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const run = spawnSync(
  process.execPath,
  [
    cli,
    '-i',
    'src',
    '-e',
    electronVersion,
    '-r',
    '-v',
    'false',
    '-x',
    'availablesecurityfixesglobalcheck',
    '-o',
    output,
  ],
  { encoding: 'utf8' },
);
let rows;
try {
  rows = readFileSync(output, 'utf8').trim().split('\n').slice(1);
} catch {
  console.error(`Electronegativity wrote no report (exit ${run.status}).\n${run.stderr}`);
  process.exit(1);
}
const findings = rows
  .map((row) => row.split(','))
  .map(([issue, severity, confidence, file, location]) => ({
    issue,
    severity: severity?.replaceAll('"', ''),
    confidence: confidence?.replaceAll('"', ''),
    where: `${file?.replaceAll('"', '')}:${location?.replaceAll('"', '')}`,
  }));
for (const finding of findings) console.log(`${finding.severity.padEnd(13)} ${finding.issue}  ${finding.where}`);
const high = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'CRITICAL');
console.log(
  `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${high.length} of high severity`,
);
process.exit(high.length ? 1 : 0);
