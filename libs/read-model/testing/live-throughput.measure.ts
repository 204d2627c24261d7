/**
 * Measures the projector's key jobs under concurrency, in process: U registered units of one quarter, each
 * with a busy assessment stream of E events already projected; then L lanes (the worker's concurrency) each
 * append one event to one of their units and run its key job, round robin, while a period job of the quarter
 * runs every 250 ms (as the feed's window lets it) — for S seconds. Prints key jobs per second, a key job's
 * wall time (p50/p95/p99: its waits for the quarter's locks included) and the period job's. A measurement to
 * read, not a test (real PostgreSQL, schemas of its own, dropped at the end):
 *   npx ts-node --transpile-only -r tsconfig-paths/register libs/read-model/testing/live-throughput.measure.ts
 * UNITS (30), EVENTS (200), LANES (4; 0: period jobs only), SECONDS (20), PERIOD_MS (250; 0: no period job).
 *
 * RATE=r (commands per second) measures lag instead, open loop: commands (one event each, units round
 * robin) are appended at r per second whatever the jobs do; L lanes take the units with events not yet
 * projected (one job per unit at a time, as the dispatcher coalesces) and a period job runs at most once
 * per PERIOD_MS window while key jobs have committed since the last one. Prints the lag of a command's
 * unit rows (append → the commit of a key job started after it) and of the quarter's rankings (append →
 * the commit of a period job started after that key job's commit): p50/p95/p99.
 */
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { getCatalogue } from '@dti/catalogue';
import type { NewEvent } from '@dti/event-store';
import { withMeasureSchemas } from './measure-schemas';
import { ReplayerCache } from '../src/writers/replayer-cache';
import { recomputePeriod } from '../src/writers/period-projection.writer';
import { recomputeStream } from '../src/writers/stream-projection.writer';
import { assessmentEventsFor, unitRegistrationEvents } from './recorded-assessment.test-kit';

const UNITS = Number(process.env.UNITS ?? 30);
const EVENTS = Number(process.env.EVENTS ?? 200);
const LANES = Number(process.env.LANES ?? 4);
const SECONDS = Number(process.env.SECONDS ?? 20);
const PERIOD_MS = Number(process.env.PERIOD_MS ?? 250);
const RATE = Number(process.env.RATE ?? 0);

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function summary(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(1)}, p95 ${percentile(sorted, 0.95).toFixed(1)}, p99 ${percentile(sorted, 0.99).toFixed(1)} ms (${sorted.length})`;
}

/** The kit's busy stream as unit `code`'s: its own unit in every event naming one, its own event ids. */
function eventsOf(code: string, index: number, count: number): NewEvent[] {
  return assessmentEventsFor(code, String(8000 + index).padStart(4, '0'), count);
}

async function main(): Promise<void> {
  await withMeasureSchemas('t', LANES + 2, async ({ store, dataSource, readModelSchema }) => {
    const options = { catalogues: getCatalogue, replayers: new ReplayerCache() };
    const extra = Math.ceil((SECONDS * Math.max(400, RATE * 1.2)) / UNITS) + 10;
    const units = Array.from({ length: UNITS }, (_, i) => ({
      code: `UT${String(i).padStart(3, '0')}`,
      events: [] as NewEvent[],
      next: EVENTS,
    }));
    for (const [i, unit] of units.entries()) {
      await store.append(
        `unit-${unit.code}`,
        unitRegistrationEvents(unit.code, `Đơn vị ${i}`, 'department', i, i),
        'no_stream',
      );
      await recomputeStream(store, dataSource, `unit-${unit.code}`, options);
      unit.events = eventsOf(unit.code, i, EVENTS + extra);
      const stream = `assessment-${unit.code}-2021Q1`;
      for (let n = 0; n < EVENTS; n += 200) {
        await store.append(
          stream,
          unit.events.slice(n, Math.min(n + 200, EVENTS)),
          n === 0 ? 'no_stream' : BigInt(n - 1),
        );
      }
      await recomputeStream(store, dataSource, stream, options);
    }
    await recomputePeriod(dataSource, '2021-Q1', { catalogues: getCatalogue });
    if (RATE > 0) {
      await measureLag(
        units,
        async (stream) => {
          await recomputeStream(store, dataSource, stream, options);
        },
        async () => {
          await recomputePeriod(dataSource, '2021-Q1', { catalogues: getCatalogue });
        },
        (stream, events, expected) => store.append(stream, events, expected),
      );
      return;
    }
    const jobs: number[] = [];
    const periods: number[] = [];
    const until = performance.now() + SECONDS * 1000;
    const lane = async (l: number): Promise<void> => {
      for (let turn = 0; performance.now() < until; turn += 1) {
        const mine = units.filter((_, i) => i % LANES === l);
        const unit = mine[turn % mine.length];
        const stream = `assessment-${unit.code}-2021Q1`;
        await store.append(stream, [unit.events[unit.next]], BigInt(unit.next - 1));
        unit.next += 1;
        const start = performance.now();
        await recomputeStream(store, dataSource, stream, options);
        jobs.push(performance.now() - start);
      }
    };
    const periodLoop = async (): Promise<void> => {
      while (PERIOD_MS > 0 && performance.now() < until) {
        if (LANES === 0) {
          // Only period jobs (to profile them): mark the quarter out of date as a key job would.
          await dataSource.query(`UPDATE "${readModelSchema}".period_state SET dirty_seq = dirty_seq + 1`);
        }
        const start = performance.now();
        await recomputePeriod(dataSource, '2021-Q1', { catalogues: getCatalogue });
        const took = performance.now() - start;
        periods.push(took);
        await sleep(Math.max(0, PERIOD_MS - took));
      }
    };
    const cpu = process.cpuUsage();
    const started = performance.now();
    await Promise.all([...Array.from({ length: LANES }, (_, l) => lane(l)), periodLoop()]);
    const elapsed = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    console.log(
      `${UNITS} units × ${EVENTS}+ events, ${LANES} lanes, period job every ${PERIOD_MS} ms, ${elapsed.toFixed(1)} s: ` +
        `${(jobs.length / elapsed).toFixed(1)} key jobs/s; key job ${summary(jobs)}; period job ${summary(periods)}; ` +
        `Node CPU ${((used.user + used.system) / 1000 / Math.max(1, jobs.length)).toFixed(1)} ms per key job; ` +
        `load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
  });
}

