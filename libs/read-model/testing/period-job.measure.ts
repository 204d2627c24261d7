/**
 * Measures a quarter's period job against the number of units: U registered units of one quarter, each with
 * an assessment of E events already projected; then R period jobs, one at a time, each after T key jobs
 * (one event appended to each of T units: what changed since the last run). Prints a period job's wall time
 * and where it goes: PostgreSQL round trips by first words (their wall time) and the rest (Node). A
 * measurement to read, not a test (real PostgreSQL, schemas of its own, dropped at the end):
 *   npx ts-node --transpile-only -r tsconfig-paths/register libs/read-model/testing/period-job.measure.ts [units…]
 * EVENTS (60), RUNS (20), TOUCHED (5: units changed between two period jobs).
 */
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { getCatalogue } from '@dti/catalogue';
import type { NewEvent } from '@dti/event-store';
import { withMeasureSchemas } from './measure-schemas';
import { ReplayerCache } from '../src/writers/replayer-cache';
import { recomputePeriod } from '../src/writers/period-projection.writer';
import { recomputeStream } from '../src/writers/stream-projection.writer';
import { assessmentEventsFor, unitRegistrationEvents } from './recorded-assessment.test-kit';

const EVENTS = Number(process.env.EVENTS ?? 60);
const RUNS = Number(process.env.RUNS ?? 20);
const TOUCHED = Number(process.env.TOUCHED ?? 5);

/** Wall time of the round trips while `counting`, by first words. */
const statements = new Map<string, { n: number; ms: number }>();
let counting = false;
const clientQuery = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  const result = (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  if (!counting || !(result instanceof Promise)) return result;
  const first = args[0];
  const text = typeof first === 'string' ? first : ((first as { text?: string } | null)?.text ?? '?');
  const words = text.trim().replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' ');
  const start = performance.now();
  return result.finally(() => {
    const entry = statements.get(words) ?? { n: 0, ms: 0 };
    entry.n += 1;
    entry.ms += performance.now() - start;
    statements.set(words, entry);
  });
} as typeof Client.prototype.query;

function summary(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, mean ${mean.toFixed(1)} ms`;
}

function eventsOf(code: string, index: number, count: number): NewEvent[] {
  return assessmentEventsFor(code, String(8000 + index).padStart(4, '0'), count);
}

async function measure(unitCount: number): Promise<void> {
  await withMeasureSchemas('p', 4, async ({ store, dataSource }) => {
    const options = { catalogues: getCatalogue, replayers: new ReplayerCache() };
    // Two units in three report (the others are district units without a report).
    const extra = Math.ceil((RUNS * TOUCHED) / Math.floor((unitCount * 2) / 3)) + 2;
    const units = Array.from({ length: unitCount }, (_, i) => ({
      code: `UT${String(i).padStart(3, '0')}`,
      events: [] as NewEvent[],
      next: EVENTS,
    }));
    for (const [i, unit] of units.entries()) {
      const block = i % 3 === 0 ? 'district' : 'department';
      await store.append(
        `unit-${unit.code}`,
        unitRegistrationEvents(unit.code, `Đơn vị ${i}`, block, i, i),
        'no_stream',
      );
      await recomputeStream(store, dataSource, `unit-${unit.code}`, options);
      // Every third unit (the district block) has no report: it ranks with 0 points.
      if (i % 3 === 0) continue;
      unit.events = eventsOf(unit.code, i, EVENTS + extra);
      await store.append(`assessment-${unit.code}-2021Q1`, unit.events.slice(0, EVENTS), 'no_stream');
      await recomputeStream(store, dataSource, `assessment-${unit.code}-2021Q1`, options);
    }
    await recomputePeriod(dataSource, '2021-Q1', { catalogues: getCatalogue });
    const reporting = units.filter((unit) => unit.events.length > 0);
    const times: number[] = [];
    let cpuMicros = 0;
    let touched = 0;
    for (let run = 0; run < RUNS; run += 1) {
      for (let t = 0; t < TOUCHED; t += 1) {
        const unit = reporting[touched % reporting.length];
        touched += 1;
        const stream = `assessment-${unit.code}-2021Q1`;
        await store.append(stream, [unit.events[unit.next]], BigInt(unit.next - 1));
        unit.next += 1;
        await recomputeStream(store, dataSource, stream, options);
      }
      const cpu = process.cpuUsage();
      const start = performance.now();
      counting = run >= 2;
      await recomputePeriod(dataSource, '2021-Q1', { catalogues: getCatalogue });
      counting = false;
      if (run >= 2) {
        times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuMicros += used.user + used.system;
      }
    }
    const n = times.length;
    const inQueries = [...statements.values()].reduce((sum, s) => sum + s.ms, 0) / n;
    const mean = times.reduce((sum, t) => sum + t, 0) / n;
    console.log(
      `${unitCount} units (${reporting.length} reporting) × ${EVENTS} events, ${TOUCHED} touched per run: ` +
        `period job ${summary(times)}; in round trips ${inQueries.toFixed(1)} ms, rest (Node) ${(mean - inQueries).toFixed(1)} ms; ` +
        `Node CPU ${(cpuMicros / 1000 / n).toFixed(1)} ms per job; load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    const perJob = [...statements].map(
      ([words, s]) => `${(s.n / n).toFixed(1)} × ${words} ${(s.ms / n).toFixed(1)} ms`,
    );
    console.log(`  round trips per job: ${perJob.join('; ')}`);
    statements.clear();
  });
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const size of sizes.length > 0 ? sizes : [30, 300]) await measure(size);
}

void main();
