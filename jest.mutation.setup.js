/**
 * Mutation runs only (jest.mutation.config.js): a mutant is killed by the first failing run of a property;
 * shrinking it to a minimal counter-example, which a person reads and Stryker does not, cost minutes a mutant
 * in the fold's property spec (6 mutants a minute, CONTRIBUTING.md).
 */
const fc = require('fast-check');

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
