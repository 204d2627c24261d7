import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import {
  AssessmentStateEntity,
  RowSink,
  createReadModelDataSource,
  migrateReadModel,
  qualifiedTable,
} from '@dti/read-model';
import { TEST_DATABASE_URL } from '../platform/support/platform-test-env';

/** The rebuild's row sink cuts a batch by size too: large rows (folded states) never make one JSON text too long. */
describe('RowSink', () => {
  const schema = `rm_rowsink_${process.pid}`;
  let dataSource: DataSource;
  let pool: Pool;

  beforeAll(async () => {
    dataSource = createReadModelDataSource({ url: TEST_DATABASE_URL, schema, poolMax: 2 });
    await dataSource.initialize();
    await migrateReadModel(dataSource);
    pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 2 });
  });

  afterAll(async () => {
    await dataSource?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource?.destroy();
    await pool?.end();
  });

  it('writes rows larger than its batch size limit in several statements, every row once', async () => {
    const statements: string[] = [];
    const counting = Object.assign(Object.create(pool) as Pool, {
      query: (sql: string, values: unknown[]) => {
        statements.push(sql);
        return pool.query(sql, values);
      },
    });
    const sink = new RowSink(counting, dataSource, { maxBatchChars: 20_000 });
    const rows: AssessmentStateEntity[] = Array.from({ length: 30 }, (_, i) => ({
      unit: `U${i}`,
      period: '2021-Q1',
      periodIndex: 8084,
      block: 'department',
      catalogueId: 'tth-2020',
      status: 'open',
      state: { padding: 'x'.repeat(5_000), i },
      streamRevision: '0',
      position: String(i + 1),
    }));
    await sink.add(AssessmentStateEntity, rows);
    await sink.drain();
    expect(statements.length).toBeGreaterThanOrEqual(7);
    const [{ count }] = (await dataSource.query(
      `SELECT count(*)::int AS count FROM ${qualifiedTable(dataSource, 'assessment_states')}`,
    )) as Array<{ count: number }>;
    expect(count).toBe(30);
    expect(sink.rowsWritten).toBe(30);
  });
});
