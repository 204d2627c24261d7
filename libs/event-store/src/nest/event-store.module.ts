import { DynamicModule, Inject, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { createEventStore, eventStoreConfigFrom, ManagedEventStore } from '../create-event-store';
import { EVENT_STORE, Upcaster } from '../event-store.port';

/**
 * Optional token for the upcasters the store reads through. Provide it from a global module (see
 * EventStoreUpcastersModule) so that every import of the plain EventStoreModule shares one store.
 */
export const EVENT_STORE_UPCASTERS = Symbol('EVENT_STORE_UPCASTERS');

const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [ConfigService, { token: EVENT_STORE_UPCASTERS, optional: true }],
  useFactory: async (config: ConfigService, upcasters?: readonly Upcaster[]): Promise<ManagedEventStore> => {
    const store = createEventStore({ ...eventStoreConfigFrom((key) => config.get<string>(key)), upcasters });
    try {
      // PostgreSQL: bring the schema up to date before anything reads or appends (no-op on EventStoreDB).
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  },
};

/**
 * Provides EVENT_STORE (EventStoreDB when EVENTSTORE_CONNECTION_STRING is set, else PostgreSQL at
 * DATABASE_URL in schema EVENT_STORE_SCHEMA, default 'event_store'), migrated at start-up and closed on
 * application shutdown. A plain (static) module: importing it from several modules yields one store.
 */
@Module({
  imports: [ConfigModule],
  providers: [eventStoreProvider],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: ManagedEventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Registers the upcasters EventStoreModule reads through; import once, in the root module. */
@Module({})
export class EventStoreUpcastersModule {
  static register(upcasters: readonly Upcaster[]): DynamicModule {
    return {
      module: EventStoreUpcastersModule,
      global: true,
      providers: [{ provide: EVENT_STORE_UPCASTERS, useValue: upcasters }],
      exports: [EVENT_STORE_UPCASTERS],
    };
  }
}
