/**
 * A measurement's own event store and read model: fresh schemas on the test database, migrated, and dropped
 * with their connections whatever the measurement does. Test-only.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel } from '../src/read-model.data-source';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';

export interface MeasureSchemas {
  pool: Pool;
  store: PostgresEventStore;
  dataSource: DataSource;
  readModelSchema: string;
}

export async function withMeasureSchemas<T>(
  tag: string,
  poolMax: number,
  measure: (schemas: MeasureSchemas) => Promise<T>,
): Promise<T> {
  const id = randomBytes(4).toString('hex');
  const events = `t_${tag}es_${id}`;
  const readModel = `t_${tag}rm_${id}`;
  const pool = new Pool({ connectionString: DATABASE_URL, max: poolMax });
  const store = new PostgresEventStore({ pool, schema: events, upcasters: DOMAIN_UPCASTERS });
  await store.migrate();
  const dataSource = createReadModelDataSource({ url: DATABASE_URL, schema: readModel, poolMax });
  await dataSource.initialize();
  await migrateReadModel(dataSource);
  try {
    return await measure({ pool, store, dataSource, readModelSchema: readModel });
  } finally {
    await store.close();
    await dataSource.query(`DROP SCHEMA IF EXISTS "${readModel}" CASCADE`);
    await dataSource.destroy();
    await pool.query(`DROP SCHEMA IF EXISTS "${events}" CASCADE`);
    await pool.end();
  }
}
