// Sums the JSON reports of every runner (vitest, Playwright, and npm test's checks) into the one closing
// line CI reads: "N passed, N failed, N skipped". A missing report counts as a failure: a runner that
// crashed before writing one must not look like a clean run.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

const checks = read('test-results/checks.json');
if (checks) {
  const passed = checks.filter((check) => check.passed).length;
  totals.passed += passed;
  totals.failed += checks.length - passed;
  lines.push(
    `checks (lint, format, typecheck, build, security scan): ${passed} passed, ${checks.length - passed} failed`,
  );
} else {
  totals.failed += 1;
  lines.push('checks: no report (test-results/checks.json missing)');
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  lines.push(
    `vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests} skipped`,
  );
  if (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0) {
    totals.failed += vitest.numFailedTestSuites;
    lines.push(`vitest: ${vitest.numFailedTestSuites} test files failed to load`);
  }
} else {
  totals.failed += 1;
  lines.push('vitest: no report (test-results/vitest.json missing)');
}

const playwright = read('test-results/playwright.json');
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats ?? {};
  totals.passed += expected;
  totals.failed += unexpected + flaky;
  totals.skipped += skipped;
  lines.push(`playwright: ${expected} passed, ${unexpected + flaky} failed, ${skipped} skipped`);
  // A skipped suite says why (Playwright keeps the reason in the test's annotations).
  const reasons = new Set();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        for (const annotation of test.annotations ?? [])
          if (annotation.type === 'skip') reasons.add(annotation.description);
      }
    }
    (suite.suites ?? []).forEach(visit);
  };
  (playwright.suites ?? []).forEach(visit);
  reasons.forEach((reason) => lines.push(`playwright skipped: ${reason}`));
  for (const error of playwright.errors ?? []) {
    totals.failed += 1;
    lines.push(`playwright error: ${String(error.message ?? error).split('\n')[0]}`);
  }
} else {
  totals.failed += 1;
  lines.push('playwright: no report (test-results/playwright.json missing)');
}

lines.forEach((line) => console.log(line));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
