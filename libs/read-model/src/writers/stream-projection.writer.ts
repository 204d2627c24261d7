import type { Catalogue } from '@dti/catalogue';
import { getCatalogue } from '@dti/catalogue';
import type { OpenedAssessment } from '@dti/domain';
import type { EventStore, RecordedEvent } from '@dti/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntryEntity } from '../assessment/audit-entry.entity';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { PublishedReportEntity } from '../assessment/published-report.entity';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { registerLockSql } from '../bookkeeping/register-lock';
import { writeTransaction } from '../bookkeeping/write-lock';
import { periodIndexOf } from '../period/period-index';
import { qualifiedTable, readModelSchemaOf } from '../read-model-schema';
import {
  assessmentReplayerOf,
  replayAssessment,
  ReplayError,
  type AssessmentReplayer,
  type ReplayedScorecard,
} from '../replay/replay-scorecard';
import { UnitEntity } from '../units/unit.entity';
import { projectUnit } from '../units/unit-projection';
import { PlanReportEntity } from '../plan/plan-report.entity';
import { projectPlanQuarter } from '../plan/plan-projection';
import { AccountEntity } from '../accounts/account.entity';
import { projectAccount } from '../accounts/account-projection';
import { assessmentRowsOf, type AssessmentRows } from '../assessment/assessment-rows';
import { AssessmentCriterionEntity } from '../assessment/assessment-criterion.entity';
import { AssessmentHistoryEntity } from '../assessment/assessment-history.entity';
import { AssessmentStateEntity } from '../assessment/assessment-state.entity';
import { AssessmentSubmissionEntity } from '../assessment/assessment-submission.entity';
import { ReviewQueueEntryEntity } from '../assessment/review-queue-entry.entity';
import { ScorecardVersionEntity } from '../assessment/scorecard-version.entity';
import { jobKeyOfStream, type StreamKeyKind } from './job-keys';
import { StatementBatch, writeRows } from './row-upsert';
import { resolveParked } from './parked-jobs';
import { ProjectionJobError } from './projection-job-error';
import type { ReplayerCache } from './replayer-cache';

export interface StreamRecompute {
  key: string;
  /** False when the stored rows already reflected this revision (a duplicate or stale job). */
  written: boolean;
  revision: bigint;
  position: bigint;
}

export interface StreamRecomputeOptions {
  catalogues?: (id: string) => Catalogue;
  /**
   * The projector's live folds of assessment streams: a job reads and folds only the events after its
   * stream's cached replayer (without, it reads and folds the whole stream).
   */
  replayers?: ReplayerCache;
}

/** A stream's last event, as far as the key's bookkeeping needs it. */
type StreamHead = Pick<RecordedEvent, 'revision' | 'position'>;

/** The key's bookkeeping row as the job locked it. */
interface StoredKey {
  streamRevision: bigint;
  position: bigint;
  /** Assessment keys: whether the unit-quarter has scorecard versions stored (projected since they are kept). */
  versionsKept: boolean;
}

/**
 * What a key job writes: statements of its own on `manager` and/or parts of `batch` — the statement that
 * also records the key's revision, so a job's usual writes and its bookkeeping are one round trip. An
 * assessment's incremental write says which scorecard nodes and criteria it wrote (the quarter's period
 * job then recomputes only those); nothing said means the period job recomputes the whole quarter.
 */
type KeyWrite = (manager: EntityManager, stored: StoredKey, batch: StatementBatch) => Promise<PeriodChange | void>;

/** The scorecard rows of a unit-quarter a key write changed: what the quarter's derivations read of them. */
interface PeriodChange {
  nodes: string[];
  criteria: string[];
}

/**
 * The state each cached replayer's rows were last written from, and the position they reflect: while the
 * key's stored position is still that one, a job writes only the criterion records, submissions and history
 * entries changed since (the fold never edits a frozen one in place). Dropped with its replayer. Only the
 * state's two records are kept (a map of pointers each), not the rest of the older state.
 */
const writtenStates = new WeakMap<
  AssessmentReplayer,
  { position: bigint; state: Pick<OpenedAssessment, 'criteria' | 'submissions'> }
