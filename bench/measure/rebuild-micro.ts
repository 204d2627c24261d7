/**
 * The rebuild alone, repeatable, on a synthetic province (issue #12's rebuild levers):
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/measure/rebuild-micro.ts \
 *     [--units 6] [--events 60000] [--runs 2] [--workers 0,2] [--worker-reads] [--profile dir] [--drop]
 *
 * Generates (or reuses: var/bench) the province, loads it ONCE into its own event-store schema (kept between
 * invocations, so before/after runs in one session read the same log), then per run: the single-connection
 * raw keyset read and the full rebuild, back to back, each with the 1-minute load average (the machine is
 * shared). `--drop` removes the schemas at the end.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { getCatalogue } from '@dti/catalogue';
import { DOMAIN_UPCASTERS, parseQuarter } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel, rebuildReadModel } from '@dti/read-model';
import { generateProvince } from '../province/generate-province';
import { loadProvince } from './load-events';
import { rawKeysetRead } from './raw-read';
import { withCpuProfile } from '../support/in-process-profile';

const ROOT = resolve(__dirname, '../..');

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const load1 = (): string => loadavg()[0].toFixed(2);

/**
 * CPU seconds of the PostgreSQL backends whose application_name starts with `prefix`, sampled while `work`
 * runs (the last reading of each backend: they close with the rebuild), so a run can be compared by CPU
 * spent as well as by wall time on a machine other work shares.
 */
async function withBackendCpu<T>(
  pool: Pool,
  prefix: string,
  work: () => Promise<T>,
): Promise<{ result: T; cpu: number }> {
  const ticks = new Map<number, number>();
  const hz = 100;
  let sampling = true;
  const sample = async (): Promise<void> => {
    const { rows } = await pool.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name LIKE $1`,
      [`${prefix}%`],
    );
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // gone already
      }
    }
  };
  const loop = (async () => {
    while (sampling) {
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    const result = await work();
    return { result, cpu: [...ticks.values()].reduce((a, b) => a + b, 0) / hz };
  } finally {
    sampling = false;
    await loop;
  }
}

async function main(): Promise<void> {
  const units = Number(arg('units', '6'));
  const events = Number(arg('events', '60000'));
  const runs = Number(arg('runs', '2'));
  const profile = arg('profile', '');
  // Worker threads per run, comma-separated, alternated run by run (e.g. "0,2": A/B in one session).
  const workerCounts = arg('workers', '')
    .split(',')
    .filter((w) => w !== '')
    .map(Number);
  const from = arg('from', '2024-Q1');
  const to = arg('to', '2025-Q4');
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
  const esSchema = `rebuild_micro_es_${units}_${events}`;
  const rmSchema = arg('read-model-schema', `rebuild_micro_rm_${process.pid}`);
  const log = (line: string): void => {
    process.stderr.write(`[micro ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  };
  const pool = new Pool({ connectionString: url, max: 6, application_name: 'dti-rebuild-micro' });
  pool.on('error', () => undefined);
  const store = new PostgresEventStore({ pool, schema: esSchema, upcasters: DOMAIN_UPCASTERS });
  const dataSource = createReadModelDataSource({
    url,
    schema: rmSchema,
    poolMax: 2,
    applicationName: 'dti-rebuild-micro',
  });
  try {
    const province = await generateProvince(
      { units, from: parseQuarter(from), to: parseQuarter(to), targetEvents: events, seed: 222, batchSize: 500 },
      join(ROOT, 'var/bench'),
      log,
      { reuse: true, threads: 1 },
    );
    await store.migrate();
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${esSchema}".events`);
    if (Number(rows[0].n) !== province.events) {
      await pool.query(`TRUNCATE "${esSchema}".events, "${esSchema}".streams`).catch(() => undefined);
      const loaded = await loadProvince(store, province.file, 4, log, async () => {
        await pool.query(`ANALYZE "${esSchema}".events, "${esSchema}".streams`);
      });
      log(`loaded ${loaded.events} events in ${loaded.seconds.toFixed(1)} s`);
    }
    await pool.query(`ANALYZE "${esSchema}".events, "${esSchema}".streams`);
    await dataSource.initialize();
    await migrateReadModel(dataSource);
    if (profile !== '') await mkdir(profile, { recursive: true });
    for (let run = 1; run <= runs; run++) {
      const rawLoad = load1();
      const raw = await rawKeysetRead(pool, esSchema, 1000);
      const rebuildLoad = load1();
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const { result: report, cpu: pgCpu } = await withBackendCpu(pool, 'dti-rebuild-micro-run', () =>
        withCpuProfile(profile === '' ? undefined : profile, `rebuild-${run}`, () =>
          rebuildReadModel({
            store,
            dataSource,
            catalogues: getCatalogue,
            applicationName: 'dti-rebuild-micro-run',
            workers: workerCounts.length === 0 ? undefined : workerCounts[(run - 1) % workerCounts.length],
            // --worker-reads: the workers read their own streams (else this thread reads and sends them).
            workerEvents: process.argv.includes('--worker-reads')
              ? { schema: esSchema, connectionString: url }
              : undefined,
          }),
        ),
      );
      const cpu = process.cpuUsage(cpuBefore);
      const wall = (performance.now() - started) / 1000;
      log(
        `  cpu: node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (this process, worker threads included), ` +
          `postgres backends ${pgCpu.toFixed(1)} s`,
      );
      log(
        `run ${run} (workers ${workerCounts.length === 0 ? 'default' : workerCounts[(run - 1) % workerCounts.length]}): raw read ${raw.eventsPerSec} ev/s (load ${rawLoad}); rebuild ${report.eventsPerSecond} ev/s ` +
          `(${report.events} events, ${report.rows} rows, ${wall.toFixed(2)} s; phases ${JSON.stringify(report.phases)}; ` +
          `load ${rebuildLoad} → ${load1()}); ratio ${(report.eventsPerSecond / raw.eventsPerSec).toFixed(3)}`,
      );
      const versions = await pool.query<{ part: string; n: string }>(
        `SELECT part, count(*) AS n FROM "${rmSchema}".scorecard_versions GROUP BY part ORDER BY part`,
      );
      log(`  versions: ${versions.rows.map((row) => `${row.part} ${row.n}`).join(', ')}`);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    for (const suffix of ['', '_rebuild', '_retired']) {
      await pool.query(`DROP SCHEMA IF EXISTS "${rmSchema}${suffix}" CASCADE`).catch(() => undefined);
    }
    if (process.argv.includes('--drop')) await pool.query(`DROP SCHEMA IF EXISTS "${esSchema}" CASCADE`);
    await store.close();
    await pool.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
