import type { Catalogue } from '@dti/catalogue';
import type { EventStore, RecordedEvent } from '@dti/event-store';
import { AuditEntryEntity } from '../assessment/audit-entry.entity';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { PublishedReportEntity } from '../assessment/published-report.entity';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { ParkedJobEntity } from '../bookkeeping/parked-job.entity';
import { ProjectionKeyEntity } from '../bookkeeping/projection-key.entity';
import { UnrecognizedEventEntity } from '../bookkeeping/unrecognized-event.entity';
import { unrecognizedEventRow, unrecognizedReason } from '../bookkeeping/unrecognized-events';
import { replayAssessment } from '../replay/replay-scorecard';
import { UnitEntity } from '../units/unit.entity';
import { projectUnit, unitStateOf } from '../units/unit-projection';
import { PlanReportEntity } from '../plan/plan-report.entity';
import { projectPlanQuarter } from '../plan/plan-projection';
import { periodInputsOf } from '../period/period-projection';
import type { RegisteredUnit } from '@dti/domain';
import { AccountEntity } from '../accounts/account.entity';
import { projectAccount } from '../accounts/account-projection';
import { assessmentRowsOf } from '../assessment/assessment-rows';
import { AssessmentCriterionEntity } from '../assessment/assessment-criterion.entity';
import { AssessmentHistoryEntity } from '../assessment/assessment-history.entity';
import { AssessmentStateEntity } from '../assessment/assessment-state.entity';
import { AssessmentSubmissionEntity } from '../assessment/assessment-submission.entity';
import { ReviewQueueEntryEntity } from '../assessment/review-queue-entry.entity';
import { ScorecardVersionEntity } from '../assessment/scorecard-version.entity';
import { jobKeyOfStream, type StreamKeyKind } from '../writers/job-keys';
import { ProjectionJobError } from '../writers/projection-job-error';
import type { EntityTarget, ObjectLiteral } from 'typeorm';

/** Where a stream's rows go: the row sink, or a worker thread's collector of COPY lines. */
export interface RowTarget {
  add<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: readonly T[]): Promise<void> | void;
}

/** What rebuilding one stream produced. */
export interface StreamRebuilt {
  streamId: string;
  /** Events of the stream at or below the head. */
  events: number;
  outcome: 'assessment' | 'unit' | 'plan' | 'account' | 'parked' | 'unrecognized' | 'ignored' | 'empty';
  /** Events recorded as unrecognized. */
  unrecognized: number;
  /** The quarter an assessment's rows feed. */
  period?: string;
  /** An assessment's rows as its quarter's derivations read them. */
  periodRows?: ReturnType<typeof periodInputsOf>;
  /** A unit's folded state: the register every quarter's population is chosen from. */
  unit?: RegisteredUnit;
}

/** The sequence a rebuilt quarter is marked dirty and built at: its rows reflect every key written. */
export const REBUILT_PERIOD_SEQ = '1';

/**
 * Rebuilds one stream up to `head` with the live path's own pure functions — `replayAssessment` for an
 * assessment, `projectUnit` for a unit, `unrecognizedReason` for anything else — and queues its rows and
 * bookkeeping (the key's revision and position, as a job would record them) on the sink. A stream the
 * projection refuses is parked as its job would be, covering its last event, and writes nothing else.
 */
export async function rebuildStream(
  store: EventStore,
  sink: RowTarget,
  streamId: string,
  head: bigint,
  catalogues: (id: string) => Catalogue,
): Promise<StreamRebuilt> {
  return rebuildStreamEvents(await readStreamUpTo(store, streamId, head), sink, streamId, catalogues);
}

/** A stream's events at or below `head`. */
export async function readStreamUpTo(store: EventStore, streamId: string, head: bigint): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId)) {
    // Positions grow with revisions: past the head, nothing more of this stream belongs to the build.
    if (event.position > head) break;
    events.push(event);
  }
  return events;
}

