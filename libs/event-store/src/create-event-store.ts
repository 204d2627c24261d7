import { EventStore, Upcaster } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

export interface EventStoreConfig {
  /** EVENTSTORE_CONNECTION_STRING: when set, EventStoreDB/KurrentDB is used. */
  eventStoreConnectionString?: string;
  /** DATABASE_URL: the PostgreSQL store otherwise (the default). */
  databaseUrl?: string;
  /** EVENT_STORE_SCHEMA: PostgreSQL schema of the store; default 'event_store'. */
  schema?: string;
  upcasters?: readonly Upcaster[];
}

/** An EventStore plus what its owner needs at start-up; `migrate()` is a no-op for EventStoreDB. */
export type ManagedEventStore = EventStore & {
  readonly kind: 'postgres' | 'eventstoredb';
  migrate(): Promise<void>;
};

export class EventStoreConfigError extends Error {
  override readonly name = 'EventStoreConfigError';
  readonly code = 'EVENT_STORE_NOT_CONFIGURED' as const;
}

/** Reads the environment-style keys; empty values count as unset. */
export function eventStoreConfigFrom(read: (key: string) => string | undefined): EventStoreConfig {
  const value = (key: string) => {
    const raw = read(key)?.trim();
    return raw ? raw : undefined;
  };
  return {
    eventStoreConnectionString: value('EVENTSTORE_CONNECTION_STRING'),
    databaseUrl: value('DATABASE_URL'),
    schema: value('EVENT_STORE_SCHEMA'),
  };
}

/** EventStoreDB when its connection string is set, else PostgreSQL. Does not connect until first use. */
export function createEventStore(config: EventStoreConfig): ManagedEventStore {
  if (config.eventStoreConnectionString) {
    return new EventStoreDbEventStore({
      connectionString: config.eventStoreConnectionString,
      upcasters: config.upcasters,
    });
  }
  if (config.databaseUrl) {
    return new PostgresEventStore({
      connectionString: config.databaseUrl,
      schema: config.schema ?? 'event_store',
      upcasters: config.upcasters,
    });
  }
  throw new EventStoreConfigError(
    'No event store configured: set EVENTSTORE_CONNECTION_STRING (EventStoreDB) or DATABASE_URL (PostgreSQL)',
  );
}
