/**
 * @dti/command-handling — how a command changes a stream (read, fold with the domain's fold, decide,
 * append with the expected revision, retry a lost race, answer a retried command once), for the API,
 * the CLI, the seeding and the bench alike. Imports only the domain and the event store's port.
 */
export { DEFAULT_MAX_RETRIES, handleCommand, readState } from './handle-command';
export type { CommandResult, HandleOptions, LoadedEvent, ReadState, StreamFold } from './handle-command';
