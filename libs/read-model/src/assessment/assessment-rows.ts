import { catalogueIndex, type Catalogue } from '@dti/catalogue';
import type { OpenedAssessment } from '@dti/domain';
import { ScoringError, scoreCriterion, type Bilingual } from '@dti/scoring';
import { periodIndexOf } from '../period/period-index';
import type { AssessmentStateEntity } from './assessment-state.entity';
import type { ReviewQueueEntryEntity } from './review-queue-entry.entity';

/**
 * Pure: a unit-quarter's folded state → its `assessment_states` row and its `review_queue` rows (the
 * pending submissions). The live writer and the rebuild both call these, so they write the same rows.
 */
export function assessmentRowsOf(
  state: OpenedAssessment,
  catalogue: Catalogue,
  last: { revision: bigint; position: bigint },
): { state: AssessmentStateEntity; queue: ReviewQueueEntryEntity[] } {
  // The command ids only answer retried commands; readers never need them, and they grow with the stream.
  const stored = { ...state, handledCommandIds: [], submissionScores: submissionScoresOf(state, catalogue) };
  const row: AssessmentStateEntity = {
    unit: state.unit,
    period: state.period,
    periodIndex: periodIndexOf(state.period),
    block: state.unitBlock,
    catalogueId: state.catalogueId,
    status: state.status,
    // Plain JSON (no class instances, no undefined) so the row's text is the same however it is written.
    state: JSON.parse(JSON.stringify(stored)) as Record<string, unknown>,
    streamRevision: last.revision.toString(),
    position: last.position.toString(),
  };
  const queue: ReviewQueueEntryEntity[] = [];
  for (const record of Object.values(state.criteria)) {
    if (record.pending === null) continue;
    const submission = state.submissions[record.pending];
    if (submission === undefined) continue;
    queue.push({
      unit: state.unit,
      period: state.period,
      criterion: record.criterion,
      block: state.unitBlock,
      catalogueId: state.catalogueId,
      groupCode: groupCodeOf(catalogue, record.criterion),
      submissionId: submission.submissionId,
      submittedBy: submission.submittedBy,
      submittedAt: new Date(submission.submittedAt),
      submission: JSON.parse(JSON.stringify(submission)) as Record<string, unknown>,
      official:
        record.official === null ? null : (JSON.parse(JSON.stringify(record.official)) as Record<string, unknown>),
    });
  }
  return { state: row, queue };
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
 * them, e.g. after a catalogue fix); declarations without figures have no entry. Stored in the state row
 * as `submissionScores`, so GET /assessments answers from the projection instead of scoring the history.
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
