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
import { ScoringError, type ScoreCard, type ScoreCardEntry } from '@dti/scoring';
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
import { RememberedCard, rememberedScore } from './remembered-scores';

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
  const replayer = new AssessmentReplayer(catalogue, block, options);
  for (const recorded of events) if (withinBound(recorded, asOf)) replayer.apply(recorded);
  return replayer.result();
}

/**
 * One unit-quarter's replay, resumable: `apply` folds the next event, `result` gives the rows as they
 * stand (the same as replaying every event so far at once), and folding may go on afterwards. The
 * projector keeps one per live stream so a job folds only the events since its last one; the rebuild,
 * the projection check and as-of replays fold whole streams through the same class.
 */
export class AssessmentReplayer {
  // One folder for the whole stream: folding event by event with evolveAssessment copies the state's
  // maps per event, which made a long stream's replay quadratic (see BENCHMARKS.md).
  private readonly folder = new AssessmentFolder();
  private readonly points: OfficialPointsMemo;
  /** Cards built from leaves scored once per official submission (an approval's audit row scored it first). */
  private readonly cards: RememberedCard;
  private readonly versions: ScorecardVersionsBuilder | null;
  private audit: AuditEntryEntity[] = [];
  private published: PublishedReportEntity[] = [];
  /**
   * The last result's card and the official submissions it was built from: the current card as long as
   * nothing official changed since, which is most events.
   */
  private scored: { key: string; card: ScoreCard } | null = null;
  private openedAt: Date | null = null;
  private first: RecordedEvent | null = null;
  private last: RecordedEvent | null = null;
  private forgotten = 0n;

  constructor(
    readonly catalogue: Catalogue,
    readonly block: UnitBlock,
    options: { versions?: boolean } = {},
  ) {
    this.points = new OfficialPointsMemo(catalogue);
    this.cards = new RememberedCard(catalogue, block);
    this.versions = options.versions === true ? new ScorecardVersionsBuilder(catalogue, block, criterionRowOf) : null;
  }

  /** Revision and global position of the last event folded; null before the first. */
  get lastEvent(): { revision: bigint; position: bigint } | null {
    return this.last;
  }

  /**
   * The position up to which rows already written were dropped (`forget`): a result holds every audit
   * entry, published report and version after it, and every version still current.
   */
  get forgottenUpTo(): bigint {
    return this.forgotten;
  }

  /** Rows this replayer holds beyond the folded state: a measure of its memory, for a bounded cache. */
  get heldRows(): number {
    return (this.versions?.rows.length ?? 0) + this.audit.length + this.published.length;
  }

  /** Folds the stream's next event (the same stream, in order). */
  apply(recorded: RecordedEvent): this {
    const streamId = this.first?.streamId ?? recorded.streamId;
    if (recorded.streamId !== streamId) {
      throw new ReplayError('MIXED_STREAMS', `Replay got events of ${recorded.streamId} among those of ${streamId}`);
    }
    const event = toDomainEvent(upcastEvent(recorded), ASSESSMENT_EVENT_VERSIONS);
    // What the audit row needs from before the event, read now: the folder changes its state in place.
    const before = beforeEvent(this.points, this.folder.current, event);
    this.folder.apply(event);
    const state = this.folder.current;
    if (state.status === 'not_opened') {
      throw new ReplayError('NOT_OPENED', `${streamId} does not begin with AssessmentOpened (got ${recorded.type})`);
    }
    this.first ??= recorded;
    this.last = recorded;
    if (event.type === 'AssessmentOpened') this.openedAt = new Date(recorded.metadata.occurredAt);
    this.versions?.after(recorded, event, state, this.openedAt ?? new Date(this.first.metadata.occurredAt));
    const entry = auditEntryFor(this.points, recorded, event, before, state);
    if (entry !== null) this.audit.push(entry);
    if (event.type === 'ReportFinalized') {
      // Scored from the event's own figures (remembered by figures, not by submission: the event alone
      // says what was published).
      const entries = new Map(event.data.official.map((official) => [official.criterion, entryOf(official)]));
      const card = this.cards.card(entries, () => null);
      this.published.push(publishedReport(this.catalogue, this.block, recorded, event.data, card));
    }
    return this;
  }

  /**
   * Drops the rows a writer has stored up to `position`: audit entries and published reports at or before
   * it, and versions replaced by then. Later results hold only what a writer that stored everything up to
   * `position` still needs (see `forgottenUpTo`); the fold itself is kept whole.
   */
  forget(position: bigint): void {
    if (position <= this.forgotten) return;
    this.forgotten = position;
    this.audit = this.audit.filter((row) => BigInt(row.globalPosition) > position);
    this.published = this.published.filter((row) => BigInt(row.position) > position);
    const rows = this.versions?.rows;
    if (rows === undefined) return;
    // In place: the builder keeps references to the current versions, and those all stay.
    let kept = 0;
    for (const row of rows) if (row.validTo === null || BigInt(row.validTo) > position) rows[kept++] = row;
    rows.length = kept;
  }

