// Totals the unit (Vitest) and browser (Playwright) reports into one line: `N passed, N failed`.
// A run that failed before or outside the tests (types, lint, build) counts as one failure, so a red run never
// prints "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed (${unit.numTotalTests} in all)`);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  console.log(`browser: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
}
if (status !== 0 && failed === 0) {
  failed = 1;
  console.log('npm test failed outside the tests (types, lint or build): see the log above');
}
console.log(`${passed} passed, ${failed} failed`);
