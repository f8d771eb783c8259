// Electronegativity over src/ (the static checks of Electron's security checklist), run offline for real.
// The tool downloads its translations at start; offline that download fails and a retry later throws an
// uncaught error, killing the scan after it printed nothing useful. Here the download is answered from
// the locale files the package itself ships (the same en-US.json it would fetch), so no network is used.
// The check that downloads Electron's release list is skipped (the Electron version is pinned).
// Fails when the tool throws, scans no file, gives no result, or finds anything of HIGH severity; lower
// findings are printed for review, and all are written to test-results/electronegativity.json. Usage: node scripts/security-scan.mjs [folder] (default: src).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';

const require = createRequire(import.meta.url);
const input = process.argv[2] ?? 'src';
const electronVersion = require('electron/package.json').version;
const localesDir = dirname(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));

// Electronegativity's translations, from its own package instead of its S3 bucket.
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got' && parent?.filename?.startsWith(`${localesDir}${sep}`)) {
    return async (url) => {
      const file = join(localesDir, basename(new URL(url).pathname));
      return existsSync(file) ? { statusCode: 200, body: readFileSync(file, 'utf8') } : { statusCode: 404, body: '' };
    };
  }
  return load.call(this, request, parent, isMain);
};
// The locale the tool asks for comes from LANG; it ships en-US.
process.env.LANG = 'en-US';

function fail(sentence) {
  console.error(`security scan: ${sentence}`);
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
const report = join('test-results', 'electronegativity.json');
const run = require('@doyensec/electronegativity');
const { LoaderDirectory } = require('@doyensec/electronegativity/dist/loader');

if (!existsSync(input)) fail(`there is no folder ${input} to scan.`);
let result;
let scanned;
try {
  const loader = new LoaderDirectory();
  await loader.load(input);
  scanned = loader.list_files.size;
  if (scanned === 0) fail(`scanned no file in ${input}.`);
  result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
  });
} catch (error) {
  fail(`Electronegativity failed: ${error instanceof Error ? error.message : String(error)}`);
}
if (!result || !Array.isArray(result.issues) || !Array.isArray(result.errors))
  fail('Electronegativity gave no result.');

const findings = result.issues.map((issue) => ({
  issue: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  where: `${join(input, issue.file)}:${issue.location.line}:${issue.location.column}`,
}));
writeFileSync(report, JSON.stringify({ electronVersion, scanned, findings, errors: result.errors }, null, 2));
for (const finding of findings) console.log(`${finding.severity.padEnd(13)} ${finding.issue}  ${finding.where}`);
for (const error of result.errors) console.log(`could not parse ${error.file}: ${error.message}`);
const unparsed = result.errors.filter((error) => !error.tolerable);
const high = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'CRITICAL');
console.log(
  `electronegativity (Electron ${electronVersion}): scanned ${scanned} files with ${result.globalChecks + result.atomicChecks} checks; ${findings.length} findings, ${high.length} of high severity`,
);
if (unparsed.length) fail(`${unparsed.length} files could not be parsed, so they were not checked.`);
process.exit(high.length ? 1 : 0);
