import { catalogueIndex, type Catalogue } from '@dti/catalogue';
import type { CriterionRecord, OpenedAssessment } from '@dti/domain';
import { ScoringError, type ScoreCard } from '@dti/scoring';
import { rememberedScore } from '../replay/remembered-scores';
import { periodIndexOf } from '../period/period-index';
import type { AssessmentCriterionEntity } from './assessment-criterion.entity';
import { assessmentViewCard } from './assessment-view-card';
import { criterionViewParts } from './criterion-view-parts';
import type { AssessmentHistoryEntity } from './assessment-history.entity';
import type { AssessmentStateEntity } from './assessment-state.entity';
import type { AssessmentSubmissionEntity } from './assessment-submission.entity';
import type { ReviewQueueEntryEntity } from './review-queue-entry.entity';
import type { StoredSubmissionScore } from './stored-submission-score';

/** A unit-quarter's rows of its folded state. */
export interface AssessmentRows {
  /** The state without its criteria, submissions and their scores (kept as empty records). */
  state: AssessmentStateEntity;
  queue: ReviewQueueEntryEntity[];
  criteria: AssessmentCriterionEntity[];
  submissions: AssessmentSubmissionEntity[];
  history: AssessmentHistoryEntity[];
}

/**
 * Pure: a unit-quarter's folded state → its `assessment_states` row, its `assessment_criteria`,
 * `assessment_submissions` and `assessment_history` rows, and its `review_queue` rows (the pending
 * submissions). The live writer and the rebuild both call these, so they write the same rows. With `since`
 * — a state folded from the same stream earlier, whose rows are stored — only the criteria, submissions
 * and history entries made or changed since are returned: the fold replaces a record or submission it
 * changes (never edits a frozen one in place) and only appends to a history, so an unchanged one is the
 * same object.
 */
export function assessmentRowsOf(
  state: OpenedAssessment,
  catalogue: Catalogue,
  /** The last event folded, and the card the projector scored from the state (its rows' source too). */
  last: { revision: bigint; position: bigint; card: ScoreCard },
  since?: Pick<OpenedAssessment, 'criteria' | 'submissions'>,
  /**
   * `serialisedAtOnce`: the caller turns the rows into JSON text right away (the rebuild's COPY) and keeps
   * nothing, so their json values may be the state's own objects rather than plain copies — the same
   * text (JSON.stringify of a plain copy is JSON.stringify of the value), without a parse per value.
   */
  options: { serialisedAtOnce?: boolean } = {},
): AssessmentRows {
  const plain = options.serialisedAtOnce === true ? asIs : plainCopy;
  const { unit, period } = state;
  // `criteria`, `submissions` and `submissionScores` stay as empty records so the state's text, put back
  // together, has the whole state's key order. The command ids only answer retried commands; readers never
  // need them, and they grow with the stream.
  const stored = { ...state, criteria: {}, submissions: {}, handledCommandIds: [], submissionScores: {} };
  const row: AssessmentStateEntity = {
    unit,
    period,
    periodIndex: periodIndexOf(state.period),
    block: state.unitBlock,
    catalogueId: state.catalogueId,
    status: state.status,
    // Plain JSON (no class instances, no undefined) so the row's text is the same however it is written.
    state: plain(stored),
    streamRevision: last.revision.toString(),
    position: last.position.toString(),
    viewCard: assessmentViewCard(catalogue, last.card),
  };
  const submissions: AssessmentSubmissionEntity[] = [];
  const changedCriteria = new Set<string>();
  for (const [submissionId, submission, ordinal] of changedEntries(state.submissions, since?.submissions)) {
    const score =
      submission.inputs === null ? null : scoreOfFigures(catalogue, submission.criterion, submission.inputs);
    changedCriteria.add(submission.criterion);
    submissions.push({
      unit,
      period,
      submissionId,
      ordinal,
      submission: plain(submission),
      score: score === null ? null : plain(score),
    });
  }
  const criteria: AssessmentCriterionEntity[] = [];
  const history: AssessmentHistoryEntity[] = [];
  const criterionRow = (criterion: string, record: CriterionRecord, ordinal: number): AssessmentCriterionEntity => ({
    unit,
    period,
    criterion,
    ordinal,
    record: plain({ ...record, history: [] }),
    viewParts: criterionViewParts(record, state.submissions),
  });
  for (const [criterion, record, ordinal] of changedEntries(state.criteria, since?.criteria)) {
    criteria.push(criterionRow(criterion, record, ordinal));
    changedCriteria.delete(criterion);
    const earlier = since?.criteria[criterion];
    for (let seq = earlier?.history.length ?? 0; seq < record.history.length; seq += 1) {
      history.push({ unit, period, criterion, seq, entry: plain(record.history[seq]) });
    }
  }
  if (changedCriteria.size > 0) {
    // A record's view parts show its latest submissions: one changed without its record (the fold replaces
    // both together today) still rewrites the record's row, so the stored parts never go stale.
    Object.keys(state.criteria).forEach((criterion, ordinal) => {
      if (changedCriteria.has(criterion)) criteria.push(criterionRow(criterion, state.criteria[criterion], ordinal));
    });
  }
  const queue: ReviewQueueEntryEntity[] = [];
  for (const record of Object.values(state.criteria)) {
    if (record.pending === null) continue;
    const submission = state.submissions[record.pending];
    if (submission === undefined) continue;
    queue.push({
      unit,
      period,
      criterion: record.criterion,
      block: state.unitBlock,
      catalogueId: state.catalogueId,
      groupCode: groupCodeOf(catalogue, record.criterion),
      submissionId: submission.submissionId,
      submittedBy: submission.submittedBy,
      submittedAt: new Date(submission.submittedAt),
      submission: plain(submission),
      official: record.official === null ? null : plain(record.official),
    });
  }
  return { state: row, queue, criteria, submissions, history };
}

