import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Catalogue } from '@dti/catalogue';
import { getCatalogue } from '@dti/catalogue';
import type { EventStore, RecordedEvent } from '@dti/event-store';
import { Client, Pool, escapeIdentifier } from 'pg';
import type { DataSource } from 'typeorm';
import { PeriodStateEntity } from '../bookkeeping/period-state.entity';
import { ProjectionCheckpointEntity } from '../bookkeeping/projection-checkpoint.entity';
import { PROJECTOR_CHECKPOINT } from '../bookkeeping/checkpoint';
import { exclusiveWritersLockSql, writersLockParams } from '../bookkeeping/write-lock';
import { catalogueIdFor, normalizeQuarter } from '@dti/domain';
import { CriterionRollupEntity } from '../period/criterion-rollup.entity';
import { periodIndexOf } from '../period/period-index';
import { projectPeriod } from '../period/period-projection';
import { PeriodStatsEntity } from '../period/period-stats.entity';
import { RankingEntity } from '../period/ranking.entity';
import { BOOKKEEPING_TABLES, PROJECTION_TABLES, READ_MODEL_ENTITIES } from '../read-model.entities';
import { GuardedPgClient } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel } from '../read-model.data-source';
import {
  connectionConfigOf,
  databaseUrlOf,
  liveSchemaOf,
  rebuildSchemaNames,
  withApplicationName,
} from './rebuild-schemas';
import { RowSink, isConnectionLoss } from './row-sink';
import { REBUILT_PERIOD_SEQ, readStreamUpTo, rebuildStreamEvents, type StreamRebuilt } from './stream-rebuild';
import { entityName } from './rebuild-worker';
import { StreamWorkers } from './stream-workers';

export interface RebuildOptions {
  store: EventStore;
  /** The live read model: where it is (connection settings) and its schema name. Not written through. */
  dataSource: DataSource;
  catalogues?: (id: string) => Catalogue;
  /** Streams read and folded at once: one stream's query overlaps another's fold. Default 2 per thread. */
  lanes?: number;
  /**
   * Worker threads that fold, score and serialise streams while this thread reads events and writes rows
   * (only with the built-in catalogue registry: a worker has nothing else). Default none: on the shared
   * 2-core machine they did not pay for their cost (BENCHMARKS.md). Streams wait for them to start.
   */
  workers?: number;
  /**
   * Where the worker threads read the events themselves (a PostgreSQL event store's schema, and its
   * database when it is not the read model's; read with the domain's upcasters), so that the events are
   * not read here and copied to them. Without it, this thread reads every stream and sends it over.
   */
  workerEvents?: { schema: string; connectionString?: string };
  /** application_name of the rebuild's data connections (its lock connection adds ":control"). */
  applicationName?: string;
  onProgress?: (progress: RebuildProgress) => void;
  /** Default 250 ms. */
  progressIntervalMs?: number;
  /** How long the swap may wait for writes in flight (and the retired schema's drop for readers). Default 30 s. */
  swapLockTimeoutMs?: number;
  /** Told about a batch or stream read retried after a lost connection. */
  onRetry?: (what: string, attempt: number, error: unknown) => void;
  /**
   * TEST SEAM ONLY: awaited when the build is complete, just before the swap, so a spec can make the
   * live read model move past the build's head in between.
   */
  beforeSwap?: () => Promise<void>;
}

export type RebuildPhase = 'preparing' | 'streams' | 'periods' | 'swapping' | 'done';

export interface RebuildProgress {
  phase: RebuildPhase;
  /** The head position the build reflects (set once streams start). */
  head: string | null;
  streamsDone: number;
  streamsTotal: number;
  events: number;
  periodsDone: number;
  periodsTotal: number;
  elapsedMs: number;
  /** Events folded per second so far (streams phase). */
  eventsPerSecond: number;
}