>();

/**
 * A key job: reads the stream (an assessment's, only what its cached fold lacks), folds and scores it,
 * and writes the key's rows together with the revision they reflect in one transaction. Skips when the
 * stored revision is already at least as new, so duplicate, replayed and concurrent jobs change nothing
 * (the row lock on projection_keys orders them).
 */
export async function recomputeStream(
  store: EventStore,
  dataSource: DataSource,
  streamId: string,
  options: StreamRecomputeOptions = {},
): Promise<StreamRecompute | null> {
  const key = jobKeyOfStream(streamId);
  if (key === null) throw new TypeError(`No projection for stream ${streamId}`);
  if (key.kind === 'assessment') return recomputeAssessment(store, dataSource, streamId, options);
  const events = await readStreamFrom(store, streamId, 0n);
  const last = events[events.length - 1];
  if (last === undefined) return null;
  let write: KeyWrite;
  let periods: string[] | 'all';
  try {
    if (key.kind === 'account') {
      const row = projectAccount(events);
      write = (manager) => writeAccountRow(manager, row);
      // The account register feeds no quarter.
      periods = [];
    } else if (key.kind === 'plan') {
      const rows = projectPlanQuarter(events);
      write = (manager) => writePlanRows(manager, streamId, rows);
      // Plan progress feeds no quarter's rankings or roll-up.
      periods = [];
    } else {
      const row = projectUnit(events);
      write = (manager) => writeUnitRow(manager, row);
      // A unit's history decides which quarters it is ranked in: every projected quarter may change.
      periods = 'all';
    }
  } catch (error) {
    throw new ProjectionJobError(streamId, last.position, error);
  }
  try {
    return await writeKey(dataSource, streamId, key.kind, last, write, periods);
  } catch (error) {
    // Parked after its attempts, this still says which events the failed job was about.
    throw new ProjectionJobError(streamId, last.position, error);
  }
}

/**
 * An assessment's job: the cached replayer (if any) folds the events after its revision, else a new one
 * folds the whole stream; the rows changed since the key's stored position are written. The replayer
 * then forgets the rows written and goes back to the cache.
 */
async function recomputeAssessment(
  store: EventStore,
  dataSource: DataSource,
  streamId: string,
  options: StreamRecomputeOptions,
): Promise<StreamRecompute | null> {
  const catalogues = options.catalogues ?? getCatalogue;
  const cache = options.replayers;
  const cached = cache?.take(streamId);
  let fold: Awaited<ReturnType<typeof continueFold>>;
  try {
    fold = await continueFold(store, streamId, cached, catalogues, cache);
  } catch (error) {
    // A failed read changed nothing in the cached fold (the next job checks it against the stream again).
    if (cached !== undefined) cache?.put(streamId, cached);
    throw error;
  }
  if (fold === null) return null;
  const { replayer, events } = fold;
  const last: StreamHead = events[events.length - 1] ?? (replayer.lastEvent as StreamHead);
  let replayed: ReplayedScorecard;
  try {
    for (const event of events) replayer.apply(event);
    const result = replayer.result();
    if (result === null) throw new TypeError(`${streamId} has nothing to project`);
    replayed = result;
  } catch (error) {
    throw new ProjectionJobError(streamId, last.position, error);
  }
  const write: KeyWrite = async (manager, stored, batch) => {
    const after = versionsKeptUpTo(stored);
    // The state the stored parts were written from, when they are this fold's own last write.
    const earlier = writtenStates.get(replayer);
    const since = after > 0n && earlier?.position === after ? earlier.state : undefined;
    const registers = assessmentRowsOf(replayed.state, catalogues(replayed.catalogueId), replayed, since);
    let rows = replayed;
    if (after < replayer.forgottenUpTo) {
      // The stored rows are older than those the cached fold has forgotten (a rewrite, a rebuild's swap):
      // the rows since come from a whole replay, up to the same event.
      cache?.refolded();
      rows = await replayWhole(store, streamId, replayed.revision, catalogues);
    }
    let changed: PeriodChange | undefined;
    if (after === 0n) await writeAssessmentRows(manager, rows, registers);
    else changed = await writeAssessmentChanges(manager, batch, rows, registers, after, since !== undefined);
    addScorecardVersions(batch, rows, after);
    return changed;
  };
  let written: StreamRecompute;
  try {
    written = await writeKey(dataSource, streamId, 'assessment', last, write, [replayed.period], replayed);
  } catch (error) {
    // The fold is still right, and it forgot nothing the stored rows lack.
    cache?.put(streamId, replayer);
    // Parked after its attempts, this still says which events the failed job was about.
    throw new ProjectionJobError(streamId, last.position, error);
  }
  // Stored now (or already, by a job as new): the next job needs only the rows after.
  if (written.written) {
    const { criteria, submissions } = replayed.state;
    writtenStates.set(replayer, { position: last.position, state: { criteria, submissions } });
  }
  replayer.forget(last.position);
  cache?.put(streamId, replayer);
  return written;
}

