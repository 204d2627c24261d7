/**
 * Jest for mutation testing (stryker.config.mjs): the unit project only, and only the specs of the pure
 * libraries being mutated — the integration project needs PostgreSQL/Redis and the apps' specs test other code.
 */
const { projects } = require('./jest.config');

const {
  displayName: _displayName,
  setupFiles: _setupFiles,
  ...unit
} = projects.find((project) => project.displayName === 'unit');

module.exports = {
  ...unit,
  // The event-store setup file only guards the integration suites; the sandbox does not copy test/.
  testMatch: ['<rootDir>/libs/{scoring,catalogue,domain}/src/**/*.spec.ts'],
  setupFiles: ['<rootDir>/jest.mutation.setup.js'],
  runner: '<rootDir>/jest.mutation.runner.js',
  // Jest crawls its roots on every mutant's run: the three libraries, not the whole sandbox. Their test kits
  // are roots too: Stryker's related-test lookup follows Jest's module graph, and a spec that reaches the
  // mutated file only through a kit (libs/domain/testing's assessment kits) was otherwise left out of a
  // per-file run, which then reported its mutants as not covered.
  roots: [
    '<rootDir>/libs/scoring/src',
    '<rootDir>/libs/scoring/testing',
    '<rootDir>/libs/catalogue/src',
    '<rootDir>/libs/domain/src',
    '<rootDir>/libs/domain/testing',
  ],
};