export interface RebuildReport {
  /** The live schema, now holding the rebuilt tables. */
  schema: string;
  /** The checkpoint of the rebuilt read model: the log's head when the build started. */
  head: string;
  events: number;
  streams: number;
  keys: { assessments: number; units: number; accounts: number; parked: number };
  unrecognizedEvents: number;
  periods: number;
  rows: number;
  seconds: number;
  /** All events ÷ the whole rebuild's wall time, swap included. */
  eventsPerSecond: number;
  phases: { prepareSeconds: number; streamsSeconds: number; periodsSeconds: number; swapSeconds: number };
  /** Worker threads asked for, and the streams they folded (the rest were folded on the calling thread). */
  workers: { threads: number; streams: number };
  /** False when the old tables could not be dropped yet (readers held them past the timeout): the next rebuild drops them. */
  retiredDropped: boolean;
}

export class RebuildInProgressError extends Error {
  override readonly name = 'RebuildInProgressError';
  readonly code = 'REBUILD_IN_PROGRESS' as const;
}

/** An arbitrary first key of the one-rebuild-at-a-time lock; the second is the live schema's hash. */
const REBUILD_LOCK_CLASS = 1_382_113_273;
const READ_ATTEMPTS = 6;
/** The tables the per-stream folds fill (complete once the streams are done). */
const STREAM_TABLES: readonly string[] = [
  'units',
  'unit_reports',
  'scorecard_nodes',
  'criterion_scores',
  'audit_entries',
  'published_reports',
  'plan_reports',
  'scorecard_versions',
];

/**
 * Rebuilds every projection from the events without taking readers down:
 *
 *  1. takes the rebuild lock (one rebuild per read model) and drops what a killed run left behind;
 *  2. creates `<live>_rebuild` with the migrations and reads the log's head H;
 *  3. streams every stream's events up to H (a few streams at a time), folds each with the live path's
 *     own pure functions and writes its rows with COPY, thousands of rows a batch;
 *  4. builds each quarter's rankings, roll-up and statistics once, with the live period writer;
 *  5. records the bookkeeping a projector resumes from: every key's revision and position, the quarters
 *     as built, parked keys, unrecognized events, and the checkpoint H;
 *  6. swaps in ONE transaction, holding the writers' lock exclusively (writes in flight finish first, new
 *     ones wait): `live` → `<live>_retired`, `<live>_rebuild` → `live`; then drops the retired schema.
 *
 * Readers see the old tables until the swap commits and the new ones after it, never a mix. A live
 * projector notices the swap at its next checkpoint write (the schema's epoch changed) and resubscribes
 * from H. Killed at any point before the swap, the live read model is untouched and the next run starts a
 * clean build; killed after it, the next run drops the retired schema.
 */
