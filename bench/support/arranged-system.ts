import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { getCatalogue } from '@dti/catalogue';
import { DOMAIN_UPCASTERS, parseQuarter, type Role } from '@dti/domain';
import { PostgresEventStore, type NewEvent } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel, rebuildReadModel } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { provisionAccount } from '@dti/accounts';
import { loadProvince } from '../measure/load-events';
import { generateProvince, type ProvinceSummary } from '../province/generate-province';
import { startChildApp, type ChildApp } from './child-app';

const ROOT = resolve(__dirname, '../..');

export interface ArrangeOptions {
  /** Units of the province (the seed register first, then the province's others, then synthetic units). */
  units: number;
  from: string;
  /** The last quarter: the one still in review (no finalization, some criteria pending). */
  to: string;
  /** At least this many events; 1 gives the leanest province (one round per criterion, ~200 events a unit-quarter). */
  events: number;
  seed: number;
  /** Worker threads generating the province (the file is cached in var/bench by options and source). */
  threads: number;
  databaseUrl: string;
  redisUrl: string;
  log: (line: string) => void;
  /** Keep the schemas at the end (their names are logged). */
  keep: boolean;
  /** More events appended after the province and before the rebuild (e.g. a quarter of pending submissions). */
  extraAppends?: (store: PostgresEventStore) => Promise<number>;
  /** The id of schemas an earlier run arranged and kept (`--keep`): used as they are, nothing appended or rebuilt. */
  reuse?: string;
}

export interface BenchAccount {
  username: string;
  password: string;
  role: Role;
}

export interface ArrangedSystem {
  schemas: { eventStore: string; readModel: string; prefix: string };
  store: PostgresEventStore;
  pool: Pool;
  dataSource: DataSource;
  province: ProvinceSummary;
  events: number;
  /** Seconds per arranging step: generation (0 when reused), load, extra appends, rebuild. */
  seconds: { generation: number; load: number; extra: number; rebuild: number };
  /** The environment the real apps need to run against these schemas. */
  appEnv: Record<string, string>;
  provision(accounts: readonly BenchAccount[]): Promise<void>;
  /** The API (and optionally the projector) in their own processes; `webDir` serves a built web app. */
  start(options: { projector: boolean; webDir?: string }): Promise<{ api: ChildApp; projector?: ChildApp }>;
  close(): Promise<void>;
}

/**
 * A system holding a generated province, arranged as fast as the real paths allow: the province's events
 * (decided by the real assessment decider, cached in var/bench) appended in batches through the event
 * store port, then the read model built by the batch rebuild (`projections rebuild`), in schemas and a
 * BullMQ prefix of its own so nobody else's tests see it. Shared by the web and export benches.
 */
