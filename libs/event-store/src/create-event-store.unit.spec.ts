import { createEventStore, EventStoreConfigError, eventStoreConfigFrom } from './create-event-store';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

describe('createEventStore', () => {
  it('picks EventStoreDB when its connection string is set, even with a DATABASE_URL', async () => {
    const store = createEventStore({
      eventStoreConnectionString: 'kurrentdb://127.0.0.1:2113?tls=false',
      databaseUrl: 'postgres://x@127.0.0.1/x',
    });
    expect(store).toBeInstanceOf(EventStoreDbEventStore);
    expect(store.kind).toBe('eventstoredb');
    await store.close();
  });

  it('falls back to PostgreSQL with the configured schema', async () => {
    const store = createEventStore({ databaseUrl: 'postgres://x@127.0.0.1/x', schema: 'my_events' });
    expect(store).toBeInstanceOf(PostgresEventStore);
    expect((store as PostgresEventStore).schema).toBe('my_events');
    await store.close();
  });

  it('says which keys to set when neither is', () => {
    expect(() => createEventStore({})).toThrow(EventStoreConfigError);
    expect(() => createEventStore({})).toThrow(/EVENTSTORE_CONNECTION_STRING.*DATABASE_URL/);
  });
});

describe('eventStoreConfigFrom', () => {
  it('treats blank values as unset', () => {
    const env: Record<string, string> = {
      EVENTSTORE_CONNECTION_STRING: '  ',
      DATABASE_URL: 'postgres://db',
      EVENT_STORE_SCHEMA: '',
    };
    expect(eventStoreConfigFrom((key) => env[key])).toEqual({
      eventStoreConnectionString: undefined,
      databaseUrl: 'postgres://db',
      schema: undefined,
    });
  });
});
