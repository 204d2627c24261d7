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
import { ProjectionKeyEntity } from '../bookkeeping/projection-key.entity';
import { lockRegisterForWrite } from '../bookkeeping/register-lock';
import { lockReadModelForWrite } from '../bookkeeping/write-lock';
import { periodIndexOf } from '../period/period-index';
import { qualifiedTable } from '../read-model-schema';
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
import { jobKeyOfStream, type StreamKeyKind } from './job-keys';
import { writeRows } from './row-upsert';
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
  let write: (manager: EntityManager, stored: ProjectionKeyEntity) => Promise<void>;
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
  const write = async (manager: EntityManager, stored: ProjectionKeyEntity): Promise<void> => {
    const after = await versionsKeptUpTo(manager, replayed, stored);
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
    if (after === 0n) await writeAssessmentRows(manager, rows, registers);
    else await writeAssessmentChanges(manager, rows, registers, after, since !== undefined);
    await writeScorecardVersions(manager, rows, after);
  };
  let written: StreamRecompute;
  try {
    written = await writeKey(dataSource, streamId, 'assessment', last, write, [replayed.period]);
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

function writeKey(
  dataSource: DataSource,
  streamId: string,
  kind: StreamKeyKind,
  last: StreamHead,
  write: (manager: EntityManager, stored: ProjectionKeyEntity) => Promise<void>,
  periods: string[] | 'all',
): Promise<StreamRecompute> {
  return dataSource.transaction(async (manager) => {
    await lockReadModelForWrite(manager);
    if (kind === 'unit') await lockRegisterForWrite(manager);
    const stored = await lockKey(manager, streamId, kind);
    if (BigInt(stored.streamRevision) >= last.revision) {
      await resolveParked(manager, streamId, BigInt(stored.position));
      return { key: streamId, written: false, revision: last.revision, position: last.position };
    }
    await write(manager, stored);
    const dirtyPeriods =
      periods === 'all'
        ? await dirtyAllPeriods(manager)
        : periods.length === 0
          ? {}
          : await dirtyPeriod(manager, periods[0]);
    await manager.update(
      ProjectionKeyEntity,
      { key: streamId },
      {
        streamRevision: last.revision.toString(),
        position: last.position.toString(),
        dirtyPeriods,
        updatedAt: new Date(),
      },
    );
    await resolveParked(manager, streamId, last.position);
    return { key: streamId, written: true, revision: last.revision, position: last.position };
  });
}

/** Inserts the key's bookkeeping row if missing and locks it for the rest of the transaction. */
async function lockKey(manager: EntityManager, key: string, kind: StreamKeyKind): Promise<ProjectionKeyEntity> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(ProjectionKeyEntity)
    .values({ key, kind, streamRevision: '-1', position: '0', dirtyPeriods: {}, updatedAt: new Date() })
    .orIgnore()
    .execute();
  return manager.getRepository(ProjectionKeyEntity).findOneOrFail({
    where: { key },
    lock: { mode: 'pessimistic_write' },
  });
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
 * current there and have since been replaced (their validTo). Plain SQL, one statement; idempotent (a
 * replayed job rewrites the same rows). A unit-quarter with no versions yet (projected before they were
 * kept), or written whole, gets its whole history (`after` 0).
 */
async function writeScorecardVersions(
  manager: EntityManager,
  replayed: ReplayedScorecard,
  after: bigint,
): Promise<void> {
  const table = qualifiedTable(manager.connection, 'scorecard_versions');
  // A version current at `after` and still current is stored as it is (the key's rows and versions are
  // written together): only the versions made since, and those replaced since, change.
  const rows = (replayed.versions ?? []).filter(
    (row) => BigInt(row.validFrom) > after || (row.validTo !== null && BigInt(row.validTo) > after),
  );
  for (let i = 0; i < rows.length; i += 2000) {
    const json = JSON.stringify(
      rows.slice(i, i + 2000).map((row) => ({
        unit: row.unit,
        period: row.period,
        part: row.part,
        code: row.code,
        valid_from: row.validFrom,
        valid_to: row.validTo,
        stream_revision: row.streamRevision,
        recorded_at: row.recordedAt,
        ordinal: row.ordinal,
        row: row.row,
      })),
    );
    await manager.query(
      `INSERT INTO ${table} (unit, period, part, code, valid_from, valid_to, stream_revision, recorded_at, ordinal, row)
       SELECT unit, period, part, code, valid_from, valid_to, stream_revision, recorded_at, ordinal, row
         FROM json_populate_recordset(NULL::${table}, $1::json)
       ON CONFLICT (unit, period, part, code, valid_from) DO UPDATE
         SET valid_to = EXCLUDED.valid_to, stream_revision = EXCLUDED.stream_revision,
             recorded_at = EXCLUDED.recorded_at, ordinal = EXCLUDED.ordinal,
             row = EXCLUDED.row`,
      [json],
    );
  }
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
  replayed: ReplayedScorecard,
  registers: AssessmentRows,
  after: bigint,
  partsChanged: boolean,
): Promise<void> {
  const criteria = new Set<string>();
  const nodes = new Set<string>();
  for (const version of replayed.versions ?? []) {
    if (BigInt(version.validFrom) <= after) continue;
    if (version.part === 'node') nodes.add(version.code);
    else if (version.part === 'criterion' || version.part === 'pending') criteria.add(version.code);
  }
  await writeRows(manager, UnitReportEntity, [replayed.report], 'update');
  await writeRows(
    manager,
    ScorecardNodeEntity,
    replayed.nodes.filter((row) => nodes.has(row.nodeCode)),
    'update',
  );
  await writeRows(
    manager,
    CriterionScoreEntity,
    replayed.criteria.filter((row) => criteria.has(row.criterion)),
    'update',
  );
  await writeRows(
    manager,
    AuditEntryEntity,
    replayed.audit.filter((row) => BigInt(row.globalPosition) > after),
    'ignore',
  );
  await writeRows(
    manager,
    PublishedReportEntity,
    replayed.published.filter((row) => BigInt(row.position) > after),
    'ignore',
  );
  await writeRows(manager, AssessmentStateEntity, [registers.state], 'update');
  if (!partsChanged) {
    // The fold's parts are not known to be the stored ones' successors (a miss, another worker's write):
    // the key's parts are written whole.
    for (const entity of [AssessmentCriterionEntity, AssessmentSubmissionEntity, AssessmentHistoryEntity]) {
      await manager.delete(entity, { unit: replayed.unit, period: replayed.period });
    }
  }
  await writeRows(manager, AssessmentCriterionEntity, registers.criteria, 'update');
  await writeRows(manager, AssessmentSubmissionEntity, registers.submissions, 'update');
  await writeRows(manager, AssessmentHistoryEntity, registers.history, 'ignore');
  if (criteria.size > 0) {
    await manager.query(
      `DELETE FROM ${qualifiedTable(manager.connection, 'review_queue')}
        WHERE unit = $1 AND period = $2 AND criterion = ANY($3::text[])`,
      [replayed.unit, replayed.period, [...criteria]],
    );
    await writeRows(
      manager,
      ReviewQueueEntryEntity,
      registers.queue.filter((row) => criteria.has(row.criterion)),
      'ignore',
    );
  }
}

/**
 * The position up to which the key's stored rows and versions agree with this replay: the key's stored
 * position; or 0 — the rows are written whole — for a new key, for one an operator marked to be rewritten
 * (stream_revision set to -1), or for a unit-quarter projected before versions were kept.
 */
async function versionsKeptUpTo(
  manager: EntityManager,
  replayed: ReplayedScorecard,
  stored: ProjectionKeyEntity,
): Promise<bigint> {
  const storedPosition = BigInt(stored.position);
  if (storedPosition <= 0n || BigInt(stored.streamRevision) < 0n) return 0n;
  const kept: unknown[] = await manager.query(
    `SELECT 1 FROM ${qualifiedTable(manager.connection, 'scorecard_versions')} WHERE unit = $1 AND period = $2 LIMIT 1`,
    [replayed.unit, replayed.period],
  );
  return kept.length === 0 ? 0n : storedPosition;
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

/** Marks the quarter's derived projections out of date; returns {period: the sequence to wait for}. */
async function dirtyPeriod(manager: EntityManager, period: string): Promise<Record<string, string>> {
  const table = qualifiedTable(manager.connection, 'period_state');
  const rows: Array<{ dirty_seq: string }> = await manager.query(
    `INSERT INTO ${table} AS s (period, period_index, dirty_seq, built_seq) VALUES ($1, $2, 1, 0)
     ON CONFLICT (period) DO UPDATE SET dirty_seq = s.dirty_seq + 1
     RETURNING dirty_seq`,
    [period, periodIndexOf(period)],
  );
  return { [period]: String(rows[0].dirty_seq) };
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
