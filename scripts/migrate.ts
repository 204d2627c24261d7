/**
 * `npm run migrate`: brings every store's schema up to date, then exits. Safe to run on every start
 * and from several processes at once (each store serialises its own migrations).
 *   1. the event store (PostgreSQL adapter: its schema and tables; EventStoreDB: nothing to do);
 *   2. the read model: TypeORM migrations found in libs/read-model/src/migrations, if any.
 */
import { createEventStore } from '@dti/event-store';
import {
  ConfigurationRefusedError,
  PlatformConfig,
  createBootstrapPino,
  loadPlatformConfig,
  readModelConnectionOptions,
} from '@dti/platform';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';

export interface MigrationReport {
  eventStore: 'postgres' | 'eventstoredb';
  readModelMigrationsApplied: string[];
}

export async function migrateAll(config: PlatformConfig, log: Logger): Promise<MigrationReport> {
  const store = createEventStore({
    eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: config.DATABASE_URL,
    schema: config.EVENT_STORE_SCHEMA,
  });
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
  log.info(
    { eventStore: store.kind, schema: store.kind === 'postgres' ? config.EVENT_STORE_SCHEMA : undefined },
    store.kind === 'postgres'
      ? `Event store schema ${config.EVENT_STORE_SCHEMA} is up to date`
      : 'Event store is EventStoreDB: no schema to migrate',
  );

  const dataSource = new DataSource(readModelConnectionOptions(config));
  await dataSource.initialize();
  try {
    // TypeORM keeps its migrations table inside the schema, so the schema must exist first.
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${config.READ_MODEL_SCHEMA}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    log.info(
      { schema: config.READ_MODEL_SCHEMA, applied: names },
      names.length === 0
        ? `Read model schema ${config.READ_MODEL_SCHEMA} is up to date`
        : `Read model schema ${config.READ_MODEL_SCHEMA}: applied ${names.join(', ')}`,
    );
    return { eventStore: store.kind, readModelMigrationsApplied: names };
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const log = createBootstrapPino('migrate');
  try {
    await migrateAll(loadPlatformConfig(process.env), log);
  } catch (error) {
    if (error instanceof ConfigurationRefusedError) log.fatal({ settings: error.settings }, error.message);
    else log.fatal({ err: error }, `Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
