import { findNode, type Catalogue } from '@dti/catalogue';
import {
  currentName,
  mayReviewSubmission,
  unitNameIn,
  type Actor,
  type OpenedAssessment,
  type RegisteredUnit,
} from '@dti/domain';
import { scoreCriterion, ScoringError } from '@dti/scoring';
import { exact, submissionResponse } from '../assessments/queries/assessment-view';
import type { ReviewQueueItemResponse, ReviewQueueOfficialResponse } from './review-queue.response';

export interface QueuedAssessment {
  unit: RegisteredUnit;
  state: OpenedAssessment;
  catalogue: Catalogue;
}

/**
 * The pending submissions of the given assessments, oldest first. Ties (one request that opened the
 * assessment and submitted) fall back to unit, period and criterion so the order never flickers.
 */
export function reviewQueueItems(assessments: Iterable<QueuedAssessment>, reader: Actor): ReviewQueueItemResponse[] {
  const items: Array<ReviewQueueItemResponse & { at: number }> = [];
  for (const { unit, state, catalogue } of assessments) {
    const name = unitNameIn(unit, state.period) ?? currentName(unit);
    for (const record of Object.values(state.criteria)) {
      if (record.pending === null) continue;
      const submission = submissionResponse(catalogue, state.submissions[record.pending]);
      if (submission === null) continue;
      items.push({
        at: Date.parse(submission.submittedAt),
        unit: unit.code,
        unitName: name.name,
        unitBlock: unit.block,
        period: state.period,
        catalogueId: state.catalogueId,
        criterion: record.criterion,
        criterionTitle: findNode(catalogue, record.criterion)?.title ?? record.criterion,
        submission,
        official: officialOf(catalogue, record.criterion, record.official),
        reviewable: mayReviewSubmission(reader, submission),
      });
    }
  }
  items.sort(
    (a, b) =>
      a.at - b.at || compare(a.unit, b.unit) || compare(a.period, b.period) || compare(a.criterion, b.criterion),
  );
  return items.map(({ at: _at, ...item }) => item);
}

function officialOf(
  catalogue: Catalogue,
  criterion: string,
  official: OpenedAssessment['criteria'][string]['official'],
): ReviewQueueOfficialResponse | null {
  if (official === null) return null;
  if (official.kind === 'not_applicable') {
    return { submissionId: official.submissionId, kind: official.kind, points: null };
  }
  try {
    const points = exact(scoreCriterion(catalogue, criterion, official.inputs).points);
    return { submissionId: official.submissionId, kind: official.kind, points };
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    return { submissionId: official.submissionId, kind: official.kind, points: null };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