/**
 * The replayer a job folds into and the events it still has to fold: the cached one and the events after
 * its revision, or — on a miss, a gap, or a stream shorter than the cached fold — a new one and the whole
 * stream. Null when the stream has no events.
 */
async function continueFold(
  store: EventStore,
  streamId: string,
  cached: AssessmentReplayer | undefined,
  catalogues: (id: string) => Catalogue,
  cache: ReplayerCache | undefined,
): Promise<{ replayer: AssessmentReplayer; events: RecordedEvent[] } | null> {
  const reached = cached?.lastEvent;
  if (cached !== undefined && reached != null) {
    const events = await readStreamFrom(store, streamId, reached.revision + 1n);
    const next = events[0];
    if (next === undefined) {
      // Nothing new (a duplicate job), unless the stream is no longer as long as the fold.
      if ((await store.streamRevision(streamId)) === reached.revision) return { replayer: cached, events };
    } else if (next.revision === reached.revision + 1n && next.position > reached.position) {
      return { replayer: cached, events };
    }
    cache?.refolded();
  }
  const events = await readStreamFrom(store, streamId, 0n);
  const last = events[events.length - 1];
  if (last === undefined) return null;
  let replayer: AssessmentReplayer | null;
  try {
    replayer = assessmentReplayerOf(events, { catalogues, versions: true });
  } catch (error) {
    throw new ProjectionJobError(streamId, last.position, error);
  }
  if (replayer === null) {
    throw new ProjectionJobError(
      streamId,
      last.position,
      new ReplayError('NOT_OPENED', `${streamId} has no AssessmentOpened event`),
    );
  }
  return { replayer, events };
}

/** The stream's events from `from` (a revision) on. */
async function readStreamFrom(store: EventStore, streamId: string, from: bigint): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId, from === 0n ? undefined : { from })) events.push(event);
  return events;
}

/** A whole replay of the stream up to and including `revision`, every row and version kept. */
async function replayWhole(
  store: EventStore,
  streamId: string,
  revision: bigint,
  catalogues: (id: string) => Catalogue,
): Promise<ReplayedScorecard> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId, { maxCount: Number(revision) + 1 })) events.push(event);
  const replayed = replayAssessment(events, { catalogues, versions: true });
  if (replayed === null || replayed.revision !== revision) {
    throw new TypeError(`${streamId} no longer holds revision ${revision}`);
  }
  return replayed;
}

/**
 * The key's transaction, in four round trips when the key exists: START with the writers' lock (and the
 * register's, for a unit), the key row locked and read, the writes with the bookkeeping (one statement, see
 * `StatementBatch`), COMMIT.
 */
