import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel, readCheckpoint, readModelChecksums } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import {
  ProjectorRuntime,
  type ProjectorRuntimeOptions,
} from '../../../apps/projector/src/projections/projector-runtime';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface ProjectionHarness {
  store: PostgresEventStore;
  pool: Pool;
  dataSource: DataSource;
  eventStoreSchema: string;
  readModelSchema: string;
  /** application_name of the event store's pool. */
  applicationName: string;
  prefix: string;
  /** A projector runtime on this harness's schemas and prefix (fast retries, short intervals). */
  runtime(overrides?: Partial<ProjectorRuntimeOptions>): ProjectorRuntime;
  /** Stops every runtime made so far (after a test, whether it passed or not). */
  stopRuntimes(): Promise<void>;
  /** Polls (bounded) until the stored checkpoint reaches the event store's head. */
  waitForCheckpointAtHead(timeoutMs?: number): Promise<bigint>;
  /** md5 of each projection table's rows, in row order. */
  checksums(): Promise<Record<string, string>>;
  dispose(): Promise<void>;
}

/**
 * One test file's world: a PostgreSQL event store and a read model, each in its own unique schema, and a
 * unique BullMQ prefix; dispose() stops every runtime it made and removes all of it.
 */
export async function createProjectionHarness(label: string): Promise<ProjectionHarness> {
  const id = randomBytes(5).toString('hex');
  const eventStoreSchema = `t_pes_${label}_${id}`;
  const readModelSchema = `t_prm_${label}_${id}`;
  const prefix = `t_pq_${label}_${id}`;
  // A name of its own, so a spec can cut exactly this pool's connections (pg_terminate_backend).
  const applicationName = `pes_${id}`;
  const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 8, application_name: applicationName });
  // An idle client killed by the server must not crash the test process; the next query reconnects.
  pool.on('error', () => undefined);
  const store = new PostgresEventStore({
    pool,
    schema: eventStoreSchema,
    pollIntervalMs: 50,
    upcasters: DOMAIN_UPCASTERS,
  });
  await store.migrate();
  const dataSource = createReadModelDataSource({ url: TEST_DATABASE_URL, schema: readModelSchema, poolMax: 8 });
  await dataSource.initialize();
  await migrateReadModel(dataSource);
  const runtimes: ProjectorRuntime[] = [];

  return {
    store,
    pool,
    dataSource,
    eventStoreSchema,
    readModelSchema,
    applicationName,
    prefix,
    runtime(overrides = {}) {
      const runtime = new ProjectorRuntime({
        store,
        dataSource,
        redisUrl: TEST_REDIS_URL,
        prefix,
        retry: { attempts: 3, backoffMs: 50 },
        feed: { pumpIntervalMs: 20, maxInFlight: 10_000, resubscribeInitialMs: 50, resubscribeMaxMs: 500 },
        recheckMs: 60,
        retryDelayMs: 200,
        concurrency: 4,
        ...overrides,
      });
      runtimes.push(runtime);
      return runtime;
    },
    async stopRuntimes() {
      const running = runtimes.splice(0, runtimes.length);
      await Promise.allSettled(running.map((runtime) => runtime.stop(2_000)));
    },
    async waitForCheckpointAtHead(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      let checkpoint = -1n;
      let head = 0n;
      while (Date.now() < deadline) {
        head = await store.headPosition();
        checkpoint = await readCheckpoint(dataSource.manager);
        if (checkpoint >= head) return checkpoint;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(
        `The checkpoint did not reach the head within ${timeoutMs} ms: checkpoint ${checkpoint}, head ${head}`,
      );
    },
    checksums() {
      return readModelChecksums(dataSource);
    },
    async dispose() {
      await Promise.allSettled(runtimes.map((runtime) => runtime.stop(2_000)));
      await store.close();
      await dataSource.query(`DROP SCHEMA IF EXISTS "${readModelSchema}" CASCADE`);
      await dataSource.destroy();
      await pool.query(`DROP SCHEMA IF EXISTS "${eventStoreSchema}" CASCADE`);
      await pool.end();
      const redis = new Redis(TEST_REDIS_URL);
      try {
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length > 0) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    },
  };
}
