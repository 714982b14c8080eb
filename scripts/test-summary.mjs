// One closing line for the whole suite, "tests: N passed, N failed", from vitest's JSON reports,
// after the names of the tests that were skipped (those that need the raw sources, in a clone without them).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const skipped = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing (that run did not finish)`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const result of report.testResults) {
    for (const test of result.assertionResults) {
      if (['pending', 'skipped', 'todo'].includes(test.status)) skipped.push(test.fullName);
    }
  }
}
for (const name of skipped) console.log(`skipped: ${name}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`);