  /** Every row of the unit-quarter as of the last event folded; null when nothing was folded. */
  result(): ReplayedScorecard | null {
    const last = this.last;
    const first = this.first;
    if (last === null || first === null) return null;
    const opened = this.folder.result();
    if (opened.status === 'not_opened') return null;
    const { catalogue, block } = this;
    const periodIndex = periodIndexOf(opened.period);
    const { entries, keys } = officialEntries(opened);
    const key = keyOfEntries(keys);
    let card: ScoreCard;
    if (this.scored !== null && this.scored.key === key) {
      card = this.scored.card;
    } else {
      card = this.cards.card(entries, (code) => keys.get(code) ?? null);
      this.scored = { key, card };
    }
    const lines = scorecardLines(catalogue, card);
    const ref: RowRef = { unit: opened.unit, period: opened.period, periodIndex, block, catalogueId: catalogue.id };

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
      openedAt: this.openedAt ?? new Date(first.metadata.occurredAt),
      lastFinalizedAt: lastAt(opened.finalizations),
      lastReopenedAt: lastAt(opened.reopenings),
      streamRevision: last.revision.toString(),
      position: last.position.toString(),
    };

    return {
      streamId: first.streamId,
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
      // Copies of the lists, so folding on adds nothing to them (a version still current gets its
      // validTo once replaced: use a result before folding further).
      audit: this.audit.slice(),
      published: this.published.slice(),
      versions: this.versions === null ? null : versionRowsOf(this.versions, ref.unit, ref.period).slice(),
    };
  }
}

/** Replays with the catalogue version and block the assessment opened with (AssessmentOpened). */
export function replayAssessment(
  events: readonly RecordedEvent[],
  options: { asOf?: ReplayBound; catalogues?: (id: string) => Catalogue; versions?: boolean } = {},
): ReplayedScorecard | null {
  const replayer = assessmentReplayerOf(events, options);
  if (replayer === null) {
    if (events.some((event) => withinBound(event, options.asOf))) {
      throw new ReplayError('NOT_OPENED', `${events[0].streamId} has no AssessmentOpened event`);
    }
    return null;
  }
  const asOf = options.asOf;
  for (const recorded of events) if (withinBound(recorded, asOf)) replayer.apply(recorded);
  return replayer.result();
}

/**
 * A replayer for the stream these events belong to, with the catalogue version and block its
 * AssessmentOpened names (null when they hold none); it has folded nothing yet.
 */
export function assessmentReplayerOf(
  events: readonly RecordedEvent[],
  options: { catalogues?: (id: string) => Catalogue; versions?: boolean } = {},
): AssessmentReplayer | null {
  const opened = events.find((event) => event.type === 'AssessmentOpened');
  if (opened === undefined) return null;
  const data = toDomainEvent(upcastEvent(opened), ASSESSMENT_EVENT_VERSIONS);
  if (data.type !== 'AssessmentOpened') throw new ReplayError('NOT_OPENED', 'AssessmentOpened expected');
  const catalogue = (options.catalogues ?? getCatalogue)(data.data.catalogueId);
  return new AssessmentReplayer(catalogue, data.data.unitBlock, { versions: options.versions });
}

function withinBound(event: RecordedEvent, bound: ReplayBound | undefined): boolean {
  if (bound === undefined) return true;
  if ('position' in bound) return event.position <= bound.position;
  return event.recordedAt.getTime() <= bound.instant.getTime();
}

function lastAt(milestones: readonly { at: string }[]): Date | null {
  return milestones.length === 0 ? null : new Date(milestones[milestones.length - 1].at);
}

/**
 * What the score card is computed from: each criterion's official (approved) value, and the submission
 * behind it (`kind:submissionId`: a submission's figures never change, so it names the leaf).
 */
function officialEntries(state: OpenedAssessment): {
  entries: Map<string, ScoreCardEntry>;
  keys: Map<string, string>;
} {
  const entries = new Map<string, ScoreCardEntry>();
  const keys = new Map<string, string>();
  for (const code in state.criteria) {
    const official = state.criteria[code].official;
    if (official === null) continue;
    const criterion = state.criteria[code].criterion;
    entries.set(criterion, entryOf(official));
    keys.set(criterion, `${official.kind}:${official.submissionId}`);
  }
  return { entries, keys };
}

/** The official submissions a card is built from, as one text (sorted: a finalization lists them in its own order). */
function keyOfEntries(keys: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  for (const [criterion, key] of keys) parts.push(`${criterion}\u0000${key}`);
  return parts.sort().join('\u0001');
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
    const outcome = rememberedScore(this.catalogue, criterion, official.inputs);
    const points: OfficialPoints =
      outcome instanceof ScoringError
        ? { value: 'error', points: Rational.ZERO }
        : { value: 'scored', points: outcome.points };
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
