import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { parseBenchArgs, runBench } from '../../bench/run-bench';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';

/**
 * Keeps `npm run bench` from rotting: the quick mode end to end (generate with the real decider, load,
 * raw read, rebuild, live lag with the real projector, HTTP latency against the real API, as-of replay)
 * on schemas and a BullMQ prefix of its own. No timing assertions: a benchmark is not a test of speed.
 */
describe('npm run bench -- --quick', () => {
  const id = randomBytes(4).toString('hex');
  const out = join(tmpdir(), `dti-bench-smoke-${id}.json`);
  const eventStoreSchema = `t_bench_es_${id}`;
  const readModelSchema = `t_bench_rm_${id}`;

  afterAll(async () => {
    await rm(out, { force: true });
  });

  it('writes the results JSON with every key, and leaves no schema behind', async () => {
    const lines: string[] = [];
    const options = parseBenchArgs(
      [
        '--quick',
        '--out',
        out,
        '--event-store-schema',
        eventStoreSchema,
        '--read-model-schema',
        readModelSchema,
        '--prefix',
        `t_bench_${id}`,
      ],
      (line) => lines.push(line),
    );
    expect(options.markdown).toBeUndefined();
    await runBench({ ...options, databaseUrl: DATABASE_URL });

    expect(existsSync(out)).toBe(true);
    const results = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
    for (const key of [
      'events',
      'rebuildEventsPerSec',
      'rawReadEventsPerSec',
      'lagMs',
      'queries',
      'loadEventsPerSec',
      'asOfReplayMs',
      'machine',
      'targets',
    ]) {
      expect(results).toHaveProperty(key);
    }
    expect(results.events as number).toBeGreaterThanOrEqual(19_000);
    for (const key of ['p50', 'p95', 'p99'])
      expect(typeof (results.lagMs as Record<string, unknown>)[key]).toBe('number');
    const queries = results.queries as Record<string, Record<string, unknown>>;
    for (const name of ['health', 'scorecard', 'ranking', 'series', 'timeline', 'asOf', 'reviewQueue', 'assessment']) {
      expect(queries[name]).toEqual({ p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) });
    }
    const http = results.http as { endpoints: Record<string, { non2xx: number; errors: number; requests: number }> };
    for (const endpoint of Object.values(http.endpoints)) {
      expect(endpoint.requests).toBeGreaterThan(0);
      expect(endpoint.non2xx + endpoint.errors).toBe(0);
    }
    const lag = results.lag as { failedCommands: number; neverVisible: number; commands: number };
    expect(lag.failedCommands).toBe(0);
    expect(lag.neverVisible).toBe(0);
    expect(lag.commands).toBeGreaterThan(0);
    expect(lines.some((line) => line.startsWith('results: '))).toBe(true);

    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)', [
        [eventStoreSchema, readModelSchema],
      ]);
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  }, 300_000);
});
