import { Pool } from 'pg';
import { GuardedPgClient } from '@dti/event-store';
import type { DataSource } from 'typeorm';
import {
  AssessmentStateEntity,
  RowSink,
  createReadModelDataSource,
  migrateReadModel,
  qualifiedTable,
} from '@dti/read-model';
import { TEST_DATABASE_URL } from '../platform/support/platform-test-env';

/**
 * The rebuild's row sink: COPY batches cut by size too (large rows — folded states — never make one text too
 * long), values as PostgreSQL reads them, and a batch whose connection is cut sent again, written once.
 */
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

  it('writes rows larger than its batch size limit in several batches, every row once', async () => {
    const sink = new RowSink(pool, dataSource, { maxBatchChars: 20_000 });
    await sink.add(AssessmentStateEntity, stateRows(30, 'x'.repeat(5_000)));
    await sink.close();
    expect(sink.batchesWritten).toBeGreaterThanOrEqual(7);
    expect(await count()).toBe(30);
    expect(sink.rowsWritten).toBe(30);
    // Its batches' bookkeeping is gone with it.
    expect(await tableExists('rebuild_batches')).toBe(false);
  });

  it('writes what COPY text must escape as the value it is (tabs, newlines, backslashes, quotes, nulls)', async () => {
    await dataSource.query(`TRUNCATE ${qualifiedTable(dataSource, 'assessment_states')}`);
    const awkward = 'a\ttab\tand\nnew line\r\\N back\\slash "quoted" \\. ưở';
    const sink = new RowSink(pool, dataSource);
    const [row] = stateRows(1, awkward);
    await sink.add(AssessmentStateEntity, [{ ...row, unit: awkward }]);
    await sink.close();
    const [stored] = (await dataSource.query(
      `SELECT unit, state, stream_revision FROM ${qualifiedTable(dataSource, 'assessment_states')}`,
    )) as Array<{ unit: string; state: { padding: string; i: number }; stream_revision: string }>;
    expect(stored).toEqual({ unit: awkward, state: { padding: awkward, i: 0 }, stream_revision: '0' });
  });

  it('sends a batch again after its connection is cut, and writes each row once', async () => {
    await dataSource.query(`TRUNCATE ${qualifiedTable(dataSource, 'assessment_states')}`);
    const retried: string[] = [];
    const application = `rowsink-cut-${process.pid}`;
    // As the rebuild's pool: a client cut while checked out must not throw an unhandled 'error'.
    const cutPool = new Pool({
      connectionString: TEST_DATABASE_URL,
      max: 2,
      application_name: application,
      Client: GuardedPgClient,
    });
    cutPool.on('error', () => undefined);
    const sink = new RowSink(cutPool, dataSource, {
      batchRows: 5,
      maxInFlight: 1,
      onRetry: (table) => retried.push(table),
    });
    try {
      for (let i = 0; i < 40; i++) {
        await sink.add(AssessmentStateEntity, stateRows(5, 'y'.repeat(20_000), i * 5));
        if (i % 8 === 4) {
          await pool.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
            application,
          ]);
        }
      }
      await sink.close();
    } finally {
      await cutPool.end();
    }
    expect(await count()).toBe(200);
    expect(sink.rowsWritten).toBe(200);
    expect(retried.length).toBeGreaterThan(0);
  });

  function stateRows(n: number, padding: string, from = 0): AssessmentStateEntity[] {
    return Array.from({ length: n }, (_, k) => ({
      unit: `U${from + k}`,
      period: '2021-Q1',
      periodIndex: 8084,
      block: 'department',
      catalogueId: 'tth-2020',
      status: 'open',
      state: { padding, i: from + k },
      streamRevision: '0',
      position: String(from + k + 1),
      viewCard: null,
    }));
  }

  async function count(): Promise<number> {
    const [{ count: n }] = (await dataSource.query(
      `SELECT count(*)::int AS count FROM ${qualifiedTable(dataSource, 'assessment_states')}`,
    )) as Array<{ count: number }>;
    return n;
  }

  async function tableExists(table: string): Promise<boolean> {
    const rows = (await dataSource.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [
      schema,
      table,
    ])) as unknown[];
    return rows.length > 0;
  }
});
