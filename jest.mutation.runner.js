/**
 * Mutation runs only (jest.mutation.config.js `runner`): Jest's own runner, given only the spec files that hold
 * a test Stryker asks for. Stryker's jest runner runs a mutant as `--findRelatedTests <mutated file>` with a
 * `testNamePattern` of the covering tests' full names, so Jest loads every spec file that imports the mutated
 * file even when none of its tests is selected: a mutant of `domain-errors.ts` loaded most of libs/domain's
 * specs (some 4 s a mutant here). The dry run (no pattern) records each file's test names; a mutant's run
 * keeps the files with a name the pattern selects. Files left out would have run no test, so no result
 * changes; without a record (a test process restarted before any dry run) nothing is filtered.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const TestRunner = require('jest-runner').default;

/**
 * Test file → its tests' full names, per sandbox (Stryker copies the project; rootDir is the copy).
 * MUTATION_TEST_NAMES names another file (test/tooling's spec).
 */
const recordPath = (rootDir) => process.env.MUTATION_TEST_NAMES ?? join(rootDir, '.stryker-test-names.json');

let record = null;

function readRecord(rootDir) {
  if (record !== null) return record;
  try {
    record = JSON.parse(readFileSync(recordPath(rootDir), 'utf8'));
  } catch {
    return null;
  }
  return record;
}

class SelectedFilesTestRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const pattern = this._globalConfig.testNamePattern;
    const rootDir = this._globalConfig.rootDir;
    if (!pattern) {
      // A run of every test (Stryker's dry run): remember which names each file holds.
      const names = {};
      this.on('test-file-success', ([test, result]) => {
        names[test.path] = result.testResults.map((t) => t.fullName);
      });
      await super.runTests(tests, watcher, options);
      record = { ...(readRecord(rootDir) ?? {}), ...names };
      writeFileSync(recordPath(rootDir), JSON.stringify(record));
      return;
    }
    const known = readRecord(rootDir);
    if (known === null) return super.runTests(tests, watcher, options);
    // Jest matches testNamePattern case-insensitively against each test's full name.
    const selects = new RegExp(pattern, 'i');
    const selected = tests.filter((test) => {
      const names = known[test.path];
      // A file the dry run did not see (it failed to load then) runs as Jest would run it.
      return names === undefined || names.some((name) => selects.test(name));
    });
    return super.runTests(selected, watcher, options);
  }
}

module.exports = SelectedFilesTestRunner;