interface LagUnit {
  code: string;
  events: NewEvent[];
  next: number;
}

/** The open-loop lag measurement (RATE): see the header. */
async function measureLag(
  units: LagUnit[],
  keyJob: (stream: string) => Promise<void>,
  periodJob: () => Promise<void>,
  append: (stream: string, events: NewEvent[], expected: bigint) => Promise<unknown>,
): Promise<void> {
  const streamOf = (unit: LagUnit) => `assessment-${unit.code}-2021Q1`;
  // Per unit: append instants of the commands not yet covered by a key job, in order.
  const pending = new Map<string, number[]>();
  const ready: LagUnit[] = [];
  const busy = new Set<string>();
  const unitLags: number[] = [];
  const rankingLags: number[] = [];
  const periodTimes: number[] = [];
  // Commands whose unit rows are committed, waiting for a period job started after that commit.
  let committed: number[] = [];
  const appendChains = new Map<string, Promise<unknown>>();
  const started = performance.now();
  const until = started + SECONDS * 1000;
  let appended = 0;
  let done = false;
  const producer = async (): Promise<void> => {
    while (performance.now() < until) {
      const due = Math.floor(((performance.now() - started) / 1000) * RATE);
      while (appended < due) {
        const unit = units[appended % units.length];
        appended += 1;
        const index = unit.next;
        unit.next += 1;
        // One unit's appends in order; different units' at once.
        const chain = (appendChains.get(unit.code) ?? Promise.resolve()).then(async () => {
          const at = performance.now();
          await append(streamOf(unit), [unit.events[index]], BigInt(index - 1));
          const list = pending.get(unit.code) ?? [];
          list.push(at);
          pending.set(unit.code, list);
          if (!busy.has(unit.code) && !ready.includes(unit)) ready.push(unit);
        });
        appendChains.set(unit.code, chain);
      }
      await sleep(5);
    }
    await Promise.all(appendChains.values());
  };
  const lane = async (): Promise<void> => {
    while (!done || ready.length > 0) {
      const unit = ready.shift();
      if (unit === undefined) {
        await sleep(2);
        continue;
      }
      busy.add(unit.code);
      // The commands appended before the job starts are in what it reads.
      const covered = pending.get(unit.code) ?? [];
      pending.set(unit.code, []);
      await keyJob(streamOf(unit));
      const now = performance.now();
      for (const at of covered) unitLags.push(now - at);
      committed.push(...covered);
      busy.delete(unit.code);
      if ((pending.get(unit.code) ?? []).length > 0) ready.push(unit);
    }
  };
  const periodLoop = async (): Promise<void> => {
    let lastStart = -Infinity;
    while (!done || committed.length > 0) {
      const wait = lastStart + PERIOD_MS - performance.now();
      if (committed.length === 0 || wait > 0) {
        await sleep(Math.max(2, Math.min(wait, 10)));
        continue;
      }
      const covered = committed;
      committed = [];
      lastStart = performance.now();
      await periodJob();
      const now = performance.now();
      periodTimes.push(now - lastStart);
      for (const at of covered) rankingLags.push(now - at);
    }
  };
  const cpu = process.cpuUsage();
  const lanes = Array.from({ length: Math.max(1, LANES) }, () => lane());
  const period = PERIOD_MS > 0 ? periodLoop() : Promise.resolve();
  await producer();
  done = true;
  await Promise.all([...lanes, period]);
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(
    `${units.length} units, ${RATE} commands/s offered (${(appended / SECONDS).toFixed(1)} appended/s), ${LANES} lanes, ` +
      `period window ${PERIOD_MS} ms, ${elapsed.toFixed(1)} s: unit rows lag ${summary(unitLags)}; ` +
      `rankings lag ${summary(rankingLags)}; period job ${summary(periodTimes)}; ` +
      `Node CPU ${((used.user + used.system) / 1000 / elapsed).toFixed(0)} ms/s; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
}

void main();
