export * from './event-store.port';
export { matchesEventFilter, isSystemEvent } from './event-filter';
export { UpcasterChain, UpcastError } from './upcasting/upcaster-chain';
export { PostgresEventStore } from './postgres/postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { EVENT_STORE_MIGRATIONS, renderMigrationSql } from './postgres/postgres.migrations';
export type { Migration } from './postgres/postgres.migrations';
export {
  EventStoreDbEventStore,
  createKurrentClient,
  READ_ALL_PAGE_SIZE,
} from './eventstoredb/eventstoredb-event-store';
export { UNDECODABLE_EVENT_TYPE } from './eventstoredb/eventstoredb.mapping';
export type { UndecodableEventData } from './eventstoredb/eventstoredb.mapping';
export type { EventStoreDbEventStoreOptions } from './eventstoredb/eventstoredb-event-store';
export { createEventStore, eventStoreConfigFrom, EventStoreConfigError } from './create-event-store';
export type { EventStoreConfig, ManagedEventStore } from './create-event-store';
export { EventStoreModule, EventStoreUpcastersModule, EVENT_STORE_UPCASTERS } from './nest/event-store.module';
export { GuardedPgClient } from './postgres/guarded-pg-client';
