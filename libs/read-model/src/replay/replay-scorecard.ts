import type { Catalogue } from '@dti/catalogue';
import { Rational, getCatalogue } from '@dti/catalogue';
import {
  ASSESSMENT_EVENT_VERSIONS,
  assertNever,
  AssessmentFolder,
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
import { scorecardLines, type ScorecardLine } from '../assessment/scorecard-lines';
import type { ScorecardVersionEntity } from '../assessment/scorecard-version.entity';
import { ScorecardVersionsBuilder, versionRowsOf } from '../assessment/scorecard-versions';
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
  /** Every version of the scorecard with the positions it held for; only when asked (`versions: true`). */
  versions: ScorecardVersionEntity[] | null;
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
  options: { versions?: boolean } = {},
): ReplayedScorecard | null {
  const included = asOf === undefined ? events : events.filter((event) => withinBound(event, asOf));
  if (included.length === 0) return null;
  const streamId = included[0].streamId;
  // One folder for the whole stream: folding event by event with evolveAssessment copies the state's
  // maps per event, which made a long stream's replay quadratic (see BENCHMARKS.md).
  const folder = new AssessmentFolder();
  let state: AssessmentState = folder.current;
  const audit: AuditEntryEntity[] = [];
  const published: PublishedReportEntity[] = [];
  const points = new OfficialPointsMemo(catalogue);
  // The last finalization's card: the current card when nothing official changed since (the common case).
  let finalized: { entries: Map<string, ScoreCardEntry>; key: string; card: ScoreCard } | null = null;
  let openedAt: Date | null = null;
  const versions = options.versions === true ? new ScorecardVersionsBuilder(catalogue, block, criterionRowOf) : null;
  for (const recorded of included) {
    if (recorded.streamId !== streamId) {
      throw new ReplayError('MIXED_STREAMS', `Replay got events of ${recorded.streamId} among those of ${streamId}`);
    }
    const event = toDomainEvent(upcastEvent(recorded), ASSESSMENT_EVENT_VERSIONS);
    // What the audit row needs from before the event, read now: the folder changes its state in place.
    const before = beforeEvent(points, folder.current, event);
    folder.apply(event);
    state = folder.current;
    if (state.status === 'not_opened') {
      throw new ReplayError('NOT_OPENED', `${streamId} does not begin with AssessmentOpened (got ${recorded.type})`);
    }
    if (event.type === 'AssessmentOpened') openedAt = new Date(recorded.metadata.occurredAt);
    versions?.after(recorded, event, state, openedAt ?? new Date(included[0].metadata.occurredAt));
    const entry = auditEntryFor(points, recorded, event, before, state);
    if (entry !== null) audit.push(entry);
    if (event.type === 'ReportFinalized') {
      const entries = new Map(event.data.official.map((official) => [official.criterion, entryOf(official)]));
      const card = scoreCard(catalogue, entries, { block });
      finalized = { entries, key: entriesKey(entries), card };
      published.push(publishedReport(catalogue, block, recorded, event.data, card));
    }
  }
  state = folder.result();
  if (state.status === 'not_opened') return null;
  const last = included[included.length - 1];
  const periodIndex = periodIndexOf(state.period);
  const entries = officialEntries(state);
  const card =
    finalized !== null && finalized.entries.size === entries.size && finalized.key === entriesKey(entries)
      ? finalized.card
      : scoreCard(catalogue, entries, { block });
  const lines = scorecardLines(catalogue, card);
  const ref: RowRef = { unit: state.unit, period: state.period, periodIndex, block, catalogueId: catalogue.id };
  const opened = state;

  // Rows are written out field by field: V8 builds an object literal that starts with a spread
  // (`{ ...ref, … }`) tens of times slower, and these run for every criterion of every rebuilt report.
  const nodes: ScorecardNodeEntity[] = [];
  const criteria: CriterionScoreEntity[] = [];
  for (const line of lines) {
    if (line.isCriterion) {
      criteria.push(criterionRow(ref, opened, line));
      continue;
    }
    const node = line.node;
    nodes.push({
      unit: ref.unit,
      period: ref.period,
      periodIndex: ref.periodIndex,
      block: ref.block,
      catalogueId: ref.catalogueId,
      nodeCode: node.code,
      parentCode: line.parentCode,
      depth: line.depth,
      ordinal: line.ordinal,
      title: node.title,
      pointsExact: exactText(node.points),
      points: display2(node.points),
      applicableMaxExact: exactText(node.applicableMax),
      applicableMax: display2(node.applicableMax),
      percentExact: exactOrNull(node.percent),
      percent: percentDisplay(node.percent),
      counts: Object.assign({}, node.counts),
    });
  }

  const root = card.root;
  let pendingCount = 0;
  for (const record of Object.values(opened.criteria)) if (record.pending !== null) pendingCount += 1;
  const report: UnitReportEntity = {
    unit: ref.unit,
    period: ref.period,
    periodIndex: ref.periodIndex,
    block: ref.block,
    catalogueId: ref.catalogueId,
    status: opened.status,
    version: opened.version,
    pointsExact: exactText(root.points),
    points: display2(root.points),
    applicableMaxExact: exactText(root.applicableMax),
    applicableMax: display2(root.applicableMax),
    percentExact: exactOrNull(root.percent),
    percent: percentDisplay(root.percent),
    counts: Object.assign({}, root.counts),
    pendingCount,
    openedAt: openedAt ?? new Date(included[0].metadata.occurredAt),
    lastFinalizedAt: lastAt(opened.finalizations),
    lastReopenedAt: lastAt(opened.reopenings),
    streamRevision: last.revision.toString(),
    position: last.position.toString(),
  };

  return {
    streamId,
    unit: ref.unit,
    period: ref.period,
    periodIndex: ref.periodIndex,
    block: ref.block,
    catalogueId: ref.catalogueId,
    revision: last.revision,
    position: last.position,
    state: opened,
    card,
    report,
    nodes,
    criteria,
    audit,
    published,
    versions: versions === null ? null : versionRowsOf(versions, ref.unit, ref.period),
  };
}

