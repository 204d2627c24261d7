/**
 * @dti/command-handling — how a command changes a stream (read, fold with the domain's fold, decide,
 * append with the expected revision, retry a lost race, answer a retried command once), for the API,
 * the CLI, the seeding and the bench alike, and the command side's cache of folded streams (FoldCache).
 * Imports only the domain and the event store's port (and lru-cache).
 */
export { DEFAULT_MAX_RETRIES, handleCommand } from './handle-command';
export type { HandleOptions } from './handle-command';
export { readState } from './read-state';
export type { CommandResult, LoadedEvent, ReadState, StreamFold } from './read-state';
export { FOLD_CACHE_MAX_EVENTS, FoldCache } from './fold-cache';
export type { FoldCacheOptions, FoldedRead } from './fold-cache';