/**
 * The entries of a record (with their index in its key order) that are new or changed since `earlier`,
 * every one without it. Records only gain keys; a new key usually goes last, but one that looks like an
 * array index goes first (JavaScript's key order), so every entry from the first moved key on is given
 * with its new index.
 */
function changedEntries<T>(
  current: Readonly<Record<string, T>>,
  earlier: Readonly<Record<string, T>> | undefined,
): Array<[string, T, number]> {
  const keys = Object.keys(current);
  const before = earlier === undefined ? [] : Object.keys(earlier);
  let same = 0;
  while (same < before.length && keys[same] === before[same]) same += 1;
  const changed: Array<[string, T, number]> = [];
  keys.forEach((key, index) => {
    const value = current[key];
    if (index >= same || earlier?.[key] !== value) changed.push([key, value, index]);
  });
  return changed;
}

/** A stored submission as readers get it back: the domain's Submission and its stored score. */
export interface StoredSubmissionPart {
  submission: Record<string, unknown>;
  score: Record<string, unknown> | null;
}

/**
 * Pure: the whole folded state from a state row and the parts `assessmentRowsOf` kept out of it — the
 * criterion records as [criterion, record] by ordinal, the submissions (with their scores, read back as
 * `submissionScores`) by ordinal, the history entries as [criterion, entry] by seq. A row written before
 * the parts were kept holds its submissions itself and is returned as it is; one written before the
 * criteria were kept, its criteria. Fills the given row in place.
 */