export async function rebuildReadModel(options: RebuildOptions): Promise<RebuildReport> {
  const started = performance.now();
  const catalogues = options.catalogues ?? getCatalogue;
  const applicationName = options.applicationName ?? 'dti-rebuild';
  const names = rebuildSchemaNames(liveSchemaOf(options.dataSource));
  const lockTimeoutMs = options.swapLockTimeoutMs ?? 30_000;
  const progress = new ProgressReporter(options.onProgress, options.progressIntervalMs ?? 250, started);

  const control = new Client(connectionConfigOf(options.dataSource, `${applicationName}:control`));
  control.on('error', () => undefined);
  await control.connect();
  let buildSource: DataSource | undefined;
  let pool: Pool | undefined;
  let workers: StreamWorkers | undefined;
  try {
    const { rows } = await control.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
      [REBUILD_LOCK_CLASS, names.live],
    );
    if (rows[0]?.locked !== true) {
      throw new RebuildInProgressError(`A rebuild of the read model "${names.live}" is already running`);
    }
    progress.phase('preparing');
    await control.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(names.build)} CASCADE`);
    await control.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(names.retired)} CASCADE`);
    const connection = connectionConfigOf(options.dataSource, applicationName);
    buildSource = createReadModelDataSource({
      url: withApplicationName(databaseUrlOf(options.dataSource), applicationName),
      schema: names.build,
      poolMax: 2,
      applicationName,
    });
    await buildSource.initialize();
    await migrateReadModel(buildSource);
    // The secondary indexes are built once the rows are in (one sort each) rather than kept up row by row.
    const deferredIndexes = await dropSecondaryIndexes(control, names.build);
    // Nothing written here needs to survive a crash: a build that is lost is simply run again.
    pool = new Pool({ ...connection, max: 2, options: '-c synchronous_commit=off', Client: GuardedPgClient });
    pool.on('error', () => undefined);
    const sink = new RowSink(pool, buildSource, {
      onRetry: (table, attempt, error) => options.onRetry?.(`COPY ${table}`, attempt, error),
    });
    const head = await withRetries('read the head', options.onRetry, () => options.store.headPosition());
    const streams = await withRetries('list the streams', options.onRetry, () => options.store.listStreams());
    const threads = (options.catalogues ?? getCatalogue) === getCatalogue ? (options.workers ?? 0) : 0;
    const entities = new Map(READ_MODEL_ENTITIES.map((entity) => [entityName(entity), entity]));
    if (threads > 0) {
      workers = new StreamWorkers(
        threads,
        Object.fromEntries([...entities].map(([name, entity]) => [name, sink.copyColumnsOf(entity)])),
        true,
        options.workerEvents === undefined
          ? undefined
          : {
              connectionString: withApplicationName(
                options.workerEvents.connectionString ?? databaseUrlOf(options.dataSource),
                applicationName,
              ),
              schema: options.workerEvents.schema,
            },
      );
    }
    const prepareSeconds = seconds(started);

    // Streams: read here, folded on a worker thread (or here until one is ready), written here.
    const streamsStarted = performance.now();
    progress.phase('streams', { head: head.toString(), streamsTotal: streams.length });
    const outcomes = await runLanes(streams, options.lanes ?? 2 * Math.max(1, threads), async (streamId) => {
      // Workers with an event source read the stream themselves: this thread only writes their text.
      let work = workers?.reading === true ? await workers.read(streamId, head) : null;
      let events: RecordedEvent[] = [];
      if (work === null) {
        events = await withRetries(`read ${streamId}`, options.onRetry, () =>
          readStreamUpTo(options.store, streamId, head),
        );
        if (workers !== undefined && !workers.reading) work = await workers.run(streamId, events);
      }
      let rebuilt: StreamRebuilt;
      if (work === null) {
        rebuilt = await rebuildStreamEvents(events, sink, streamId, catalogues);
      } else {
        for (const [name, bytes, rows] of work.lines) {
          const entity = entities.get(name);
          if (entity === undefined) throw new TypeError(`A rebuild worker wrote rows of an unknown entity ${name}`);
          await sink.addBytes(entity, bytes, rows);
        }
        rebuilt = work.rebuilt;
      }
      progress.streamDone(rebuilt.events);
      return rebuilt;
    });
    await workers?.close();
    const periods = [...new Set(outcomes.flatMap((outcome) => (outcome.period ? [outcome.period] : [])))].sort();
    await sink.add(ProjectionCheckpointEntity, [
      { name: PROJECTOR_CHECKPOINT, position: head.toString(), updatedAt: new Date() },
    ]);
    await sink.drain();
    const streamsSeconds = seconds(streamsStarted);
    const build = buildSource;
    // The stream tables' indexes, built on the build's own connections while the quarters are computed.
    const indexingStreams = createIndexes(
      build,
      deferredIndexes.filter((index) => STREAM_TABLES.includes(index.table)),
      options.onRetry,
    );
    // Statistics for the planner (the API's queries run on these tables the moment they are swapped in),
    // gathered on a connection of their own while the quarters are computed (after their indexes).
    const analyze = (tables: readonly string[]) =>
      tables.reduce(
        (previous, table) =>
          previous.then(() =>
            withRetries(`analyze ${table}`, options.onRetry, () =>
              build.query(`ANALYZE ${escapeIdentifier(names.build)}.${escapeIdentifier(table)}`),
            ),
          ),
        Promise.resolve<unknown>(undefined),
      );
    const analyzingStreams = indexingStreams.then(() => analyze(STREAM_TABLES));

    // Quarters, each once, with the live path's pure derivation (projectPeriod) over the rows just built,
    // kept in memory (only the columns it reads) rather than read back.
    const periodsStarted = performance.now();
    progress.phase('periods', { periodsTotal: periods.length });
    const units = outcomes.flatMap((outcome) => (outcome.unit ? [outcome.unit] : []));
    for (const period of periods) {
      const rows = outcomes.flatMap((outcome) =>
        outcome.period === period && outcome.periodRows !== undefined ? [outcome.periodRows] : [],
      );
      const projection = projectPeriod({
        period: normalizeQuarter(period),
        units,
        reports: rows.map((row) => row.report),
        nodes: rows.flatMap((row) => row.nodes),
        criteria: rows.flatMap((row) => row.criteria),
        defaultCatalogueId: catalogueIdFor(period),
        catalogues,
      });
      await sink.add(RankingEntity, projection.rankings);
      await sink.add(CriterionRollupEntity, projection.rollups);
      await sink.add(PeriodStatsEntity, projection.stats);
      // Built as far as dirtied: a projector finds every quarter current.
      await sink.add(PeriodStateEntity, [
        { period, periodIndex: periodIndexOf(period), dirtySeq: REBUILT_PERIOD_SEQ, builtSeq: REBUILT_PERIOD_SEQ },
      ]);
      progress.periodDone();
    }
    await sink.close();
    await analyzingStreams;
    await createIndexes(
      build,
      deferredIndexes.filter((index) => !STREAM_TABLES.includes(index.table)),
      options.onRetry,
    );
    await analyze([...PROJECTION_TABLES.filter((table) => !STREAM_TABLES.includes(table)), ...BOOKKEEPING_TABLES]);
    const periodsSeconds = seconds(periodsStarted);

    // The swap.
    const swapStarted = performance.now();
    progress.phase('swapping');
    await options.beforeSwap?.();
    await swapSchemas(control, names, lockTimeoutMs);
    const retiredDropped = await dropRetired(control, names.retired, lockTimeoutMs);
    const swapSeconds = seconds(swapStarted);

    const events = outcomes.reduce((sum, outcome) => sum + outcome.events, 0);
    const count = (kind: StreamRebuilt['outcome']) => outcomes.filter((outcome) => outcome.outcome === kind).length;
    const total = seconds(started);
    progress.phase('done');
    return {
      schema: names.live,
      head: head.toString(),
      events,
      streams: streams.length,
      keys: {
        assessments: count('assessment'),
        units: count('unit'),
        accounts: count('account'),
        parked: count('parked'),
      },
      unrecognizedEvents: outcomes.reduce((sum, outcome) => sum + outcome.unrecognized, 0),
      periods: periods.length,
      rows: sink.rowsWritten,
      seconds: total,
      eventsPerSecond: Math.round(events / total),
      phases: { prepareSeconds, streamsSeconds, periodsSeconds, swapSeconds },
      workers: { threads, streams: workers?.streamsFolded ?? 0 },
      retiredDropped,
    };
  } finally {
    progress.stop();
    await workers?.close();
    await buildSource?.destroy().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    // Ending the session releases the rebuild lock.
    await control.end().catch(() => undefined);
  }
}

