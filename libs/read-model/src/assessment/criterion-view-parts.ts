import type { CriterionRecord, Submission } from '@dti/domain';
import type { StoredSubmissionScore } from './stored-submission-score';

/**
 * A criterion's latest submissions GET /assessments carries (issue #12): the pages need only the latest
 * (the status and the figures to resubmit); older ones come with the history pages. Measured on the
 * bench's data (~1,070 events a unit-quarter): 3 a criterion kept the answer at ~510 KB, 1 at ~280 KB.
 * One the answer already carries as the official value or the pending submission is not repeated
 * (`shownApart`).
 */
export const VIEW_RECENT_SUBMISSIONS = 1;

/**
 * A submission GET /assessments shows as the criterion's official value or its pending submission, so not
 * again among its latest submissions (issue #12: the approved latest submission repeated the official
 * value in about half the criteria, ~18 % of the answer on the bench's data; the pages read its status only,
 * which `official` says).
 */
export function shownApart(record: Pick<CriterionRecord, 'official' | 'pending'>, submissionId: string): boolean {
  return submissionId === record.pending || submissionId === record.official?.submissionId;
}

/**
 * A criterion's latest history entries GET /assessments carries: the last review round (submitted,
 * rejected, resubmitted) fits; older entries are read a page at a time from GET …/criteria/{c}/history.
 */
export const VIEW_RECENT_HISTORY = 3;

/**
 * Pure: the JSON text of the members of a criterion's view in GET /assessments that come from its record
 * (not from the scorecard) — `"official":…,"pending":…,"submissions":[…],"submissionsTotal":n,
 * "history":[…],"historyTotal":n,"historyCursor":…` — with the VIEW_RECENT_* latest submissions and
 * entries, each submission without its score (`viewSubmission`). Written beside the record
 * (`assessment_criteria.view_parts`) by the live writer and the rebuild alike, so the API sends it as it
 * is: no rows parsed, shaped or serialised again per request. The API's own view (apps/api
 * assessment-view.ts) is the reference; a spec holds them equal.
 */
export function criterionViewParts(record: CriterionRecord, submissions: Readonly<Record<string, Submission>>): string {
  const view = (id: string | null): string | null => {
    const submission = id === null ? undefined : submissions[id];
    return submission === undefined ? null : JSON.stringify(viewSubmission(submission));
  };
  const ids = record.submissionIds;
  const recent: string[] = [];
  for (const id of ids.slice(Math.max(0, ids.length - VIEW_RECENT_SUBMISSIONS))) {
    if (shownApart(record, id)) continue;
    const text = view(id);
    if (text !== null) recent.push(text);
  }
  const entries = record.history;
  const history = entries.slice(Math.max(0, entries.length - VIEW_RECENT_HISTORY));
  const first = entries.length - history.length;
  return (
    `"official":${JSON.stringify(officialView(record.official))}` +
    `,"pending":${view(record.pending) ?? 'null'}` +
    `,"submissions":[${recent.join(',')}],"submissionsTotal":${ids.length}` +
    `,"history":${JSON.stringify(history)},"historyTotal":${entries.length}` +
    `,"historyCursor":${first > 0 ? `"${first}"` : 'null'}`
  );
}

/** A criterion's official value as GET /assessments shows it (the API's object path uses it too). */
export function officialView(official: CriterionRecord['official']): Record<string, unknown> | null {
  if (official === null) return null;
  const base = {
    submissionId: official.submissionId,
    kind: official.kind,
    evidence: official.evidence,
    approvedBy: official.approvedBy,
    approvedAt: official.approvedAt,
  };
  return official.kind === 'figures'
    ? { ...base, inputs: official.inputs, notApplicable: false, notApplicableReason: null }
    : { ...base, inputs: null, notApplicable: true, notApplicableReason: official.reason };
}

/**
 * A submission as GET /assessments shows it (the API's object path uses it too): without its score, which
 * the pages do not show (issue #12: the engine's bilingual explanation was most of a scored submission's
 * bytes); the review queue and the history pages carry it (`submissionView`). Members in the order of the
 * stored submission's JSON, so PostgreSQL's text of a stored row is the same text.
 */
export function viewSubmission(submission: Submission): Record<string, unknown> {
  return {
    submissionId: submission.submissionId,
    criterion: submission.criterion,
    kind: submission.kind,
    inputs: submission.inputs,
    notApplicableReason: submission.notApplicableReason,
    evidence: submission.evidence,
    corrects: submission.corrects,
    correctionReason: submission.correctionReason,
    supersedes: submission.supersedes,
    supersededBy: submission.supersededBy,
    submittedBy: submission.submittedBy,
    submittedAt: submission.submittedAt,
    status: submission.status,
    review: submission.review,
    withdrawnAt: submission.withdrawnAt,
    replacedBy: submission.replacedBy,
  };
}

/** A submission with its score from `scoreOf`, as the review queue and the history pages show it. */
export function submissionView(
  submission: Submission,
  scoreOf: (submission: Submission) => StoredSubmissionScore | null,
): Record<string, unknown> {
  return { ...viewSubmission(submission), score: submission.inputs === null ? null : scoreOf(submission) };
}
