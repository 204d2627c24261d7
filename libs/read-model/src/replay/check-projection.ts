import { getCatalogue } from '@dti/catalogue';
import type { EventStore } from '@dti/event-store';
import { assessmentStreamId, normalizeQuarter, parseUnitCode } from '@dti/domain';
import type { EntityManager } from 'typeorm';
import { assessmentRowsOf } from '../assessment/assessment-rows';
import { AssessmentCriterionEntity } from '../assessment/assessment-criterion.entity';
import { AssessmentHistoryEntity } from '../assessment/assessment-history.entity';
import { AssessmentStateEntity } from '../assessment/assessment-state.entity';
import { AssessmentSubmissionEntity } from '../assessment/assessment-submission.entity';
import { AuditEntryEntity } from '../assessment/audit-entry.entity';
import { ReviewQueueEntryEntity } from '../assessment/review-queue-entry.entity';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { PublishedReportEntity } from '../assessment/published-report.entity';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { ScorecardVersionEntity } from '../assessment/scorecard-version.entity';
import {
  CRITERION_STATIC_FIELDS,
  CRITERION_VERSION_FIELDS,
  NODE_STATIC_FIELDS,
  NODE_VERSION_FIELDS,
  PENDING_VERSION_FIELDS,
  REPORT_VERSION_FIELDS,
} from '../assessment/scorecard-versions';
import { findScorecardAsOf } from '../queries/scorecard.query';
import { replayFromStore } from './replay-from-store';
import type { ReplayBound } from './replay-scorecard';

export interface ProjectionDifference {
  table: string;
  /** The row: its primary key values joined with "/". */
  row: string;
  column: string;
  projected: unknown;
  replayed: unknown;
}

export interface ProjectionCheck {
  unit: string;
  period: string;
  streamId: string;
  /**
   * match     — the projection equals a replay of the stream up to the position it reflects
   * mismatch  — it does not (see differences)
   * missing   — the stream has events but nothing is projected
   * no-stream — there is no such assessment
   */
  outcome: 'match' | 'mismatch' | 'missing' | 'no-stream';
  /** Global position the projection reflects, and the stream's last. */
  projectedPosition: bigint | null;
  streamPosition: bigint | null;
  /** Stream events the projection does not reflect yet (the projector's lag on this key). */
  eventsBehind: number;
  differences: ProjectionDifference[];
}

/**
 * Replays a unit-quarter from the event store up to the position its projection reflects and compares
 * every projected row and column with the replay (exact values; instants as ISO strings): the scores and
 * audit rows, and what the request paths read (the folded state, the pending submissions).
 */
export async function checkProjection(
  store: EventStore,
  manager: EntityManager,
  query: { unit: string; period: string },
): Promise<ProjectionCheck> {
  const unit = parseUnitCode(query.unit);
  const period = normalizeQuarter(query.period);
  const streamId = assessmentStreamId(unit, period);
  const report = await manager.findOne(UnitReportEntity, { where: { unit, period } });
  const projectedPosition = report === null ? null : BigInt(report.position);
  const { events, replayed } = await replayFromStore(store, {
    unit,
    period,
    asOf: projectedPosition === null ? undefined : { position: projectedPosition },
    versions: true,
    // How far behind the projection is: the events after its position count too.
    wholeStream: true,
  });
  const last = events[events.length - 1];
  const base = {
    unit,
    period,
    streamId,
    projectedPosition,
    streamPosition: last?.position ?? null,
    eventsBehind: events.filter((event) => projectedPosition === null || event.position > projectedPosition).length,
    differences: [] as ProjectionDifference[],
  };
  if (last === undefined) return { ...base, outcome: report === null ? 'no-stream' : 'mismatch' };
  if (report === null || replayed === null) return { ...base, outcome: 'missing' };
  const where = { unit, period };
  const nodes = await manager.find(ScorecardNodeEntity, { where });
  const criteria = await manager.find(CriterionScoreEntity, { where });
  const audit = await manager.find(AuditEntryEntity, { where });
  const published = await manager.find(PublishedReportEntity, { where });
  const states = await manager.find(AssessmentStateEntity, { where });
  const criterionRecords = await manager.find(AssessmentCriterionEntity, { where });
  const submissions = await manager.find(AssessmentSubmissionEntity, { where });
  const history = await manager.find(AssessmentHistoryEntity, { where });
  const queue = await manager.find(ReviewQueueEntryEntity, { where });
  const versions = await manager.find(ScorecardVersionEntity, { where });
  const registers = assessmentRowsOf(replayed.state, getCatalogue(replayed.catalogueId), replayed);
  const differences = [
    ...compareRows('unit_reports', [report], [replayed.report], (r) => `${r.unit}/${r.period}`),
    ...compareRows('scorecard_nodes', nodes, replayed.nodes, (r) => r.nodeCode),
    ...compareRows('criterion_scores', criteria, replayed.criteria, (r) => r.criterion),
    ...compareRows('audit_entries', audit, replayed.audit, (r) => r.eventId),
    ...compareRows('published_reports', published, replayed.published, (r) => `v${r.version}`),
    ...compareRows('assessment_states', states, [registers.state], (r) => `${r.unit}/${r.period}`),
    ...compareRows('assessment_criteria', criterionRecords, registers.criteria, (r) => r.criterion),
    ...compareRows('assessment_submissions', submissions, registers.submissions, (r) => r.submissionId),
    ...compareRows('assessment_history', history, registers.history, (r) => `${r.criterion}#${r.seq}`),
    ...compareRows('review_queue', queue, registers.queue, (r) => r.criterion),
    ...compareRows(
      'scorecard_versions',
      versions,
      replayed.versions ?? [],
      (r) => `${r.part}/${r.code}@${r.validFrom}`,
    ),
  ];
  return { ...base, differences, outcome: differences.length === 0 ? 'match' : 'mismatch' };
}

