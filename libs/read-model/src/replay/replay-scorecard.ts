import type { Catalogue } from '@dti/catalogue';
import { Rational, getCatalogue } from '@dti/catalogue';
import {
  ASSESSMENT_EVENT_VERSIONS,
  assertNever,
  evolveAssessment,
  initialAssessmentState,
  toDomainEvent,
  upcastEvent,
  type AssessmentEvent,
  type AssessmentState,
  type OfficialEntry,
  type OfficialValue,
  type OpenedAssessment,
  type QuarterString,
  type ReportFinalizedData,
  type UnitBlock,
} from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { ScoringError, scoreCard, scoreCriterion, type ScoreCard, type ScoreCardEntry } from '@dti/scoring';
import type { AuditEntryEntity } from '../assessment/audit-entry.entity';
import type { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import type { PublishedLineJson, PublishedReportEntity } from '../assessment/published-report.entity';
import type { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { scorecardLines } from '../assessment/scorecard-lines';
import type { UnitReportEntity } from '../assessment/unit-report.entity';
import { display2, exactOrNull, exactText, percentDisplay } from '../exact/exact-columns';
import { rollupContribution } from '../period/criterion-rollup';
import { periodIndexOf } from '../period/period-index';

/** Replay up to and including a global position, or up to an instant (events the store had recorded by then). */
export type ReplayBound = { position: bigint } | { instant: Date };

/** One unit-quarter as its events say it was: every row its projection holds, plus the folded state and scorecard. */
export interface ReplayedScorecard {
  streamId: string;
  unit: string;
  period: QuarterString;
  periodIndex: number;
  block: UnitBlock;
  catalogueId: string;
  /** Revision and global position of the last event replayed. */
  revision: bigint;
  position: bigint;
  state: OpenedAssessment;
  card: ScoreCard;
  report: UnitReportEntity;
  nodes: ScorecardNodeEntity[];
  criteria: CriterionScoreEntity[];
  audit: AuditEntryEntity[];
  published: PublishedReportEntity[];
}

export class ReplayError extends Error {
  override readonly name = 'ReplayError';
  constructor(
    readonly code: 'NOT_OPENED' | 'MIXED_STREAMS',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Pure: folds an assessment stream's events (as read from the store, in order) up to `asOf` and scores
 * the result with `catalogue` as a unit of `block`. The projector writes exactly these rows, so replaying
 * the stream and comparing is how a projection is checked; with another catalogue it answers "what would
 * this report score under that version". Returns null when nothing was recorded by the bound.
 */
export function replayScorecard(
  events: readonly RecordedEvent[],
  catalogue: Catalogue,
  block: UnitBlock,
  asOf?: ReplayBound,
): ReplayedScorecard | null {
  const included = events.filter((event) => withinBound(event, asOf));
  if (included.length === 0) return null;
  const streamId = included[0].streamId;
  let state: AssessmentState = initialAssessmentState;
  const audit: AuditEntryEntity[] = [];
  const published: PublishedReportEntity[] = [];
  let openedAt: Date | null = null;
  for (const recorded of included) {
    if (recorded.streamId !== streamId) {
      throw new ReplayError('MIXED_STREAMS', `Replay got events of ${recorded.streamId} among those of ${streamId}`);
    }
    const event = toDomainEvent(upcastEvent(recorded), ASSESSMENT_EVENT_VERSIONS);
    const before = state;
    state = evolveAssessment(state, event);
    if (state.status === 'not_opened') {
      throw new ReplayError('NOT_OPENED', `${streamId} does not begin with AssessmentOpened (got ${recorded.type})`);
    }
    if (event.type === 'AssessmentOpened') openedAt = new Date(recorded.metadata.occurredAt);
    const entry = auditEntryFor(catalogue, recorded, event, before, state);
    if (entry !== null) audit.push(entry);
    if (event.type === 'ReportFinalized') published.push(publishedReport(catalogue, block, recorded, event.data));
  }
  if (state.status === 'not_opened') return null;
  const last = included[included.length - 1];
  const periodIndex = periodIndexOf(state.period);
  const card = scoreCard(catalogue, officialEntries(state), { block });
  const lines = scorecardLines(catalogue, card);
  const ref = { unit: state.unit, period: state.period, periodIndex, block, catalogueId: catalogue.id };

  const nodes: ScorecardNodeEntity[] = lines
    .filter((line) => !line.isCriterion)
    .map((line) => ({
      ...ref,
      nodeCode: line.node.code,
      parentCode: line.parentCode,
      depth: line.depth,
      ordinal: line.ordinal,
      title: line.node.title,
      ...scoreColumns(line.node.points, line.node.applicableMax, line.node.percent),
      counts: { ...line.node.counts },
    }));

  const criteria: CriterionScoreEntity[] = lines
    .filter((line) => line.isCriterion)
    .map((line) => criterionRow(ref, state as OpenedAssessment, line));

  const root = card.root;
  const report: UnitReportEntity = {
    ...ref,
    status: state.status,
    version: state.version,
    ...scoreColumns(root.points, root.applicableMax, root.percent),
    counts: { ...root.counts },
    pendingCount: Object.values(state.criteria).filter((record) => record.pending !== null).length,
    openedAt: openedAt ?? new Date(included[0].metadata.occurredAt),
    lastFinalizedAt: lastAt(state.finalizations),
    lastReopenedAt: lastAt(state.reopenings),
    streamRevision: last.revision.toString(),
    position: last.position.toString(),
  };

  return {
    streamId,
    ...ref,
    revision: last.revision,
    position: last.position,
    state,
    card,
    report,
    nodes,
    criteria,
    audit,
    published,
  };
}

/** Replays with the catalogue version and block the assessment opened with (AssessmentOpened). */
export function replayAssessment(
  events: readonly RecordedEvent[],
  options: { asOf?: ReplayBound; catalogues?: (id: string) => Catalogue } = {},
): ReplayedScorecard | null {
  const opened = events.find((event) => event.type === 'AssessmentOpened');
  if (opened === undefined) {
    if (events.some((event) => withinBound(event, options.asOf))) {
      throw new ReplayError('NOT_OPENED', `${events[0].streamId} has no AssessmentOpened event`);
    }
    return null;
  }
  const data = toDomainEvent(upcastEvent(opened), ASSESSMENT_EVENT_VERSIONS);
  if (data.type !== 'AssessmentOpened') throw new ReplayError('NOT_OPENED', 'AssessmentOpened expected');
  const catalogue = (options.catalogues ?? getCatalogue)(data.data.catalogueId);
  return replayScorecard(events, catalogue, data.data.unitBlock, options.asOf);
}

function withinBound(event: RecordedEvent, bound: ReplayBound | undefined): boolean {
  if (bound === undefined) return true;
  if ('position' in bound) return event.position <= bound.position;
  return event.recordedAt.getTime() <= bound.instant.getTime();
}

function scoreColumns(points: Rational, applicableMax: Rational, percent: Rational | null) {
  return {
    pointsExact: exactText(points),
    points: display2(points),
    applicableMaxExact: exactText(applicableMax),
    applicableMax: display2(applicableMax),
    percentExact: exactOrNull(percent),
    percent: percentDisplay(percent),
  };
}

function lastAt(milestones: readonly { at: string }[]): Date | null {
  return milestones.length === 0 ? null : new Date(milestones[milestones.length - 1].at);
}

/** What the score card is computed from: each criterion's official (approved) value. */
function officialEntries(state: OpenedAssessment): Map<string, ScoreCardEntry> {
  const entries = new Map<string, ScoreCardEntry>();
  for (const record of Object.values(state.criteria)) {
    if (record.official !== null) entries.set(record.criterion, entryOf(record.official));
  }
  return entries;
}

function entryOf(official: OfficialValue | OfficialEntry): ScoreCardEntry {
  if (official.kind === 'figures') return { inputs: official.inputs ?? {} };
  const reason = 'reason' in official ? official.reason : official.notApplicableReason;
  return { notApplicable: { reason: reason ?? '' } };
}

type RowRef = Pick<CriterionScoreEntity, 'unit' | 'period' | 'periodIndex' | 'block' | 'catalogueId'>;

function criterionRow(
  ref: RowRef,
  state: OpenedAssessment,
  line: ReturnType<typeof scorecardLines>[number],
): CriterionScoreEntity {
  const { node, catalogueNode } = line;
  const record = state.criteria[node.code];
  const official = record?.official ?? null;
  const pending = record?.pending ? state.submissions[record.pending] : undefined;
  const max = Rational.parse(catalogueNode.declaredMax as string);
  const contribution =
    node.status === 'scored' && node.score !== undefined && official?.kind === 'figures'
      ? rollupContribution(catalogueNode, official.inputs, node.score)
      : null;
  return {
    ...ref,
    criterion: node.code,
    parentCode: line.parentCode ?? '',
    ordinal: line.ordinal,
    title: node.title,
    ruleKind: catalogueNode.rule?.kind ?? 'unknown',
    status: node.status ?? 'not-reported',
    pointsExact: exactText(node.points),
    points: display2(node.points),
    maxExact: exactText(max),
    max: display2(max),
    applicableMaxExact: exactText(node.applicableMax),
    explanationVi: node.score?.explanation.vi ?? null,
    explanationEn: node.score?.explanation.en ?? null,
    officialSubmissionId: official?.submissionId ?? null,
    officialInputs: official?.kind === 'figures' ? { ...official.inputs } : null,
    approvedBy: official?.approvedBy ?? null,
    approvedAt: official === null ? null : new Date(official.approvedAt),
    notApplicable: official?.kind === 'not_applicable',
    notApplicableReason: official?.kind === 'not_applicable' ? official.reason : null,
    errorCode: node.error?.code ?? null,
    errorMessage: node.error?.message ?? null,
    rollupNumeratorExact: contribution === null ? null : exactText(contribution.numerator),
    rollupDenominatorExact: contribution === null ? null : exactText(contribution.denominator),
    meetsThreshold: contribution?.meetsThreshold ?? null,
    pendingSubmissionId: pending?.submissionId ?? null,
    pendingKind: pending?.kind ?? null,
    pendingCorrects: pending?.corrects ?? null,
    pendingReason: pending === undefined ? null : (pending.correctionReason ?? pending.notApplicableReason),
    pendingInputs: pending?.inputs ? { ...pending.inputs } : null,
    pendingEvidence: pending === undefined ? null : pending.evidence.map((item) => ({ ...item })),
    pendingSubmittedBy: pending?.submittedBy ?? null,
    pendingSubmittedAt: pending === undefined ? null : new Date(pending.submittedAt),
  };
}

interface OfficialPoints {
  value: 'none' | 'scored' | 'not_applicable' | 'error';
  points: Rational | null;
}

function officialPoints(catalogue: Catalogue, criterion: string, official: OfficialValue | null): OfficialPoints {
  if (official === null) return { value: 'none', points: null };
  if (official.kind === 'not_applicable') return { value: 'not_applicable', points: null };
  try {
    return { value: 'scored', points: scoreCriterion(catalogue, criterion, official.inputs).points };
  } catch (error) {
    if (error instanceof ScoringError) return { value: 'error', points: Rational.ZERO };
    throw error;
  }
}

/** The audit row of an event that changed an official score or the report's status, else null. */
function auditEntryFor(
  catalogue: Catalogue,
  recorded: RecordedEvent,
  event: AssessmentEvent,
  before: AssessmentState,
  after: OpenedAssessment,
): AuditEntryEntity | null {
  const base = {
    eventId: recorded.id,
    unit: after.unit,
    period: after.period,
    periodIndex: periodIndexOf(after.period),
    eventType: event.type,
    actor: recorded.metadata.actor,
    role: recorded.metadata.role,
    streamId: recorded.streamId,
    streamRevision: recorded.revision.toString(),
    globalPosition: recorded.position.toString(),
    occurredAt: new Date(recorded.metadata.occurredAt),
    recordedAt: recorded.recordedAt,
  };
  const statusChange = (reportVersion: number, reason: string | null): AuditEntryEntity => ({
    ...base,
    kind: 'report_status',
    criterion: null,
    submissionId: null,
    valueBefore: null,
    pointsBeforeExact: null,
    pointsBefore: null,
    valueAfter: null,
    pointsAfterExact: null,
    pointsAfter: null,
    reportStatusBefore: before.status === 'not_opened' ? null : before.status,
    reportStatusAfter: after.status,
    reportVersion,
    reason,
    note: null,
  });
  switch (event.type) {
    case 'AssessmentOpened':
      return statusChange(after.version, null);
    case 'ReportFinalized':
      return statusChange(event.data.version, null);
    case 'ReportReopened':
      return statusChange(event.data.version, event.data.reason);
    case 'SubmissionApproved': {
      const { criterion, submissionId, note } = event.data;
      const previous = before.status === 'not_opened' ? null : (before.criteria[criterion]?.official ?? null);
      const from = officialPoints(catalogue, criterion, previous);
      const to = officialPoints(catalogue, criterion, after.criteria[criterion]?.official ?? null);
      const submission = after.submissions[submissionId];
      return {
        ...base,
        kind: 'official_score',
        criterion,
        submissionId,
        valueBefore: from.value,
        pointsBeforeExact: from.points === null ? null : exactText(from.points),
        pointsBefore: from.points === null ? null : display2(from.points),
        valueAfter: to.value,
        pointsAfterExact: to.points === null ? null : exactText(to.points),
        pointsAfter: to.points === null ? null : display2(to.points),
        reportStatusBefore: null,
        reportStatusAfter: null,
        reportVersion: null,
        reason: submission?.correctionReason ?? submission?.notApplicableReason ?? null,
        note,
      };
    }
    case 'CriterionSubmitted':
    case 'CorrectionSubmitted':
    case 'NotApplicableDeclared':
    case 'SubmissionWithdrawn':
    case 'SubmissionRejected':
      // The workflow's history, not a change to what counts: the official value and status stay.
      return null;
    default:
      return assertNever(event, 'assessment event');
  }
}

/** The report as finalized, from the event alone: later corrections cannot touch it. */
function publishedReport(
  catalogue: Catalogue,
  block: UnitBlock,
  recorded: RecordedEvent,
  data: ReportFinalizedData,
): PublishedReportEntity {
  const entries = new Map(data.official.map((entry) => [entry.criterion, entryOf(entry)]));
  const card = scoreCard(catalogue, entries, { block });
  const submissionOf = new Map(data.official.map((entry) => [entry.criterion, entry.submissionId]));
  const scorecard: PublishedLineJson[] = scorecardLines(catalogue, card).map((line) => ({
    code: line.node.code,
    kind: line.isCriterion ? 'criterion' : 'node',
    depth: line.depth,
    status: line.node.status ?? null,
    points: exactText(line.node.points),
    applicableMax: exactText(line.node.applicableMax),
    percent: exactOrNull(line.node.percent),
    submissionId: submissionOf.get(line.node.code) ?? null,
  }));
  const root = card.root;
  return {
    unit: data.unit,
    period: data.period,
    version: data.version,
    periodIndex: periodIndexOf(data.period),
    block,
    catalogueId: catalogue.id,
    eventId: recorded.id,
    streamRevision: recorded.revision.toString(),
    position: recorded.position.toString(),
    finalizedBy: data.finalizedBy,
    finalizedAt: new Date(data.finalizedAt),
    ...scoreColumns(root.points, root.applicableMax, root.percent),
    scorecard,
  };
}