function writeKey(
  dataSource: DataSource,
  streamId: string,
  kind: StreamKeyKind,
  last: StreamHead,
  write: KeyWrite,
  periods: string[] | 'all',
  versionsOf?: { unit: string; period: string },
): Promise<StreamRecompute> {
  const locks = kind === 'unit' ? [registerLockSql(readModelSchemaOf(dataSource), 'write')] : [];
  return writeTransaction(
    dataSource,
    async (manager) => {
      const stored = await lockKey(manager, streamId, kind, versionsOf);
      if (stored.streamRevision >= last.revision) {
        await resolveParked(manager, streamId, stored.position);
        return { key: streamId, written: false, revision: last.revision, position: last.position };
      }
      const batch = new StatementBatch(manager);
      const changed = await write(manager, stored, batch);
      let dirtyPeriods: string;
      if (periods === 'all') {
        dirtyPeriods = `${batch.param(JSON.stringify(await dirtyAllPeriods(manager)))}::jsonb`;
      } else if (periods.length === 0) {
        dirtyPeriods = `'{}'::jsonb`;
      } else {
        // Last of the batch's writes in effect: the quarter's row is the lock every job of the quarter shares.
        const period = batch.param(periods[0]);
        batch.add(
          `INSERT INTO ${qualifiedTable(manager.connection, 'period_state')} AS s (period, period_index, dirty_seq, built_seq)
           VALUES (${period}, ${batch.param(periodIndexOf(periods[0]))}, 1, 0)
           ON CONFLICT (period) DO UPDATE SET dirty_seq = s.dirty_seq + 1
           RETURNING dirty_seq`,
          'dirtied',
        );
        dirtyPeriods = `(SELECT jsonb_build_object(${period}::text, dirty_seq::text) FROM dirtied)`;
        if (changed) {
          // What this bump changed, so the period job recomputes only that (a bump without a row: everything).
          batch.add(
            `INSERT INTO ${qualifiedTable(manager.connection, 'period_changes')} (period, seq, nodes, criteria)
             SELECT ${period}, dirty_seq, ${batch.param(changed.nodes)}::text[], ${batch.param(changed.criteria)}::text[]
               FROM dirtied
             ON CONFLICT (period, seq) DO UPDATE SET nodes = EXCLUDED.nodes, criteria = EXCLUDED.criteria`,
          );
        }
      }
      const key = batch.param(streamId);
      const position = batch.param(last.position.toString());
      batch.add(
        `UPDATE ${qualifiedTable(manager.connection, 'projection_keys')}
            SET stream_revision = ${batch.param(last.revision.toString())}, position = ${position},
                dirty_periods = ${dirtyPeriods}, updated_at = ${batch.param(new Date())}
          WHERE key = ${key}`,
      );
      // resolveParked's statement, as a part.
      batch.add(
        `UPDATE ${qualifiedTable(manager.connection, 'parked_jobs')} SET resolved_at = now()
          WHERE job_key = ${key} AND resolved_at IS NULL AND (covers IS NULL OR covers <= ${position})`,
      );
      await batch.run();
      return { key: streamId, written: true, revision: last.revision, position: last.position };
    },
    locks,
  );
}

/**
 * Locks the key's bookkeeping row for the rest of the transaction and reads it (inserting it first if
 * missing); for an assessment key, in the same statement, whether its scorecard versions are stored.
 */
async function lockKey(
  manager: EntityManager,
  key: string,
  kind: StreamKeyKind,
  versionsOf: { unit: string; period: string } | undefined,
): Promise<StoredKey> {
  const table = qualifiedTable(manager.connection, 'projection_keys');
  const kept =
    versionsOf === undefined
      ? 'false'
      : `EXISTS (SELECT 1 FROM ${qualifiedTable(manager.connection, 'scorecard_versions')} v WHERE v.unit = $2 AND v.period = $3)`;
  const select = `SELECT k.stream_revision::text AS revision, k.position::text AS position, ${kept} AS kept
                    FROM ${table} k WHERE k.key = $1 FOR UPDATE OF k`;
  const params = versionsOf === undefined ? [key] : [key, versionsOf.unit, versionsOf.period];
  let rows: Array<{ revision: string; position: string; kept: boolean }> = await manager.query(select, params);
  if (rows.length === 0) {
    await manager.query(
      `INSERT INTO ${table} (key, kind, stream_revision, position, dirty_periods, updated_at)
       VALUES ($1, $2, -1, 0, '{}', $3) ON CONFLICT DO NOTHING`,
      [key, kind, new Date()],
    );
    rows = await manager.query(select, params);
  }
  const [row] = rows;
  if (row === undefined) throw new TypeError(`No projection_keys row for ${key}`);
  return { streamRevision: BigInt(row.revision), position: BigInt(row.position), versionsKept: row.kept };
}

