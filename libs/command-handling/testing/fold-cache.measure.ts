/**
 * Per-command time through handleCommand with and without a FoldCache, on one busy unit-quarter stream in the
 * real PostgreSQL event store (issue #12). A measurement to read, not a test:
 *   npx ts-node --transpile-only -r tsconfig-paths/register libs/command-handling/testing/fold-cache.measure.ts [events…] [--commands N]
 * Writes a unique schema in TEST_DATABASE_URL (default the test database) and drops it afterwards. Commands
 * alternate (one without the cache, one with it) on the same stream, so both see the same history.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { assessmentDecider, toNewEvents, type AssessmentCommand, type AssessmentState } from '@dti/domain';
import { PostgresEventStore, type NewEvent } from '@dti/event-store';
import { busyQuarterSteps, criterionCodes, generateStream } from '../../domain/testing/assessment-stream.generator';
import {
  approve,
  reopen,
  leadReviewerHoa,
  reviewerMinh,
  submitFigures,
  submitterLan,
} from '../../domain/testing/assessment.test-kit';
import { FoldCache } from '../src/fold-cache';
import { handleCommand, type HandleOptions } from '../src/handle-command';
import { readState } from '../src/read-state';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
const CRITERIA = criterionCodes(97);

interface Timings {
  p50: number;
  p95: number;
  mean: number;
}

function timings(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (ms: number): number => Math.round(ms * 100) / 100;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    mean: round(samples.reduce((a, b) => a + b, 0) / samples.length),
  };
}

/** Appends a generated busy quarter of `target` events (the real decider's output) in a few large appends. */
async function seedStream(store: PostgresEventStore, streamId: string, target: number): Promise<void> {
  let steps = Math.round(target * 1.8);
  let events = generateStream(busyQuarterSteps(steps, CRITERIA.length), () => true, CRITERIA).events;
  while (events.length < target) {
    steps = Math.round(steps * 1.2);
    events = generateStream(busyQuarterSteps(steps, CRITERIA.length), () => true, CRITERIA).events;
  }
  // Whole commands only: cut at the last command boundary at or before the target.
  let end = target;
  while (end < events.length && events[end].metadata?.commandId === events[end - 1].metadata?.commandId) end -= 1;
  const batch: NewEvent[] = [];
  let revision: bigint | 'no_stream' = 'no_stream';
  let start = 0;
  for (let i = 1; i <= end; i += 1) {
    if (i < end && events[i].metadata?.commandId === events[start].metadata?.commandId) continue;
    const commandId = String(events[start].metadata?.commandId);
    const group = events.slice(start, i).map(({ type, data }) => ({ type, data }) as (typeof events)[number]);
    batch.push(...(toNewEvents(streamId, group, envelopeOf(commandId)) as NewEvent[]));
    start = i;
    if (batch.length >= 200 || i === end) {
      revision = (await store.append(streamId, batch.splice(0), revision)).nextExpectedRevision;
    }
  }
}

function envelopeOf(commandId: string) {
  return {
    commandId,
    correlationId: `req-${commandId}`,
    actor: 'measure',
    role: 'admin' as const,
    occurredAt: '2021-04-05T09:00:00+07:00',
  };
}

async function measure(store: PostgresEventStore, events: number, commands: number): Promise<void> {
  const streamId = `assessment-measure-${events}-${randomBytes(3).toString('hex')}`;
  await seedStream(store, streamId, events);
  const cache = new FoldCache();
  const run = async (n: number, options: Partial<HandleOptions>): Promise<number> => {
    const commandId = `${streamId}-m${n}`;
    // A submission, then its approval: two valid commands of the busiest kind, whatever the history holds.
    const command = (state: AssessmentState): AssessmentCommand => {
      const opened = state.status === 'not_opened' ? null : state;
      if (opened?.status === 'finalized') return reopen(leadReviewerHoa, 'Mở lại để đo', { commandId });
      const pending = opened === null ? [] : Object.values(opened.criteria).flatMap((r) => r.pending ?? []);
      if (n % 2 === 1 && pending.length > 0) return approve(reviewerMinh, pending[0], undefined, { commandId });
      const criterion = CRITERIA[n % CRITERIA.length];
      const official = opened?.criteria[criterion]?.official ?? null;
      return submitFigures(
        submitterLan,
        {
          submissionId: `s-${commandId}`,
          criterion,
          inputs: { a: n % 40, b: (n % 40) + 3 },
          ...(official === null ? {} : { corrects: official.submissionId, reason: 'Đính chính để đo' }),
        },
        { commandId },
      );
    };
    const start = performance.now();
    await handleCommand(store, streamId, assessmentDecider, command, { envelope: envelopeOf(commandId), ...options });
    return performance.now() - start;
  };
  // Warm up both paths (connections, JIT) and fill the cache once.
  for (let n = 0; n < 6; n += 1) await run(n, n % 2 === 0 ? {} : { cache });
  const without: number[] = [];
  const withCache: number[] = [];
  // The read alone (what the cache changes): the whole stream read and folded, or the tail onto the kept state.
  const readWhole: number[] = [];
  const readCached: number[] = [];
  const timed = async (work: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  for (let n = 6; n < 6 + 2 * commands; n += 2) {
    without.push(await run(n, {}));
    readWhole.push(await timed(() => readState(store, streamId, assessmentDecider)));
    readCached.push(await timed(() => cache.read(store, streamId, assessmentDecider)));
    withCache.push(await run(n + 1, { cache }));
  }
  const { state, revision } = await readState(store, streamId, assessmentDecider);
  const cached = await cache.read(store, streamId, assessmentDecider);
  if (cached.revision !== revision || !isDeepStrictEqual(cached.state, state)) {
    throw new Error('The cached state differs from a full fold');
  }
  console.log(
    JSON.stringify({
      streamEvents: { atStart: events, atEnd: Number(revision) + 1 },
      commandsEach: commands,
      withoutCacheMs: timings(without),
      withCacheMs: timings(withCache),
      readWithoutCacheMs: timings(readWhole),
      readWithCacheMs: timings(readCached),
      // Whole reads: the first one only, if every appended event read back as sent.
      cacheReads: cache.counts,
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const commandsAt = args.indexOf('--commands');
  const commands = commandsAt >= 0 ? Number(args.splice(commandsAt, 2)[1]) : 100;
  const sizes = args.length > 0 ? args.map(Number) : [1_000];
  const schema = `t_foldmeasure_${randomBytes(4).toString('hex')}`;
  const store = new PostgresEventStore({ connectionString: DATABASE_URL, schema });
  await store.migrate();
  try {
    for (const events of sizes) await measure(store, events, commands);
  } finally {
    await store.close();
    const { Client } = await import('pg');
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
