/**
 * Mutation runs only (jest.mutation.config.js `runner`): Jest's own runner, given only the spec files that hold
 * a test Stryker asks for, fastest first, stopping at the first file with a failing test.
 *
 * Stryker's jest runner runs a mutant as `--findRelatedTests <mutated file>` with a `testNamePattern` of the
 * covering tests' full names, and with Jest's `bail` off. So Jest loaded every spec file importing the mutated
 * file even when none of its tests was selected (a mutant of `domain-errors.ts` loaded most of libs/domain's
 * specs), and ran every covering file even after one had killed the mutant, slowest first (Jest orders by past
 * duration): the fold's property spec (~30 s) ran for each decider mutant a two-line decider spec had already
 * killed. Whole runs took hours a library here.
 *
 * The dry run (no pattern) records each file's test names and duration; a mutant's run keeps the files with a
 * name the pattern selects, in order of duration, one file at a time until one fails. A file left out would
 * have run no test, and a file after a failure cannot turn a killed mutant into a survivor, so no verdict
 * changes (a killed mutant lists fewer killing tests). Without a record (a test process restarted before any
 * dry run) it runs what Jest gave it, as Jest would.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const TestRunner = require('jest-runner').default;

/**
 * Test file → { names: its tests' full names, ms: its run time }, per sandbox (Stryker copies the project;
 * rootDir is the copy). MUTATION_TEST_NAMES names another file (test/tooling's spec).
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

const failed = (result) => result.numFailingTests > 0 || result.testExecError !== undefined;

class SelectedFilesTestRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const pattern = this._globalConfig.testNamePattern;
    const rootDir = this._globalConfig.rootDir;
    if (!pattern) {
      // A run of every test (Stryker's dry run): remember which names each file holds, and how long it takes.
      const seen = {};
      const off = this.on('test-file-success', ([test, result]) => {
        seen[test.path] = {
          names: result.testResults.map((t) => t.fullName),
          ms: result.perfStats.end - result.perfStats.start,
        };
      });
      try {
        await super.runTests(tests, watcher, options);
      } finally {
        off();
      }
      record = { ...(readRecord(rootDir) ?? {}), ...seen };
      writeFileSync(recordPath(rootDir), JSON.stringify(record));
      return;
    }
    const known = readRecord(rootDir);
    if (known === null) return super.runTests(tests, watcher, options);
    // Jest matches testNamePattern case-insensitively against each test's full name.
    const selects = new RegExp(pattern, 'i');
    const selected = tests
      // A file the dry run did not see (it failed to load then) runs as Jest would run it, last.
      .filter((test) => known[test.path] === undefined || known[test.path].names.some((name) => selects.test(name)))
      .sort((a, b) => (known[a.path]?.ms ?? Infinity) - (known[b.path]?.ms ?? Infinity));
    let killed = false;
    const offSuccess = this.on('test-file-success', ([, result]) => {
      killed ||= failed(result);
    });
    const offFailure = this.on('test-file-failure', () => {
      killed = true;
    });
    try {
      for (const test of selected) {
        if (killed || watcher.isInterrupted()) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      offSuccess();
      offFailure();
    }
  }
}

module.exports = SelectedFilesTestRunner;