interface DeferredIndex {
  table: string;
  name: string;
  definition: string;
}

/**
 * Drops the build schema's secondary indexes — neither unique nor backing a constraint, so no row is
 * refused without them — and returns how to create them again (pg_get_indexdef: schema-qualified).
 */
async function dropSecondaryIndexes(control: Client, schema: string): Promise<DeferredIndex[]> {
  const { rows } = await control.query<{ table: string; name: string; definition: string }>(
    `SELECT t.relname AS table, i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND NOT x.indisunique AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
      ORDER BY t.relname, i.relname`,
    [schema],
  );
  for (const index of rows) {
    await control.query(`DROP INDEX ${escapeIdentifier(schema)}.${escapeIdentifier(index.name)}`);
  }
  return rows;
}

/** Creates the deferred indexes again, two at a time (the build's pool). */
async function createIndexes(
  build: DataSource,
  indexes: readonly DeferredIndex[],
  onRetry: RebuildOptions['onRetry'],
): Promise<void> {
  await runLanes(indexes, 2, (index) =>
    withRetries(`create index ${index.name}`, onRetry, async () => {
      // A retry after a lost connection may find the index made by the first attempt.
      await build.query(index.definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '));
    }),
  );
}

async function swapSchemas(
  control: Client,
  names: { live: string; build: string; retired: string },
  lockTimeoutMs: number,
): Promise<void> {
  await control.query('BEGIN');
  try {
    await control.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(lockTimeoutMs))}`);
    await control.query(exclusiveWritersLockSql(), writersLockParams(names.live));
    const { rows } = await control.query('SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1', [names.live]);
    if (rows.length > 0) {
      await control.query(`ALTER SCHEMA ${escapeIdentifier(names.live)} RENAME TO ${escapeIdentifier(names.retired)}`);
    }
    await control.query(`ALTER SCHEMA ${escapeIdentifier(names.build)} RENAME TO ${escapeIdentifier(names.live)}`);
    await control.query('COMMIT');
  } catch (error) {
    await control.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Drops the old tables; readers still inside a statement on them are waited for, up to the timeout. */
async function dropRetired(control: Client, retired: string, lockTimeoutMs: number): Promise<boolean> {
  try {
    await control.query(`SET lock_timeout = ${Math.max(1, Math.floor(lockTimeoutMs))}`);
    await control.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(retired)} CASCADE`);
    return true;
  } catch {
    return false;
  } finally {
    await control.query('RESET lock_timeout').catch(() => undefined);
  }
}

