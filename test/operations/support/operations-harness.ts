import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import Redis from 'ioredis';
import { Client, Pool } from 'pg';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { GuardedPgClient, PostgresEventStore } from '@dti/event-store';
import {
  createReadModelDataSource,
  migrateReadModel,
  readCheckpoint,
  readModelChecksums,
  rebuildReadModel,
  rebuildSchemaNames,
  withApplicationName,
  type RebuildOptions,
  type RebuildReport,
} from '@dti/read-model';
import type { DataSource } from 'typeorm';
import {
  ProjectorRuntime,
  type ProjectorRuntimeOptions,
} from '../../../apps/projector/src/projections/projector-runtime';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * One operations test file's world: an event store and a read model in schemas of their own, a BullMQ
 * prefix of its own, and PostgreSQL sessions named after this file only (`<role>_<id>`), so a test can
 * cut exactly its own connections with pg_terminate_backend while other suites run beside it.
 */
export interface OperationsHarness {
  id: string;
  store: PostgresEventStore;
  storePool: Pool;
  dataSource: DataSource;
  eventStoreSchema: string;
  readModelSchema: string;
  prefix: string;
  redisUrl: string;
  names: { store: string; readModel: string; rebuild: string };
  /** Settings of this world for the apps and the CLI. */
  env: Record<string, string>;
  runtime(overrides?: Partial<ProjectorRuntimeOptions>): ProjectorRuntime;
  stopRuntimes(): Promise<void>;
  rebuild(overrides?: Partial<RebuildOptions>): Promise<RebuildReport>;
  waitForCheckpointAtHead(timeoutMs?: number): Promise<bigint>;
  checksums(): Promise<Record<string, string>>;
  /** Terminates this world's sessions whose application_name is `name`; returns how many. */
  terminate(name: string): Promise<number>;
  /** Runs `npm run cli -- …` as a child process against this world. */
  spawnCli(args: string[], env?: Record<string, string>): ChildProcess;
  dispose(): Promise<void>;
}

export async function createOperationsHarness(
  label: string,
  options: { redisUrl?: string } = {},
): Promise<OperationsHarness> {
  const id = randomBytes(5).toString('hex');
  const eventStoreSchema = `t_oes_${label}_${id}`;
  const readModelSchema = `t_orm_${label}_${id}`;
  const prefix = `t_oq_${label}_${id}`;
  const redisUrl = options.redisUrl ?? TEST_REDIS_URL;
  const names = { store: `ops_es_${id}`, readModel: `ops_rm_${id}`, rebuild: `ops_rb_${id}` };
  const storePool = new Pool({
    connectionString: withApplicationName(TEST_DATABASE_URL, names.store),
    max: 6,
    // Test data: no fsync per append, so generating tens of thousands of events takes seconds.
    options: '-c synchronous_commit=off',
    Client: GuardedPgClient,
  });
  // A session killed by the server must not crash the test process; the next query reconnects.
  storePool.on('error', () => undefined);
  const store = new PostgresEventStore({
    pool: storePool,
    schema: eventStoreSchema,
    pollIntervalMs: 50,
    upcasters: DOMAIN_UPCASTERS,
  });
  await store.migrate();
  const dataSource = createReadModelDataSource({
    url: withApplicationName(TEST_DATABASE_URL, names.readModel),
    schema: readModelSchema,
    poolMax: 6,
  });
  await dataSource.initialize();
  await migrateReadModel(dataSource);
  const runtimes: ProjectorRuntime[] = [];
  const env = {
    DATABASE_URL: TEST_DATABASE_URL,
    EVENT_STORE_SCHEMA: eventStoreSchema,
    READ_MODEL_SCHEMA: readModelSchema,
    REDIS_URL: redisUrl,
    BULLMQ_PREFIX: prefix,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
  };

  const harness: OperationsHarness = {
    id,
    store,
    storePool,
    dataSource,
    eventStoreSchema,
    readModelSchema,
    prefix,
    redisUrl,
    names,
    env,
    runtime(overrides = {}) {
      const runtime = new ProjectorRuntime({
        store,
        dataSource,
        redisUrl,
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
    rebuild(overrides = {}) {
      return rebuildReadModel({ store, dataSource, applicationName: names.rebuild, ...overrides });
    },
    async waitForCheckpointAtHead(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      let checkpoint = -1n;
      let head = 0n;
      while (Date.now() < deadline) {
        try {
          head = await store.headPosition();
          checkpoint = await readCheckpoint(dataSource.manager);
          if (checkpoint >= head) return checkpoint;
        } catch {
          // A connection cut by the test itself: ask again.
        }
        await new Promise((done) => setTimeout(done, 25));
      }
      throw new Error(`The checkpoint did not reach the head within ${timeoutMs} ms: ${checkpoint} < ${head}`);
    },
    checksums() {
      return readModelChecksums(dataSource);
    },
    async terminate(name) {
      const killer = new Client({ connectionString: TEST_DATABASE_URL });
      await killer.connect();
      try {
        const { rows } = await killer.query<{ killed: boolean }>(
          'SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1',
          [name],
        );
        return rows.filter((row) => row.killed).length;
      } finally {
        await killer.end();
      }
    },
    spawnCli(args, extraEnv = {}) {
      return spawn(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/main.ts', ...args],
        { cwd: ROOT, env: { ...process.env, ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    },
    async dispose() {
      await Promise.allSettled(runtimes.map((runtime) => runtime.stop(2_000)));
      await store.close().catch(() => undefined);
      // Each step on its own, retried once: a spec that cut sessions may leave a dead one in a pool.
      const schemas = rebuildSchemaNames(readModelSchema);
      for (const schema of [readModelSchema, schemas.build, schemas.retired, eventStoreSchema]) {
        await twice(() => storePool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).catch(() => undefined);
      }
      await dataSource.destroy().catch(() => undefined);
      await storePool.end().catch(() => undefined);
      const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
      redis.on('error', () => undefined);
      try {
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length > 0) await redis.del(...keys);
      } catch {
        // A private Redis already stopped: nothing to clean.
      } finally {
        redis.disconnect();
      }
    },
  };
  return harness;
}

async function twice<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    return work();
  }
}

/** Polls `condition` every 20 ms until it holds; throws naming `what` after `timeoutMs`. */
export async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