/** The as-of scorecard compared with a replay of the stream up to the same bound. */
export interface AsOfCheck {
  unit: string;
  period: string;
  streamId: string;
  /** match — the versions valid at the bound say what the events say; mismatch — see differences. */
  outcome: 'match' | 'mismatch';
  /** The last event within the bound, as the versions and as the replay have it. */
  projectedPosition: bigint | null;
  replayedPosition: bigint | null;
  /** Events within the bound that the versions do not reflect yet (the projector's lag on this key). */
  eventsBehind: number;
  differences: ProjectionDifference[];
}

/**
 * The inspector's check of `?asOf=`: the scorecard read from the projection's versions at the bound
 * against a replay of the stream's events up to it, every field the scorecard shows. A bound past what
 * the projector has reached reads as the projection's current rows, so it shows as the projector's lag.
 */
export async function checkScorecardAsOf(
  store: EventStore,
  manager: EntityManager,
  query: { unit: string; period: string; asOf: ReplayBound },
): Promise<AsOfCheck> {
  const unit = parseUnitCode(query.unit);
  const period = normalizeQuarter(query.period);
  const streamId = assessmentStreamId(unit, period);
  const found = await findScorecardAsOf(manager, { unit, period, asOf: query.asOf });
  const { events, replayed } = await replayFromStore(store, { unit, period, asOf: query.asOf });
  const bound = query.asOf;
  const projectedPosition = found === null ? null : BigInt(found.report.position);
  const eventsBehind = events.filter(
    (event) =>
      ('position' in bound
        ? event.position <= bound.position
        : event.recordedAt.getTime() <= bound.instant.getTime()) &&
      (projectedPosition === null || event.position > projectedPosition),
  ).length;
  const picked = <T extends object>(rows: readonly T[], fields: readonly string[]) =>
    rows.map((row) =>
      Object.fromEntries(fields.map((field) => [field, (row as Record<string, unknown>)[field] ?? null])),
    );
  const nodeFields = [...NODE_STATIC_FIELDS, ...NODE_VERSION_FIELDS];
  const criterionFields = [...CRITERION_STATIC_FIELDS, ...CRITERION_VERSION_FIELDS, ...PENDING_VERSION_FIELDS];
  const expected = {
    report:
      replayed === null
        ? []
        : picked([{ ...replayed.report, catalogueId: replayed.catalogueId }], REPORT_VERSION_FIELDS),
    nodes: picked(replayed?.nodes ?? [], nodeFields),
    criteria: picked(replayed?.criteria ?? [], criterionFields),
  };
  const actual = {
    report: found === null ? [] : picked([found.report], REPORT_VERSION_FIELDS),
    nodes: picked(found?.nodes ?? [], nodeFields),
    criteria: picked(found?.criteria ?? [], criterionFields),
  };
  const differences = [
    ...compareRows('report', actual.report, expected.report, () => `${unit}/${period}`),
    ...compareRows('nodes', actual.nodes, expected.nodes, (r) => String(r.nodeCode)),
    ...compareRows('criteria', actual.criteria, expected.criteria, (r) => String(r.criterion)),
  ];
  return {
    unit,
    period,
    streamId,
    outcome: differences.length === 0 ? 'match' : 'mismatch',
    projectedPosition,
    replayedPosition: replayed?.position ?? null,
    eventsBehind,
    differences,
  };
}

function compareRows<T extends object>(
  table: string,
  projected: readonly T[],
  replayed: readonly T[],
  keyOf: (row: T) => string,
): ProjectionDifference[] {
  const differences: ProjectionDifference[] = [];
  const stored = new Map(projected.map((row) => [keyOf(row), row]));
  const expected = new Map(replayed.map((row) => [keyOf(row), row]));
  for (const [key, row] of expected) {
    const found = stored.get(key);
    if (found === undefined) {
      differences.push({ table, row: key, column: '*', projected: null, replayed: 'row' });
      continue;
    }
    for (const column of Object.keys(row) as Array<keyof T>) {
      const a = comparable(found[column]);
      const b = comparable(row[column]);
      if (a !== b) differences.push({ table, row: key, column: String(column), projected: a, replayed: b });
    }
  }
  for (const key of stored.keys()) {
    if (!expected.has(key)) differences.push({ table, row: key, column: '*', projected: 'row', replayed: null });
  }
  return differences;
}

/** One spelling per value: instants as ISO strings, JSON with sorted keys. */
function comparable(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