/** Runs `work` over `items`, `lanes` at a time, in order of start; results in the items' order. */
async function runLanes<T, R>(items: readonly T[], lanes: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
  return results;
}

/** Runs `work` again after a lost connection (PostgreSQL restarting, a killed backend), with backoff. */
async function withRetries<T>(what: string, onRetry: RebuildOptions['onRetry'], work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause ?? error;
      if (attempt >= READ_ATTEMPTS || !(isConnectionLoss(error) || isConnectionLoss(cause))) throw error;
      onRetry?.(what, attempt, error);
      await sleep(100 * 2 ** (attempt - 1));
    }
  }
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

class ProgressReporter {
  private readonly state: RebuildProgress = {
    phase: 'preparing',
    head: null,
    streamsDone: 0,
    streamsTotal: 0,
    events: 0,
    periodsDone: 0,
    periodsTotal: 0,
    elapsedMs: 0,
    eventsPerSecond: 0,
  };
  private streamsStarted = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly listener: RebuildOptions['onProgress'],
    intervalMs: number,
    private readonly started: number,
  ) {
    if (listener) {
      this.timer = setInterval(() => this.emit(), intervalMs);
      this.timer.unref();
    }
  }

  phase(phase: RebuildPhase, changes: Partial<RebuildProgress> = {}): void {
    Object.assign(this.state, changes, { phase });
    if (phase === 'streams') this.streamsStarted = performance.now();
    this.emit();
  }

  streamDone(events: number): void {
    this.state.streamsDone += 1;
    this.state.events += events;
  }

  periodDone(): void {
    this.state.periodsDone += 1;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private emit(): void {
    if (!this.listener) return;
    const now = performance.now();
    this.state.elapsedMs = Math.round(now - this.started);
    const streamsSeconds = this.streamsStarted === 0 ? 0 : (now - this.streamsStarted) / 1000;
    if (this.state.phase === 'streams' && streamsSeconds > 0) {
      this.state.eventsPerSecond = Math.round(this.state.events / streamsSeconds);
    }
    this.listener({ ...this.state });
  }
}

/** Whether some session holds the rebuild lock of this read model (a rebuild is running). */
export async function rebuildRunning(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ running: boolean }> = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_locks
                     WHERE locktype = 'advisory' AND granted AND objsubid = 2
                       AND classid::int4 = $1 AND objid::int4 = hashtext($2)) AS running`,
    [REBUILD_LOCK_CLASS, liveSchemaOf(dataSource)],
  );
  return rows[0]?.running === true;
}
