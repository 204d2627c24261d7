/** The criteria catalogues: their data contract, exact numbers, tree helpers, validator and registry. */
export * from './catalogue.types';
export { Rational } from './rational';
export {
  UNIT_BLOCKS,
  catalogueIndex,
  catalogueMax,
  computedMax,
  findNode,
  isLeaf,
  listLeaves,
  walkCatalogue,
} from './catalogue-tree';
export type { IndexedNode } from './catalogue-tree';
export { NOTICE_KINDS, SCHEMA_PROBLEM_KINDS, isBlockingFinding } from './catalogue-finding';
export type { CatalogueFinding, FindingKind, NoticeKind, SchemaProblemKind } from './catalogue-finding';
export { validateCatalogue } from './catalogue.validator';
export {
  CatalogueError,
  DuplicateCatalogueError,
  InvalidCatalogueError,
  UnknownCatalogueError,
} from './catalogue.errors';
export type { CatalogueErrorCode } from './catalogue.errors';
export { CatalogueRegistry } from './catalogue.registry';
export { catalogueRegistry, getCatalogue, listCatalogues, registerCatalogue } from './catalogues';
export { tth2020Targets } from './targets/tth-2020-targets';
export { summarizeRule } from './rule-summary';
