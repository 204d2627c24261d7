import { randomUUID } from 'crypto';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import {
  EVENT_STORE,
  EventStore,
  EventStoreModule,
  EventStoreUpcastersModule,
  ManagedEventStore,
} from '@dti/event-store';
import { TEST_DATABASE_URL, uniqueSchema } from './postgres.harness';

/** Two feature modules importing the plain EventStoreModule, as the apps do. */
@Module({ imports: [EventStoreModule] })
class FeatureA {}
@Module({ imports: [EventStoreModule] })
class FeatureB {}

const metadata = {
  actor: 'u-1',
  role: 'submitter',
  occurredAt: '2025-04-01T00:00:00.000Z',
  commandId: 'cmd',
  correlationId: 'cor',
};

describe('EventStoreModule', () => {
  const pool = new Pool({ connectionString: TEST_DATABASE_URL });
  const schema = uniqueSchema('es_nest');

  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('provides one migrated PostgreSQL store from configuration, upcasting, and closes it on shutdown', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => ({ DATABASE_URL: TEST_DATABASE_URL, EVENT_STORE_SCHEMA: schema })],
        }),
        EventStoreUpcastersModule.register([
          { type: 'Noted', fromVersion: 1, upcast: (data) => ({ ...data, upcast: true }) },
        ]),
        FeatureA,
        FeatureB,
      ],
    }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();

    const store = app.get<ManagedEventStore>(EVENT_STORE);
    expect(store.kind).toBe('postgres');
    expect(app.select(FeatureA).get<EventStore>(EVENT_STORE)).toBe(store);
    expect(app.select(FeatureB).get<EventStore>(EVENT_STORE)).toBe(store);

    const { rows } = await pool.query(`SELECT max(version) AS version FROM "${schema}".schema_migrations`);
    expect(rows[0].version).toBeGreaterThanOrEqual(1);
    await store.append(
      'nest-1',
      [{ id: randomUUID(), type: 'Noted', schemaVersion: 1, data: {}, metadata }],
      'no_stream',
    );
    const read = [];
    for await (const event of store.readStream('nest-1')) read.push(event);
    expect(read).toMatchObject([{ schemaVersion: 2, data: { upcast: true } }]);

    await app.close();
    await expect(store.ping()).rejects.toThrow();
  });

  it('fails to start with a clear error when nothing is configured', async () => {
    const moduleRef = Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, skipProcessEnv: true, load: [() => ({})] }),
        EventStoreModule,
      ],
    });
    await expect(moduleRef.compile()).rejects.toThrow(/set EVENTSTORE_CONNECTION_STRING .* or DATABASE_URL/);
  });
});
