/**
 * Measures the projector's live job on one long assessment stream: after the first (whole) write, one
 * event is appended and one job run at a time, and each job's wall time is kept. A measurement to read,
 * not a test (real PostgreSQL, schemas of its own, dropped at the end):
 *   npx ts-node --transpile-only -r tsconfig-paths/register libs/read-model/testing/live-job.measure.ts [events…]
 * LIVE_FOLD=0 runs every job without the projector's replayer cache (each job folds the whole stream).
 */
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { getCatalogue } from '@dti/catalogue';
import { withMeasureSchemas } from './measure-schemas';
import { replayAssessment } from '../src/replay/replay-scorecard';
import { ReplayerCache } from '../src/writers/replayer-cache';
import { recomputeStream } from '../src/writers/stream-projection.writer';
import { newAssessmentEvents, RECORDED_STREAM } from './recorded-assessment.test-kit';

const STREAM = RECORDED_STREAM;
const JOBS = Number(process.env.JOBS ?? 40);

/** Round trips to PostgreSQL (every `Client#query`: the store's reads and the job's statements), by first words. */
const statements = new Map<string, number>();
let counting = false;
const clientQuery = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  if (counting) {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string } | null)?.text ?? '?');
    const words = text.trim().replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' ');
    statements.set(words, (statements.get(words) ?? 0) + 1);
  }
  return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, mean ${mean.toFixed(1)} ms`;
}

async function measure(size: number): Promise<void> {
  await withMeasureSchemas('m', 4, async ({ store, dataSource }) => {
    const replayers = process.env.LIVE_FOLD === '0' ? undefined : new ReplayerCache();
    const options = { catalogues: getCatalogue, replayers };
    const events = newAssessmentEvents(size + JOBS);
    for (let i = 0; i < size; i += 200) {
      await store.append(STREAM, events.slice(i, Math.min(i + 200, size)), i === 0 ? 'no_stream' : BigInt(i - 1));
    }
    await recomputeStream(store, dataSource, STREAM, options);
    const jobs: number[] = [];
    // This process's CPU in the jobs (PostgreSQL's is not in it): less at the mercy of the machine's load.
    let cpuMicros = 0;
    for (let i = size; i < size + JOBS; i += 1) {
      await store.append(STREAM, [events[i]], BigInt(i - 1));
      const start = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      counting = true;
      await recomputeStream(store, dataSource, STREAM, options);
      counting = false;
      const used = process.cpuUsage(cpu);
      cpuMicros += used.user + used.system;
      jobs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const recorded = [];
    for await (const event of store.readStream(STREAM)) recorded.push(event);
    const folds: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const start = process.hrtime.bigint();
      replayAssessment(recorded, { catalogues: getCatalogue, versions: true });
      folds.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    console.log(
      `${size} events, ${replayers === undefined ? 'whole fold per job' : 'live fold (cached replayer)'}: ` +
        `job ${summary(jobs.slice(5))}, Node CPU ${(cpuMicros / 1000 / JOBS).toFixed(1)} ms per job; ` +
        `whole replay alone ${summary(folds.slice(2))}; ` +
        `load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    const perJob = [...statements].map(([words, n]) => `${(n / JOBS).toFixed(1)} × ${words}`);
    const total = [...statements.values()].reduce((sum, n) => sum + n, 0) / JOBS;
    console.log(`round trips per job: ${total.toFixed(1)} — ${perJob.join('; ')}`);
    statements.clear();
  });
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const size of sizes.length > 0 ? sizes : [200, 1000]) await measure(size);
}

void main();