export async function arrangeSystem(options: ArrangeOptions): Promise<ArrangedSystem> {
  const id = options.reuse ?? randomBytes(4).toString('hex');
  const schemas = { eventStore: `bench_es_${id}`, readModel: `bench_rm_${id}`, prefix: `bench_${id}` };
  const log = options.log;
  const pool = new Pool({ connectionString: options.databaseUrl, max: 8, application_name: 'dti-bench-arrange' });
  pool.on('error', () => undefined);
  const store = new PostgresEventStore({ pool, schema: schemas.eventStore, upcasters: DOMAIN_UPCASTERS });
  const dataSource = createReadModelDataSource({
    url: options.databaseUrl,
    schema: schemas.readModel,
    poolMax: 4,
    applicationName: 'dti-bench-arrange',
  });
  const children: ChildApp[] = [];
  const close = async (): Promise<void> => {
    await Promise.allSettled(children.map((child) => child.stop()));
    await store.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    if (!options.keep) {
      await pool.query(`DROP SCHEMA IF EXISTS "${schemas.eventStore}" CASCADE`);
      for (const suffix of ['', '_rebuild', '_retired']) {
        await pool.query(`DROP SCHEMA IF EXISTS "${schemas.readModel}${suffix}" CASCADE`);
      }
      const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
      try {
        await redis.connect();
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${schemas.prefix}:*`, 'COUNT', 1000);
          cursor = next;
          if (keys.length > 0) await redis.del(...keys);
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    } else {
      log(`kept ${schemas.eventStore}, ${schemas.readModel} and Redis prefix ${schemas.prefix}`);
    }
    await pool.end();
  };

  try {
    const province = await generateProvince(
      {
        units: options.units,
        from: parseQuarter(options.from),
        to: parseQuarter(options.to),
        targetEvents: options.events,
        seed: options.seed,
        batchSize: 500,
      },
      join(ROOT, 'var/bench'),
      log,
      { reuse: true, threads: options.threads },
    );
    let load = { events: 0, seconds: 0 };
    let extra = 0;
    let extraSeconds = 0;
    let rebuildSeconds = 0;
    if (options.reuse === undefined) {
      await store.migrate();
      load = await loadProvince(store, province.file, 4, log, async () => {
        await pool.query(`ANALYZE "${schemas.eventStore}".events, "${schemas.eventStore}".streams`);
      });
      log(`loaded ${load.events.toLocaleString('en-US')} events in ${load.seconds.toFixed(1)} s`);
      let started = performance.now();
      extra = (await options.extraAppends?.(store)) ?? 0;
      extraSeconds = (performance.now() - started) / 1000;
      if (extra > 0) log(`appended ${extra.toLocaleString('en-US')} more events in ${extraSeconds.toFixed(1)} s`);
      await pool.query(`ANALYZE "${schemas.eventStore}".events, "${schemas.eventStore}".streams`);
      await dataSource.initialize();
      await migrateReadModel(dataSource);
      started = performance.now();
      const report = await rebuildReadModel({
        store,
        dataSource,
        catalogues: getCatalogue,
        applicationName: 'dti-bench-rebuild',
        progressIntervalMs: 10_000,
        onProgress: (progress) =>
          log(`rebuild: ${progress.phase}, ${progress.streamsDone}/${progress.streamsTotal} streams`),
      });
      rebuildSeconds = (performance.now() - started) / 1000;
      log(
        `rebuilt the read model from ${report.events.toLocaleString('en-US')} events in ${rebuildSeconds.toFixed(1)} s`,
      );
    } else {
      await dataSource.initialize();
      const { rows: counted } = await pool.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM "${schemas.eventStore}".events`,
      );
      load = { events: Number(counted[0]?.n ?? 0), seconds: 0 };
      log(`reusing ${schemas.eventStore} (${load.events.toLocaleString('en-US')} events) and ${schemas.readModel}`);
    }
    const { rows } = await pool.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [
      schemas.readModel,
    ]);
    for (const { tablename } of rows) await pool.query(`ANALYZE "${schemas.readModel}"."${tablename}"`);

    const appEnv: Record<string, string> = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      EVENT_STORE_SCHEMA: schemas.eventStore,
      READ_MODEL_SCHEMA: schemas.readModel,
      BULLMQ_PREFIX: schemas.prefix,
      SHUTDOWN_TIMEOUT_MS: '5000',
      EVIDENCE_DIR: join(ROOT, 'var/bench/evidence', id),
    };
    return {
      schemas,
      store,
      pool,
      dataSource,
      province,
      events: load.events + extra,
      seconds: {
        generation: province.reused ? 0 : Math.round(province.generationSeconds * 10) / 10,
        load: Math.round(load.seconds * 10) / 10,
        extra: Math.round(extraSeconds * 10) / 10,
        rebuild: Math.round(rebuildSeconds * 10) / 10,
      },
      appEnv,
      provision: async (accounts) => {
        for (const account of accounts) {
          await provisionAccount(
            store,
            { username: account.username, password: account.password, role: account.role },
            {
              commandId: `bench-account-${account.username}`,
              correlationId: `bench-account-${account.username}`,
              actor: 'system:bench',
              role: 'admin',
              occurredAt: new Date().toISOString(),
            },
          );
        }
      },
      start: async ({ projector, webDir }) => {
        const env = { ...appEnv, ...(webDir === undefined ? {} : { WEB_APP_DIR: webDir }) };
        const api = await startChildApp({ name: 'api', env, log });
        children.push(api);
        if (!projector) return { api };
        const running = await startChildApp({ name: 'projector', env, log });
        children.push(running);
        return { api, projector: running };
      },
      close,
    };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** A stream's decided events appended in batches of whole commands (what the command path would append). */
export async function appendInBatches(
  store: PostgresEventStore,
  streamId: string,
  commands: readonly NewEvent[][],
  batchSize = 500,
): Promise<number> {
  let revision: bigint | 'no_stream' = 'no_stream';
  let batch: NewEvent[] = [];
  let appended = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const result = await store.append(streamId, batch, revision);
    revision = result.nextExpectedRevision;
    appended += batch.length;
    batch = [];
  };
  for (const events of commands) {
    if (batch.length > 0 && batch.length + events.length > batchSize) await flush();
    batch.push(...events);
  }
  await flush();
  return appended;
}
