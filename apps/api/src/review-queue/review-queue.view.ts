import { catalogueIndex, findNode, Rational, type Catalogue } from '@dti/catalogue';
import {
  currentName,
  mayReviewSubmission,
  unitNameIn,
  type Actor,
  type OfficialValue,
  type OpenedAssessment,
  type RegisteredUnit,
  type Submission,
} from '@dti/domain';
import { exact, submissionResponse } from '../assessments/queries/assessment-view';
import type { SubmissionResponse } from '../assessments/dto/assessment-view.response';
import type { ReviewQueueItemResponse, ReviewQueueOfficialResponse } from './review-queue.response';
import { rememberedScore } from './remembered-scores';

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
    for (const record of Object.values(state.criteria)) {
      if (record.pending === null) continue;
      const submission = state.submissions[record.pending];
      if (submission === undefined) continue;
      const item = pendingItem(
        { unit, period: state.period, catalogue, criterion: record.criterion, submission, official: record.official },
        reader,
      );
      items.push({ at: Date.parse(item.submission.submittedAt), ...item });
    }
  }
  items.sort(
    (a, b) =>
      a.at - b.at || compare(a.unit, b.unit) || compare(a.period, b.period) || compare(a.criterion, b.criterion),
  );
  return items.map(({ at: _at, ...item }) => item);
}

/** One submission awaiting review, as the read model's `review_queue` row (or a folded state) holds it. */
export interface PendingSubmission {
  unit: RegisteredUnit;
  period: string;
  catalogue: Catalogue;
  criterion: string;
  submission: Submission;
  official: OfficialValue | null;
}

/** The queue's item of one pending submission: scored and labelled with its catalogue, named as in its quarter. */
export function pendingItem(pending: PendingSubmission, reader: Actor): ReviewQueueItemResponse {
  const { unit, period, catalogue, criterion } = pending;
  const name = unitNameIn(unit, period) ?? currentName(unit);
  const scores =
    pending.submission.inputs === null
      ? undefined
      : {
          [pending.submission.submissionId]: rememberedScore(
            catalogue,
            pending.submission.criterion,
            pending.submission.inputs,
          ),
        };
  const submission = submissionResponse(catalogue, pending.submission, scores) as SubmissionResponse;
  const official = officialOf(catalogue, criterion, pending.official);
  const node = findNode(catalogue, criterion);
  return {
    unit: unit.code,
    unitName: name.name,
    unitBlock: unit.block,
    period,
    catalogueId: catalogue.id,
    criterion,
    criterionTitle: node?.title ?? criterion,
    criterionTitleEn: node?.titleEn ?? null,
    group: groupOf(catalogue, criterion),
    submission,
    official,
    difference: differenceOf(submission.score?.points.exact ?? null, official),
    reviewable: mayReviewSubmission(reader, submission),
  };
}

function officialOf(
  catalogue: Catalogue,
  criterion: string,
  official: OfficialValue | null,
): ReviewQueueOfficialResponse | null {
  if (official === null) return null;
  if (official.kind === 'not_applicable') {
    return { submissionId: official.submissionId, kind: official.kind, points: null };
  }
  const points = rememberedScore(catalogue, criterion, official.inputs)?.points ?? null;
  return { submissionId: official.submissionId, kind: official.kind, points };
}

/** The top-level group (nhóm) under the catalogue's root: "7" for 7.1.1. */
function groupOf(catalogue: Catalogue, criterion: string): ReviewQueueItemResponse['group'] {
  const ancestors = catalogueIndex(catalogue).get(criterion)?.ancestors ?? [];
  const node = ancestors.length > 1 ? findNode(catalogue, ancestors[1]) : undefined;
  return node === undefined
    ? { code: criterion, title: criterion, titleEn: null }
    : { code: node.code, title: node.title, titleEn: node.titleEn ?? null };
}

/** Submitted minus official, exactly; nothing approved yet counts as 0 (the criterion's official points). */
function differenceOf(
  submitted: string | null,
  official: ReviewQueueOfficialResponse | null,
): ReviewQueueItemResponse['difference'] {
  if (submitted === null) return null;
  if (official === null) return exact(Rational.parse(submitted));
  if (official.points === null) return null;
  return exact(Rational.parse(submitted).sub(Rational.parse(official.points.exact)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
