import { catalogueIndex, type Catalogue } from '@dti/catalogue';
import type { CriterionRecord, OpenedAssessment } from '@dti/domain';
import { ScoringError, scoreCriterion, type Bilingual } from '@dti/scoring';
import { periodIndexOf } from '../period/period-index';
import type { AssessmentHistoryEntity } from './assessment-history.entity';
import type { AssessmentStateEntity } from './assessment-state.entity';
import type { AssessmentSubmissionEntity } from './assessment-submission.entity';
import type { ReviewQueueEntryEntity } from './review-queue-entry.entity';

/** A unit-quarter's rows of its folded state. */
export interface AssessmentRows {
  /** The state without its submissions, their scores and its criteria's histories (kept empty). */
  state: AssessmentStateEntity;
  queue: ReviewQueueEntryEntity[];
  submissions: AssessmentSubmissionEntity[];
  history: AssessmentHistoryEntity[];
}

/**
 * Pure: a unit-quarter's folded state → its `assessment_states` row, its `assessment_submissions` and
 * `assessment_history` rows, and its `review_queue` rows (the pending submissions). The live writer and
 * the rebuild both call these, so they write the same rows. With `since` — a state folded from the same
 * stream earlier, whose rows are stored — only the submissions and history entries made or changed since
 * are returned: the fold replaces a submission it changes (never edits it in place) and only appends to
 * a history, so an unchanged one is the same object.
 */
export function assessmentRowsOf(
  state: OpenedAssessment,
  catalogue: Catalogue,
  last: { revision: bigint; position: bigint },
  since?: OpenedAssessment,
): AssessmentRows {
  const { unit, period } = state;
  // Each criterion keeps its `history` key (empty) so the state's text, put back together, has the same
  // key order as the whole state; likewise `submissions` and `submissionScores`.
  const criteria: Record<string, CriterionRecord> = {};
  for (const [code, record] of Object.entries(state.criteria)) criteria[code] = { ...record, history: [] };
  // The command ids only answer retried commands; readers never need them, and they grow with the stream.
  const stored = { ...state, criteria, submissions: {}, handledCommandIds: [], submissionScores: {} };
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
  };
  const submissions: AssessmentSubmissionEntity[] = [];
  const before = since?.submissions;
  let ordinal = 0;
  for (const [submissionId, submission] of Object.entries(state.submissions)) {
    if (before?.[submissionId] !== submission) {
      const score =
        submission.inputs === null ? null : scoreOfFigures(catalogue, submission.criterion, submission.inputs);
      submissions.push({
        unit,
        period,
        submissionId,
        ordinal,
        submission: plain(submission),
        score: score === null ? null : plain(score),
      });
    }
    ordinal += 1;
  }
  const history: AssessmentHistoryEntity[] = [];
  for (const [criterion, record] of Object.entries(state.criteria)) {
    const earlier = since?.criteria[criterion];
    if (earlier === record) continue;
    for (let seq = earlier?.history.length ?? 0; seq < record.history.length; seq += 1) {
      history.push({ unit, period, criterion, seq, entry: plain(record.history[seq]) });
    }
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
  return { state: row, queue, submissions, history };
}

/** A stored submission as readers get it back: the domain's Submission and its stored score. */
export interface StoredSubmissionPart {
  submission: Record<string, unknown>;
  score: Record<string, unknown> | null;
}

/**
 * Pure: the whole folded state (as `assessmentRowsOf` left it out of the row: submissions, their scores
 * as `submissionScores`, each criterion's history) from a state row and its parts — the submissions by
 * ordinal, the history entries as [criterion, entry] by seq. A row written before the parts were kept
 * holds its submissions itself and is returned as it is. Fills the given row in place.
 */
export function stateWithParts(
  state: Record<string, unknown>,
  submissions: readonly StoredSubmissionPart[],
  history: ReadonlyArray<readonly [string, unknown]>,
): Record<string, unknown> {
  const own = state.submissions as Record<string, unknown> | undefined;
  if (own !== undefined && Object.keys(own).length > 0) return state;
  const all: Record<string, unknown> = {};
  const scores: Record<string, unknown> = {};
  for (const { submission, score } of submissions) {
    const id = submission.submissionId as string;
    all[id] = submission;
    // As submissionScoresOf: an entry for each submission with figures, none for a declaration.
    if (submission.inputs !== null) scores[id] = score;
  }
  state.submissions = all;
  state.submissionScores = scores;
  const criteria = state.criteria as Record<string, { history: unknown[] }> | undefined;
  for (const [criterion, entry] of history) criteria?.[criterion]?.history.push(entry);
  return state;
}

/** Pure: the whole folded state a reader gets back from these rows (a copy; the rows are left as they are). */
export function storedStateOf(
  rows: Pick<AssessmentRows, 'state' | 'submissions' | 'history'>,
): Record<string, unknown> {
  return stateWithParts(
    plain(rows.state.state),
    rows.submissions.map((row) => ({ submission: row.submission, score: row.score })),
    rows.history.map((row) => [row.criterion, row.entry] as const),
  );
}

function plain<T>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** An exact number as the API shows it: the rational in lowest terms and its 2-decimal rounding. */
export interface StoredExact {
  exact: string;
  display: string;
}

/** What the engine made of one submission's figures, kept beside the state so no reader scores them again. */
export interface StoredSubmissionScore {
  points: StoredExact;
  max: StoredExact;
  explanation: Bilingual;
  ruleKind: string;
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
  let stored: StoredSubmissionScore | null;
  try {
    const score = scoreCriterion(catalogue, criterion, inputs);
    stored = {
      points: { exact: score.points.toString(), display: score.points.toFixed(2) },
      max: { exact: score.max.toString(), display: score.max.toFixed(2) },
      explanation: score.explanation,
      ruleKind: score.ruleKind,
    };
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    stored = null;
  }
  if (known.size >= REMEMBER_AT_MOST) known.clear();
  known.set(key, stored);
  return stored;
}

/** The top-level group (nhóm) under the catalogue's root: "7" for 7.1.1; the criterion itself when it has none. */
export function groupCodeOf(catalogue: Catalogue, criterion: string): string {
  const ancestors = catalogueIndex(catalogue).get(criterion)?.ancestors ?? [];
  return ancestors.length > 1 ? ancestors[1] : criterion;
}
