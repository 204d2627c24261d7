/**
 * The in-process as-of replay alone (the inspector's check; bench key `asOfReplay`), repeatable on the
 * event-store schema rebuild-micro.ts loads, with the time split into reading the stream and replaying it:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/measure/rebuild-asof-micro.ts \
 *     [--schema rebuild_micro_es_6_60000] [--samples 60] [--rounds 3] [--profile dir]
 *
 * Each round times `measureAsOfReplay` (what the bench times) over the same samples and prints its
 * percentiles with the 1-minute load average (the machine is shared).
 */
import { loadavg } from 'node:os';
import { mkdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { replayAssessment, replayFromStore } from '@dti/read-model';
import { SeededRandom } from '../../scripts/seed/province/seeded-random';
import { percentiles } from '../support/percentiles';
import { withCpuProfile } from '../support/in-process-profile';
import { drawAsOfSamples } from './as-of-replay';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

async function main(): Promise<void> {
  const schema = arg('schema', 'rebuild_micro_es_6_60000');
  const count = Number(arg('samples', '60'));
  const rounds = Number(arg('rounds', '3'));
  const profile = arg('profile', '');
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
  const pool = new Pool({ connectionString: url, max: 4, application_name: 'dti-asof-micro' });
  pool.on('error', () => undefined);
  const store = new PostgresEventStore({ pool, schema, upcasters: DOMAIN_UPCASTERS });
  try {
    const { rows } = await pool.query<{ stream_id: string }>(
      `SELECT stream_id FROM "${schema}".streams WHERE stream_id LIKE 'assessment-%' ORDER BY stream_id`,
    );
    const unitQuarters = rows.map(({ stream_id }) => {
      const [, unit, year, quarter] = /^assessment-(.+)-(\d{4})(Q\d)$/.exec(stream_id) ?? [];
      return { unit, period: `${year}-${quarter}` };
    });
    const samples = await drawAsOfSamples(pool, schema, unitQuarters, count, new SeededRandom(222));
    if (profile !== '') await mkdir(profile, { recursive: true });
    for (let round = 1; round <= rounds; round++) {
      const load = loadavg()[0].toFixed(2);
      // Timed as measureAsOfReplay times it, with this process's CPU per replay beside the wall time (the
      // machine is shared: wall time says as much about the others). Round 1 is cold (nothing remembered).
      const walls: number[] = [];
      const cpus: number[] = [];
      await withCpuProfile(profile === '' ? undefined : profile, `asof-${round}`, async () => {
        for (const sample of samples) {
          const started = performance.now();
          const before = process.cpuUsage();
          const { replayed } = await replayFromStore(store, {
            unit: sample.unit,
            period: sample.period,
            asOf: { position: BigInt(sample.position) },
          });
          const used = process.cpuUsage(before);
          if (replayed === null) throw new Error(`Nothing replayed for ${sample.unit} ${sample.period}`);
          walls.push(performance.now() - started);
          cpus.push((used.user + used.system) / 1000);
        }
      });
      const measured = percentiles(walls);
      const c = percentiles(cpus);
      // The same samples split: the whole stream's read, then the replay of what was read.
      const reads: number[] = [];
      const replays: number[] = [];
      for (const sample of samples) {
        const streamId = `assessment-${sample.unit}-${sample.period.replace('-', '')}`;
        let started = performance.now();
        const events = [];
        for await (const event of store.readStream(streamId)) events.push(event);
        reads.push(performance.now() - started);
        started = performance.now();
        replayAssessment(events, { asOf: { position: BigInt(sample.position) } });
        replays.push(performance.now() - started);
      }
      const r = percentiles(reads);
      const p = percentiles(replays);
      process.stderr.write(
        `round ${round} (load ${load}): replayFromStore p50 ${measured.p50} p95 ${measured.p95} p99 ${measured.p99} ms; ` +
          `node CPU p50 ${c.p50} p95 ${c.p95} mean ${c.mean}; whole-stream read p50 ${r.p50} p95 ${r.p95}; replay p50 ${p.p50} p95 ${p.p95}\n`,
      );
    }
  } finally {
    await store.close();
    await pool.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