async function writeAssessmentRows(
  manager: EntityManager,
  replayed: ReplayedScorecard,
  registers: AssessmentRows,
): Promise<void> {
  const where = { unit: replayed.unit, period: replayed.period };
  for (const entity of [
    UnitReportEntity,
    ScorecardNodeEntity,
    CriterionScoreEntity,
    AuditEntryEntity,
    PublishedReportEntity,
    AssessmentStateEntity,
    AssessmentCriterionEntity,
    AssessmentSubmissionEntity,
    AssessmentHistoryEntity,
    ReviewQueueEntryEntity,
  ]) {
    await manager.delete(entity, where);
  }
  await manager.insert(UnitReportEntity, replayed.report);
  await insertAll(manager, ScorecardNodeEntity, replayed.nodes);
  await insertAll(manager, CriterionScoreEntity, replayed.criteria);
  await insertAll(manager, AuditEntryEntity, replayed.audit);
  await insertAll(manager, PublishedReportEntity, replayed.published);
  await manager.insert(AssessmentStateEntity, registers.state as QueryDeepPartialEntity<AssessmentStateEntity>);
  await writeRows(manager, AssessmentCriterionEntity, registers.criteria, 'update');
  await writeRows(manager, AssessmentSubmissionEntity, registers.submissions, 'update');
  await writeRows(manager, AssessmentHistoryEntity, registers.history, 'ignore');
  await insertAll(manager, ReviewQueueEntryEntity, registers.queue);
}

/**
 * The versions a job adds: those made after the position the key's rows reflected, and those that were
 * current there and have since been replaced (their validTo). One part of the job's batch; idempotent (a
 * replayed job rewrites the same rows). A unit-quarter with no versions yet (projected before they were
 * kept), or written whole, gets its whole history (`after` 0).
 */
function addScorecardVersions(batch: StatementBatch, replayed: ReplayedScorecard, after: bigint): void {
  // A version current at `after` and still current is stored as it is (the key's rows and versions are
  // written together): only the versions made since, and those replaced since, change.
  const rows = (replayed.versions ?? []).filter(
    (row) => BigInt(row.validFrom) > after || (row.validTo !== null && BigInt(row.validTo) > after),
  );
  batch.rows(ScorecardVersionEntity, rows, 'update');
}

/**
 * The rows a job changes, as the scorecard's versions since the position the key's rows reflected say:
 * the report line, the criteria and groups that changed, the audit entries and published reports of the
 * new events, the folded state's row (without its criteria and submissions), the criterion records,
 * submissions and history entries made or changed since (`registers` holds only those when `partsChanged`;
 * else all of them, and the stored ones are replaced), and the changed criteria's review-queue rows — plain SQL, a handful of
 * rows instead of the unit-quarter's hundreds. Idempotent by position: a replayed job rewrites the same
 * rows, and an audit entry, published report or history entry, once written, never changes.
 */
