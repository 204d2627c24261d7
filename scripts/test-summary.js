// One plain closing line with the counts of Jest and Playwright (`npm test`, CI).
const { existsSync, readFileSync } = require('node:fs');

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('var/ci/jest-results.json')) {
  const jest = JSON.parse(readFileSync('var/ci/jest-results.json', 'utf8'));
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0);
  skipped += jest.numPendingTests + jest.numTodoTests;
} else {
  console.error('Jest wrote no results');
  failed += 1;
}
if (existsSync('var/ci/playwright-results.json')) {
  const stats = JSON.parse(readFileSync('var/ci/playwright-results.json', 'utf8')).stats;
  passed += stats.expected + (stats.flaky ?? 0);
  failed += stats.unexpected;
  skipped += stats.skipped;
} else if (process.env.SKIP_BROWSER_TESTS !== '1') {
  console.error('Playwright wrote no results');
  failed += 1;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed + failed === 0) {
  console.error('no test ran');
  process.exit(1);
}