/** `rebuildStream` on events already read (a worker thread's part of it). */
export async function rebuildStreamEvents(
  events: readonly RecordedEvent[],
  sink: RowTarget,
  streamId: string,
  catalogues: (id: string) => Catalogue,
): Promise<StreamRebuilt> {
  const last = events[events.length - 1];
  if (last === undefined) return { streamId, events: 0, outcome: 'empty', unrecognized: 0 };
  const key = jobKeyOfStream(streamId);
  if (key === null) {
    const unrecognized: UnrecognizedEventEntity[] = [];
    for (const event of events) {
      const reason = unrecognizedReason(event);
      if (reason !== null) unrecognized.push(unrecognizedEventRow(event, reason));
    }
    await sink.add(UnrecognizedEventEntity, unrecognized);
    return {
      streamId,
      events: events.length,
      outcome: unrecognized.length > 0 ? 'unrecognized' : 'ignored',
      unrecognized: unrecognized.length,
    };
  }
  try {
    if (key.kind === 'assessment') {
      const replayed = replayAssessment(events, { catalogues, versions: true });
      if (replayed === null) throw new TypeError(`${streamId} has nothing to project`);
      await sink.add(UnitReportEntity, [replayed.report]);
      await sink.add(ScorecardNodeEntity, replayed.nodes);
      await sink.add(CriterionScoreEntity, replayed.criteria);
      await sink.add(AuditEntryEntity, replayed.audit);
      await sink.add(PublishedReportEntity, replayed.published);
      await sink.add(ScorecardVersionEntity, replayed.versions ?? []);
      // Turned into COPY text as they are added: no plain copies of the state's values needed.
      const registers = assessmentRowsOf(replayed.state, catalogues(replayed.catalogueId), replayed, undefined, {
        serialisedAtOnce: true,
      });
      await sink.add(AssessmentStateEntity, [registers.state]);
      await sink.add(AssessmentCriterionEntity, registers.criteria);
      await sink.add(AssessmentSubmissionEntity, registers.submissions);
      await sink.add(AssessmentHistoryEntity, registers.history);
      await sink.add(ReviewQueueEntryEntity, registers.queue);
      await sink.add(ProjectionKeyEntity, [
        keyRow(streamId, 'assessment', last, { [replayed.period]: REBUILT_PERIOD_SEQ }),
      ]);
      return {
        streamId,
        events: events.length,
        outcome: 'assessment',
        period: replayed.period,
        unrecognized: 0,
        periodRows: periodInputsOf(replayed.report, replayed.nodes, replayed.criteria),
      };
    }
    if (key.kind === 'account') {
      await sink.add(AccountEntity, [projectAccount(events)]);
      await sink.add(ProjectionKeyEntity, [keyRow(streamId, 'account', last, {})]);
      return { streamId, events: events.length, outcome: 'account', unrecognized: 0 };
    }
    if (key.kind === 'plan') {
      await sink.add(PlanReportEntity, projectPlanQuarter(events));
      await sink.add(ProjectionKeyEntity, [keyRow(streamId, 'plan', last, {})]);
      return { streamId, events: events.length, outcome: 'plan', unrecognized: 0 };
    }
    const unit = projectUnit(events);
    await sink.add(UnitEntity, [unit]);
    // A unit write dirties every quarter; the rebuild builds them all after every key, so none waits on it.
    await sink.add(ProjectionKeyEntity, [keyRow(streamId, 'unit', last, {})]);
    return { streamId, events: events.length, outcome: 'unit', unrecognized: 0, unit: unitStateOf(unit) };
  } catch (error) {
    const failure = new ProjectionJobError(streamId, last.position, error);
    await sink.add(ParkedJobEntity, [parkedRow(streamId, key.kind, failure)]);
    return { streamId, events: events.length, outcome: 'parked', unrecognized: 0 };
  }
}

function keyRow(
  key: string,
  kind: StreamKeyKind,
  last: RecordedEvent,
  dirtyPeriods: Record<string, string>,
): ProjectionKeyEntity {
  return {
    key,
    kind,
    streamRevision: last.revision.toString(),
    position: last.position.toString(),
    dirtyPeriods,
    updatedAt: new Date(),
  };
}

/** Parked as the worker parks a job on its last attempt (its id is the table's identity). */
function parkedRow(key: string, kind: string, failure: ProjectionJobError): ParkedJobEntity {
  return Object.assign(new ParkedJobEntity(), {
    jobKey: key,
    jobId: 'rebuild',
    jobName: kind,
    covers: failure.covers === null ? null : failure.covers.toString(),
    attempts: 1,
    errorCode: failure.code,
    error: failure.message.slice(0, 4000),
    failedAt: new Date(),
    resolvedAt: null,
  });
}