async function writeAssessmentChanges(
  manager: EntityManager,
  batch: StatementBatch,
  replayed: ReplayedScorecard,
  registers: AssessmentRows,
  after: bigint,
  partsChanged: boolean,
): Promise<PeriodChange> {
  const criteria = new Set<string>();
  const nodes = new Set<string>();
  for (const version of replayed.versions ?? []) {
    if (BigInt(version.validFrom) <= after) continue;
    if (version.part === 'node') nodes.add(version.code);
    else if (version.part === 'criterion' || version.part === 'pending') criteria.add(version.code);
  }
  batch
    .rows(UnitReportEntity, [replayed.report], 'update')
    .rows(
      ScorecardNodeEntity,
      replayed.nodes.filter((row) => nodes.has(row.nodeCode)),
      'update',
    )
    .rows(
      CriterionScoreEntity,
      replayed.criteria.filter((row) => criteria.has(row.criterion)),
      'update',
    )
    .rows(
      AuditEntryEntity,
      replayed.audit.filter((row) => BigInt(row.globalPosition) > after),
      'ignore',
    )
    .rows(
      PublishedReportEntity,
      replayed.published.filter((row) => BigInt(row.position) > after),
      'ignore',
    )
    .rows(AssessmentStateEntity, [registers.state], 'update');
  if (!partsChanged) {
    // The fold's parts are not known to be the stored ones' successors (a miss, another worker's write):
    // the key's parts are written whole, after a statement of their own deletes them (a batch's parts must
    // not touch the same rows).
    const where = 'WHERE unit = $1 AND period = $2';
    await manager.query(
      `WITH c AS (DELETE FROM ${qualifiedTable(manager.connection, 'assessment_criteria')} ${where}),
            s AS (DELETE FROM ${qualifiedTable(manager.connection, 'assessment_submissions')} ${where})
       DELETE FROM ${qualifiedTable(manager.connection, 'assessment_history')} ${where}`,
      [replayed.unit, replayed.period],
    );
  }
  batch
    .rows(AssessmentCriterionEntity, registers.criteria, 'update')
    .rows(AssessmentSubmissionEntity, registers.submissions, 'update')
    .rows(AssessmentHistoryEntity, registers.history, 'ignore');
  if (criteria.size > 0) {
    // The changed criteria's queue rows: those still pending are replaced (upsert), the others deleted —
    // disjoint rows, so both fit in the batch.
    const queue = registers.queue.filter((row) => criteria.has(row.criterion));
    const pending = queue.map((row) => row.criterion);
    batch.add(
      `DELETE FROM ${qualifiedTable(manager.connection, 'review_queue')}
        WHERE unit = ${batch.param(replayed.unit)} AND period = ${batch.param(replayed.period)}
          AND criterion = ANY(${batch.param([...criteria])}::text[])
          AND NOT (criterion = ANY(${batch.param(pending)}::text[]))`,
    );
    batch.rows(ReviewQueueEntryEntity, queue, 'update');
  }
  return { nodes: [...nodes], criteria: [...criteria] };
}

/**
 * The position up to which the key's stored rows and versions agree with this replay: the key's stored
 * position; or 0 — the rows are written whole — for a new key, for one an operator marked to be rewritten
 * (stream_revision set to -1), or for a unit-quarter projected before versions were kept.
 */
function versionsKeptUpTo(stored: StoredKey): bigint {
  if (stored.position <= 0n || stored.streamRevision < 0n || !stored.versionsKept) return 0n;
  return stored.position;
}

async function writeAccountRow(manager: EntityManager, row: AccountEntity): Promise<void> {
  await manager.upsert(AccountEntity, row as QueryDeepPartialEntity<AccountEntity>, ['username']);
}

async function writePlanRows(
  manager: EntityManager,
  streamId: string,
  rows: readonly PlanReportEntity[],
): Promise<void> {
  await manager.delete(PlanReportEntity, { streamId });
  await insertAll(manager, PlanReportEntity, rows);
}

async function writeUnitRow(manager: EntityManager, row: UnitEntity): Promise<void> {
  await manager.upsert(UnitEntity, row as QueryDeepPartialEntity<UnitEntity>, ['code']);
}

async function insertAll<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: readonly T[],
): Promise<void> {
  // Bounded batches keep each statement well under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < rows.length; i += 200) {
    await manager.insert(entity, rows.slice(i, i + 200) as T[]);
  }
}

/** Every projected quarter, locked in one order so concurrent unit jobs cannot deadlock. */
async function dirtyAllPeriods(manager: EntityManager): Promise<Record<string, string>> {
  const table = qualifiedTable(manager.connection, 'period_state');
  await manager.query(`SELECT period FROM ${table} ORDER BY period FOR UPDATE`);
  // Wrapped in a CTE: TypeORM returns a bare UPDATE's rows as [rows, count], a SELECT's as rows.
  const rows: Array<{ period: string; dirty_seq: string }> = await manager.query(
    `WITH bumped AS (UPDATE ${table} SET dirty_seq = dirty_seq + 1 RETURNING period, dirty_seq) SELECT * FROM bumped`,
  );
  return Object.fromEntries(rows.map((row) => [row.period, String(row.dirty_seq)]));
}