export function stateWithParts(
  state: Record<string, unknown>,
  parts: {
    criteria: ReadonlyArray<readonly [string, Record<string, unknown>]>;
    submissions: readonly StoredSubmissionPart[];
    history: ReadonlyArray<readonly [string, unknown]>;
  },
): Record<string, unknown> {
  const own = state.submissions as Record<string, unknown> | undefined;
  if (own !== undefined && Object.keys(own).length > 0) return state;
  if (parts.criteria.length > 0) {
    const criteria: Record<string, unknown> = {};
    for (const [criterion, record] of parts.criteria) criteria[criterion] = record;
    state.criteria = criteria;
  }
  const submissions: Record<string, unknown> = {};
  const scores: Record<string, unknown> = {};
  for (const { submission, score } of parts.submissions) {
    const id = submission.submissionId as string;
    submissions[id] = submission;
    // As submissionScoresOf: an entry for each submission with figures, none for a declaration.
    if (submission.inputs !== null) scores[id] = score;
  }
  state.submissions = submissions;
  state.submissionScores = scores;
  const records = state.criteria as Record<string, { history: unknown[] }> | undefined;
  for (const [criterion, entry] of parts.history) records?.[criterion]?.history.push(entry);
  return state;
}

/** Pure: the whole folded state a reader gets back from these rows (a copy; the rows are left as they are). */
export function storedStateOf(
  rows: Pick<AssessmentRows, 'state' | 'criteria' | 'submissions' | 'history'>,
): Record<string, unknown> {
  return stateWithParts(plainCopy(rows.state.state), {
    criteria: rows.criteria.map((row) => [row.criterion, plainCopy(row.record)] as const),
    submissions: rows.submissions.map((row) => ({ submission: plainCopy(row.submission), score: row.score })),
    history: rows.history.map((row) => [row.criterion, row.entry] as const),
  });
}

function plainCopy<T>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function asIs<T>(value: T): Record<string, unknown> {
  return value as Record<string, unknown>;
}

/**
 * Each submission with figures, scored with the assessment's catalogue (null when the engine refuses
 * them, e.g. after a catalogue fix); declarations without figures have no entry. Stored beside each
 * submission (`assessment_submissions.score`) and read back as the state's `submissionScores`, so GET
 * /assessments answers from the projection instead of scoring the history.
 */
export function submissionScoresOf(
  state: OpenedAssessment,
  catalogue: Catalogue,
): Record<string, StoredSubmissionScore | null> {
  const scores: Record<string, StoredSubmissionScore | null> = {};
  for (const submission of Object.values(state.submissions)) {
    if (submission.inputs === null) continue;
    scores[submission.submissionId] = scoreOfFigures(catalogue, submission.criterion, submission.inputs);
  }
  return scores;
}

/**
 * Scoring is pure in (catalogue, criterion, figures), and every projection job of a stream replays all of
 * its submissions: remembered here, a long stream's job scores only its new figures. Bounded: cleared
 * when full.
 */
const remembered = new WeakMap<Catalogue, Map<string, StoredSubmissionScore | null>>();
const REMEMBER_AT_MOST = 100_000;

function scoreOfFigures(catalogue: Catalogue, criterion: string, inputs: unknown): StoredSubmissionScore | null {
  let known = remembered.get(catalogue);
  if (known === undefined) remembered.set(catalogue, (known = new Map()));
  const key = `${criterion}\u0000${JSON.stringify(inputs)}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  // The engine's score through the shared memo: the replay scored every approved submission already.
  const score = rememberedScore(catalogue, criterion, inputs);
  const stored: StoredSubmissionScore | null =
    score instanceof ScoringError
      ? null
      : {
          points: { exact: score.points.toString(), display: score.points.toFixed(2) },
          max: { exact: score.max.toString(), display: score.max.toFixed(2) },
          explanation: score.explanation,
          ruleKind: score.ruleKind,
        };
  if (known.size >= REMEMBER_AT_MOST) known.clear();
  known.set(key, stored);
  return stored;
}

/** The top-level group (nhóm) under the catalogue's root: "7" for 7.1.1; the criterion itself when it has none. */
export function groupCodeOf(catalogue: Catalogue, criterion: string): string {
  const ancestors = catalogueIndex(catalogue).get(criterion)?.ancestors ?? [];
  return ancestors.length > 1 ? ancestors[1] : criterion;
}