/** Replays with the catalogue version and block the assessment opened with (AssessmentOpened). */
export function replayAssessment(
  events: readonly RecordedEvent[],
  options: { asOf?: ReplayBound; catalogues?: (id: string) => Catalogue; versions?: boolean } = {},
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
  return replayScorecard(events, catalogue, data.data.unitBlock, options.asOf, { versions: options.versions });
}

function withinBound(event: RecordedEvent, bound: ReplayBound | undefined): boolean {
  if (bound === undefined) return true;
  if ('position' in bound) return event.position <= bound.position;
  return event.recordedAt.getTime() <= bound.instant.getTime();
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

interface RowRef {
  unit: string;
  period: QuarterString;
  periodIndex: number;
  block: UnitBlock;
  catalogueId: string;
}

/** Official values (by submission, whose figures never change) to the replay's rows: one key string per entry. */
function entriesKey(entries: ReadonlyMap<string, ScoreCardEntry>): string {
  const parts: string[] = [];
  for (const [criterion, entry] of entries) {
    parts.push(
      `${criterion}\u0000${'inputs' in entry ? JSON.stringify(entry.inputs) : `n/a:${entry.notApplicable.reason}`}`,
    );
  }
  return parts.sort().join('\u0001');
}

/** A criterion's row in a state mid-stream (the scorecard versions' builder). */
function criterionRowOf(state: OpenedAssessment, line: ScorecardLine): CriterionScoreEntity {
  const ref: RowRef = {
    unit: state.unit,
    period: state.period,
    periodIndex: 0,
    block: state.unitBlock,
    catalogueId: state.catalogueId,
  };
  return criterionRow(ref, state, line);
}

function criterionRow(ref: RowRef, state: OpenedAssessment, line: ScorecardLine): CriterionScoreEntity {
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
    unit: ref.unit,
    period: ref.period,
    periodIndex: ref.periodIndex,
    block: ref.block,
    catalogueId: ref.catalogueId,
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
    officialInputs: official?.kind === 'figures' ? Object.assign({}, official.inputs) : null,
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
    pendingInputs: pending?.inputs ? Object.assign({}, pending.inputs) : null,
    pendingEvidence: pending === undefined ? null : pending.evidence.map((item) => Object.assign({}, item)),
    pendingSubmittedBy: pending?.submittedBy ?? null,
    pendingSubmittedAt: pending === undefined ? null : new Date(pending.submittedAt),
  };
}

interface OfficialPoints {
  value: 'none' | 'scored' | 'not_applicable' | 'error';
  points: Rational | null;
}

const NO_OFFICIAL: OfficialPoints = { value: 'none', points: null };
const NOT_APPLICABLE: OfficialPoints = { value: 'not_applicable', points: null };

/**
 * The points of official values, each scored once per replay: an approval's "before" is the previous
 * approval's "after", and a submission's figures never change, so its id is a safe key.
 */
class OfficialPointsMemo {
  private readonly scored = new Map<string, OfficialPoints>();

  constructor(private readonly catalogue: Catalogue) {}

