/** Unit specs sit beside the code; contract, integration and e2e suites live under test/ and use the real services. */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`'s job; transpiling alone keeps the suite fast on 2 cores.
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  // EVENTSTORE_CONNECTION_STRING reaches the EventStoreDB contract suite only, never the other suites' apps.
  setupFiles: ['<rootDir>/test/event-store/support/contract-only-event-store.ts'],
  rootDir: __dirname,
};

module.exports = {
  maxWorkers: 2,
  // Integration suites talk to real PostgreSQL/Redis; unit specs finish far inside this bound anyway.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.contract.ts', '<rootDir>/test/**/*.spec.ts'],
      // Playwright runs the browser specs (test/browser/playwright.config.ts), after Jest.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
    },
  ],
};
