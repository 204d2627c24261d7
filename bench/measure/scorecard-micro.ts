/**
 * GET /scorecards/{unit}/{period} and its `?asOf=` form alone, repeatable, over HTTP against the real API
 * process (issue #12's scorecard target), on a few unit-quarters of the bench's generator (bench-sized
 * histories, the catalogue's 97 criteria):
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/measure/scorecard-micro.ts \
 *     [--units 2] [--events 6700] [--seconds 10] [--rounds 2] [--root <checkout>[,<checkout>]] [--only scorecard]
 *     [--as-of-samples 60]
 *     [--profile dir] [--drop]
 *
 * The province is loaded and rebuilt ONCE into schemas of its own (kept between invocations, so before/after
 * runs read the same rows). Each round starts the API (apps/api/src/main.ts of each `--root`, alternated:
 * an A/B of two commits in one session) and measures, as the bench does (autocannon, 4 connections, the
 * paths in turn), /health, the scorecards and the as-of scorecards, with the 1-minute load average.
 * `--drop` removes the schemas at the end.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { provisionAccount } from '@dti/accounts';
import { DOMAIN_UPCASTERS, formatQuarter, parseQuarter, quarterRange } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel } from '@dti/read-model';
import { SeededRandom } from '../../scripts/seed/province/seeded-random';
import { generateProvince } from '../province/generate-province';
import { provinceUnits } from '../province/province-units';
import { startChildApp } from '../support/child-app';
import { drawAsOfSamples } from './as-of-replay';
import { measureEndpoint, type EndpointLoad } from './http-latency';
import { loadProvince } from './load-events';
import { measureRebuild } from './rebuild';

const ROOT = resolve(__dirname, '../..');
const READER = 'bench-reader';
const PASSWORD = 'bench-reader-password-2021';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const load1 = (): string => loadavg()[0].toFixed(2);

/** CPU ms (user + system) a process has used: the API's own cost per request, whatever else loads the machine. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU ms of the PostgreSQL backends serving the API (application_name dti-hue), summed. */
async function backendCpuMs(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = 'dti-hue'`,
  );
  let total = 0;
  for (const { pid } of rows) {
    try {
      total += cpuMsOf(pid);
    } catch {
      // gone
    }
  }
  return total;
}

async function main(): Promise<void> {
  const unitCount = Number(arg('units', '2'));
  const events = Number(arg('events', '6700'));
  const seconds = Number(arg('seconds', '10'));
  const rounds = Number(arg('rounds', '2'));
  const roots = arg('root', ROOT)
    .split(',')
    .map((root) => resolve(root));
  const profile = arg('profile', '');
  const from = parseQuarter(arg('from', '2024-Q1'));
  const to = parseQuarter(arg('to', '2024-Q2'));
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
  const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const esSchema = `scorecard_micro_es_${unitCount}_${events}`;
  const rmSchema = `scorecard_micro_rm_${unitCount}_${events}`;
  const prefix = `scorecard-micro-${process.pid}`;
  const log = (line: string): void => {
    process.stderr.write(`[scorecard-micro ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  };
  const pool = new Pool({ connectionString: url, max: 4, application_name: 'dti-scorecard-micro' });
  pool.on('error', () => undefined);
  const store = new PostgresEventStore({ pool, schema: esSchema, upcasters: DOMAIN_UPCASTERS });
  const dataSource = createReadModelDataSource({ url, schema: rmSchema, poolMax: 2 });
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  try {
    const province = await generateProvince(
      { units: unitCount, from, to, targetEvents: events, seed: 333, batchSize: 500 },
      join(ROOT, 'var/bench'),
      log,
      { reuse: true, threads: 1 },
    );
    await store.migrate();
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${esSchema}".events`);
    await dataSource.initialize();
    if (Number(rows[0].n) < province.events) {
      await pool.query(`TRUNCATE "${esSchema}".events, "${esSchema}".streams`);
      const loaded = await loadProvince(store, province.file, 4, log, async () => undefined);
      log(`loaded ${loaded.events} events in ${loaded.seconds.toFixed(1)} s`);
      await pool.query(`DROP SCHEMA IF EXISTS "${rmSchema}" CASCADE`);
      await migrateReadModel(dataSource);
      await measureRebuild({ store, dataSource, log });
      for (const role of ['inspector'] as const) {
        await provisionAccount(
          store,
          { username: READER, password: PASSWORD, role, displayName: 'Thanh tra (micro)' },
          {
            commandId: 'micro-reader',
            correlationId: 'micro-reader',
            actor: 'system:bench',
            role: 'admin',
            occurredAt: new Date().toISOString(),
          },
        );
      }
    }
    await migrateReadModel(dataSource);
    const tables = await pool.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [
      rmSchema,
    ]);
    for (const { tablename } of tables.rows) await pool.query(`ANALYZE "${rmSchema}"."${tablename}"`);
    await pool.query(`ANALYZE "${esSchema}".events, "${esSchema}".streams`);

    const { units } = provinceUnits(unitCount, new SeededRandom(333).fork('units'));
    const quarters = quarterRange(from, to).map(formatQuarter);
    const cross = units.flatMap((unit) => quarters.map((period) => ({ unit: unit.code, period })));
    // The bench's 60 bounds by default; `--as-of-samples 3000`: (nearly) every as-of request a bound not read before.
    const sampleCount = Number(arg('as-of-samples', '60'));
    const samples = await drawAsOfSamples(pool, esSchema, cross, sampleCount, new SeededRandom(333).fork('measure'));
    const loads: EndpointLoad[] = [
      { name: 'health', route: 'GET /health', paths: ['/health'], authenticated: false },
      {
        name: 'scorecard',
        route: 'GET /scorecards/{unit}/{period}',
        paths: cross.map(({ unit, period }) => `/scorecards/${unit}/${period}`),
        authenticated: true,
      },
      {
        name: 'asOf',
        route: 'GET /scorecards/{unit}/{period}?asOf={position}',
        paths: samples.map((s) => `/scorecards/${s.unit}/${s.period}?asOf=${s.position}`),
        authenticated: true,
      },
    ];
    // --only scorecard (or asOf, health): one load alone, e.g. for a profile of its requests only.
    const only = arg('only', '');
    if (only !== '') loads.splice(0, loads.length, ...loads.filter((load) => load.name === only));
    await redis.connect();
    for (let round = 1; round <= rounds; round += 1) {
      for (const root of roots) {
        const api = await startChildApp({
          name: 'api',
          root,
          log,
          cpuProfileDir: profile === '' ? undefined : join(resolve(profile), `round${round}-${roots.indexOf(root)}`),
          env: {
            NODE_ENV: 'development',
            LOG_LEVEL: 'warn',
            DATABASE_URL: url,
            REDIS_URL: redisUrl,
            EVENT_STORE_SCHEMA: esSchema,
            READ_MODEL_SCHEMA: rmSchema,
            BULLMQ_PREFIX: prefix,
            SHUTDOWN_TIMEOUT_MS: '5000',
          },
        });
        try {
          const login = await fetch(`${api.url}/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: READER, password: PASSWORD }),
          });
          const { accessToken } = (await login.json()) as { accessToken: string };
          const first = await fetch(`${api.url}/scorecards/${cross[0].unit}/${cross[0].period}`, {
            headers: { authorization: `Bearer ${accessToken}` },
          });
          const body = await first.text();
          log(`${root}: ${first.status}, ${body.length} characters, etag ${first.headers.get('etag')}`);
          // Warm-up: JIT and caches, as the bench's earlier phases would have done.
          for (const load of loads) await measureEndpoint(api.url, accessToken, load, { connections: 4, seconds: 2 });
          for (const load of loads) {
            const before = load1();
            const cpu = cpuMsOf(api.pid);
            const pg = await backendCpuMs(pool);
            const result = await measureEndpoint(api.url, accessToken, load, { connections: 4, seconds });
            const apiCpu = (cpuMsOf(api.pid) - cpu) / result.requests;
            const pgCpu = ((await backendCpuMs(pool)) - pg) / result.requests;
            log(
              `round ${round} ${root === ROOT ? 'this checkout' : root} ${load.name}: p50 ${result.p50} p95 ${result.p95} ` +
                `p99 ${result.p99} ms, ${result.requestsPerSec}/s, non2xx ${result.non2xx}; CPU per request: ` +
                `API ${apiCpu.toFixed(2)} ms, PostgreSQL ${pgCpu.toFixed(2)} ms (load ${before} → ${load1()})`,
            );
          }
        } finally {
          await api.stop();
        }
      }
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    if (process.argv.includes('--drop')) {
      await pool.query(`DROP SCHEMA IF EXISTS "${rmSchema}" CASCADE`);
      await pool.query(`DROP SCHEMA IF EXISTS "${esSchema}" CASCADE`);
    }
    if (redis.status === 'ready') {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
    await store.close();
    await pool.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