  of(criterion: string, official: OfficialValue | null): OfficialPoints {
    if (official === null) return NO_OFFICIAL;
    if (official.kind === 'not_applicable') return NOT_APPLICABLE;
    const known = this.scored.get(official.submissionId);
    if (known !== undefined) return known;
    let points: OfficialPoints;
    try {
      points = { value: 'scored', points: scoreCriterion(this.catalogue, criterion, official.inputs).points };
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
      points = { value: 'error', points: Rational.ZERO };
    }
    this.scored.set(official.submissionId, points);
    return points;
  }
}

/** What an audit row says of the state just before its event. */
interface BeforeEvent {
  reportStatus: string | null;
  /** For an approval: the criterion's official points before it. */
  official: OfficialPoints | null;
}

function beforeEvent(points: OfficialPointsMemo, state: AssessmentState, event: AssessmentEvent): BeforeEvent {
  const opened = state.status === 'not_opened' ? null : state;
  return {
    reportStatus: opened === null ? null : opened.status,
    official:
      event.type === 'SubmissionApproved'
        ? points.of(event.data.criterion, opened?.criteria[event.data.criterion]?.official ?? null)
        : null,
  };
}

/** The audit row of an event that changed an official score or the report's status, else null. */
function auditEntryFor(
  points: OfficialPointsMemo,
  recorded: RecordedEvent,
  event: AssessmentEvent,
  before: BeforeEvent,
  after: OpenedAssessment,
): AuditEntryEntity | null {
  const statusChange = (reportVersion: number, reason: string | null): AuditEntryEntity =>
    auditRow(recorded, event.type, after, {
      kind: 'report_status',
      criterion: null,
      submissionId: null,
      from: null,
      to: null,
      reportStatusBefore: before.reportStatus,
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
      const submission = after.submissions[submissionId];
      return auditRow(recorded, event.type, after, {
        kind: 'official_score',
        criterion,
        submissionId,
        from: before.official,
        to: points.of(criterion, after.criteria[criterion]?.official ?? null),
        reportStatusBefore: null,
        reportStatusAfter: null,
        reportVersion: null,
        reason: submission?.correctionReason ?? submission?.notApplicableReason ?? null,
        note,
      });
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

interface AuditChange {
  kind: AuditEntryEntity['kind'];
  criterion: string | null;
  submissionId: string | null;
  from: OfficialPoints | null;
  to: OfficialPoints | null;
  reportStatusBefore: string | null;
  reportStatusAfter: string | null;
  reportVersion: number | null;
  reason: string | null;
  note: string | null;
}

function auditRow(
  recorded: RecordedEvent,
  eventType: AssessmentEvent['type'],
  after: OpenedAssessment,
  change: AuditChange,
): AuditEntryEntity {
  const { from, to } = change;
  return {
    eventId: recorded.id,
    unit: after.unit,
    period: after.period,
    periodIndex: periodIndexOf(after.period),
    kind: change.kind,
    eventType,
    criterion: change.criterion,
    submissionId: change.submissionId,
    valueBefore: from === null ? null : from.value,
    pointsBeforeExact: from?.points ? exactText(from.points) : null,
    pointsBefore: from?.points ? display2(from.points) : null,
    valueAfter: to === null ? null : to.value,
    pointsAfterExact: to?.points ? exactText(to.points) : null,
    pointsAfter: to?.points ? display2(to.points) : null,
    reportStatusBefore: change.reportStatusBefore,
    reportStatusAfter: change.reportStatusAfter,
    reportVersion: change.reportVersion,
    actor: recorded.metadata.actor,
    role: recorded.metadata.role,
    reason: change.reason,
    note: change.note,
    correlationId: recorded.metadata.correlationId,
    commandId: recorded.metadata.commandId,
    streamId: recorded.streamId,
    streamRevision: recorded.revision.toString(),
    globalPosition: recorded.position.toString(),
    occurredAt: new Date(recorded.metadata.occurredAt),
    recordedAt: recorded.recordedAt,
  };
}

/** The report as finalized, from the event alone (scored into `card`): later corrections cannot touch it. */
function publishedReport(
  catalogue: Catalogue,
  block: UnitBlock,
  recorded: RecordedEvent,
  data: ReportFinalizedData,
  card: ScoreCard,
): PublishedReportEntity {
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
    pointsExact: exactText(root.points),
    points: display2(root.points),
    applicableMaxExact: exactText(root.applicableMax),
    applicableMax: display2(root.applicableMax),
    percentExact: exactOrNull(root.percent),
    percent: percentDisplay(root.percent),
    scorecard,
  };
}
