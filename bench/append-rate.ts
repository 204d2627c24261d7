/**
 * Append rate of the PostgreSQL event store against a raw INSERT baseline of the same rows, in the same run.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/append-rate.ts
 *
 * Environment: BENCH_DATABASE_URL (else TEST_DATABASE_URL, else the local dti_test database),
 * BENCH_CONCURRENCY (8), BENCH_SINGLE_APPENDS (2000), BENCH_BATCH_SIZE (100), BENCH_BATCHES (100).
 * Works in a throw-away schema it drops at the end. Prints a table, then one JSON line.
 *
 * What it shows: the adapter serializes appends under one advisory lock held through COMMIT (see
 * libs/event-store/src/postgres/postgres-event-store.ts), so concurrent single-event appends queue
 * behind each other's commit flush, while raw autocommit INSERTs share WAL flushes (group commit).
 * Batching amortizes the lock and the flush over many events.
 */
import { randomUUID } from 'crypto';
import { performance } from 'perf_hooks';
import { Pool } from 'pg';
import { NewEvent, PostgresEventStore } from '@dti/event-store';

const databaseUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
const concurrency = intFromEnv('BENCH_CONCURRENCY', 8);
const singleAppends = intFromEnv('BENCH_SINGLE_APPENDS', 2000);
const batchSize = intFromEnv('BENCH_BATCH_SIZE', 100);
const batches = intFromEnv('BENCH_BATCHES', 100);

interface Result {
  scenario: string;
  events: number;
  appends: number;
  seconds: number;
  eventsPerSecond: number;
}

async function main(): Promise<void> {
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const pool = new Pool({ connectionString: databaseUrl, max: concurrency + 2 });
  const store = new PostgresEventStore({ pool, schema });
  try {
    await store.migrate();
    await pool.query(`
      CREATE TABLE "${schema}".raw_events (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        stream_id text COLLATE "C" NOT NULL,
        revision bigint NOT NULL,
        type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (stream_id, revision))`);
    const rawInsert = `
      INSERT INTO "${schema}".raw_events (event_id, stream_id, revision, type, schema_version, data, metadata)
      SELECT (e->>'id')::uuid, $1::text, $2::bigint + ord - 1, e->>'type', (e->>'schemaVersion')::integer, e->'data', e->'metadata'
        FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(e, ord)`;

    const results: Result[] = [];
    const perWorker = (total: number) => Math.ceil(total / concurrency);

    results.push(
      await measure('adapter, 1 event per append', singleAppends, singleAppends, async () => {
        await workers(async (worker) => {
          let expected: bigint | 'no_stream' = 'no_stream';
          for (let i = 0; i < perWorker(singleAppends); i += 1) {
            expected = (await store.append(`single-${worker}`, [benchEvent(i)], expected)).nextExpectedRevision;
          }
        });
      }),
    );
    results.push(
      await measure('raw INSERT, 1 row per statement', singleAppends, singleAppends, async () => {
        await workers(async (worker) => {
          for (let i = 0; i < perWorker(singleAppends); i += 1) {
            await pool.query(rawInsert, [`single-${worker}`, i, JSON.stringify([benchEvent(i)])]);
          }
        });
      }),
    );
    results.push(
      await measure(`adapter, ${batchSize} events per append`, batches * batchSize, batches, async () => {
        await workers(async (worker) => {
          let expected: bigint | 'no_stream' = 'no_stream';
          for (let b = 0; b < perWorker(batches); b += 1) {
            const events = Array.from({ length: batchSize }, (_, k) => benchEvent(b * batchSize + k));
            expected = (await store.append(`batch-${worker}`, events, expected)).nextExpectedRevision;
          }
        });
      }),
    );
    results.push(
      await measure(`raw INSERT, ${batchSize} rows per statement`, batches * batchSize, batches, async () => {
        await workers(async (worker) => {
          for (let b = 0; b < perWorker(batches); b += 1) {
            const events = Array.from({ length: batchSize }, (_, k) => benchEvent(b * batchSize + k));
            await pool.query(rawInsert, [`batch-${worker}`, b * batchSize, JSON.stringify(events)]);
          }
        });
      }),
    );

    printTable(results);
    const [single, rawSingle, batched, rawBatched] = results;
    console.log(
      JSON.stringify({
        bench: 'append-rate',
        postgres: (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
        concurrency,
        batchSize,
        results: results.map((r) => ({
          ...r,
          seconds: round(r.seconds, 3),
          eventsPerSecond: Math.round(r.eventsPerSecond),
        })),
        adapterVsRaw: {
          singleEvent: round(single.eventsPerSecond / rawSingle.eventsPerSecond, 3),
          batched: round(batched.eventsPerSecond / rawBatched.eventsPerSecond, 3),
        },
      }),
    );
  } finally {
    await store.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
}

/** Runs `concurrency` workers, each on its own streams, so only the store's own serialization is measured. */
async function workers(work: (worker: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: concurrency }, (_, worker) => work(worker)));
}

async function measure(scenario: string, events: number, appends: number, run: () => Promise<void>): Promise<Result> {
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  // Workers round their share up; count what was actually written.
  const written = Math.ceil(appends / concurrency) * concurrency * (events / appends);
  return {
    scenario,
    events: written,
    appends: Math.ceil(appends / concurrency) * concurrency,
    seconds,
    eventsPerSecond: written / seconds,
  };
}

function benchEvent(i: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'CriterionFigureReported',
    schemaVersion: 1,
    data: { criterion: '2.3', numerator: String(i % 97), denominator: '97', note: 'Số liệu quý' },
    metadata: {
      actor: 'bench',
      role: 'submitter',
      occurredAt: '2025-04-01T00:00:00.000Z',
      commandId: randomUUID(),
      correlationId: randomUUID(),
    },
  };
}

function printTable(results: Result[]): void {
  const rows = results.map((r) => [
    r.scenario,
    String(r.events),
    String(r.appends),
    r.seconds.toFixed(2),
    Math.round(r.eventsPerSecond).toLocaleString('en-US'),
  ]);
  const header = ['scenario', 'events', 'appends', 'seconds', 'events/s'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`append rate, concurrency ${concurrency}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}

function intFromEnv(key: string, fallback: number): number {
  const raw = process.env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${key} must be a positive integer (got "${raw}")`);
  return value;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
