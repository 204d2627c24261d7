/**
 * The assessment fold as it was before AssessmentFolder (copying whole records for every event), kept
 * ONLY as the reference the folder is proved against (assessment-fold.equivalence.unit.spec.ts) and measured
 * against (assessment-fold.measure.ts). Quadratic on long streams; production code must not use it.
 */
import { assertNever } from '../src/shared/decider';
import type { AssessmentEvent } from '../src/assessment/assessment.events';
import type {
  AssessmentEventWithMetadata,
  AssessmentState,
  CriterionRecord,
  HistoryAction,
  HistoryEntry,
  OfficialValue,
  OpenedAssessment,
  Review,
  Submission,
} from '../src/assessment/assessment.state';

export function referenceEvolveAssessment(state: AssessmentState, event: AssessmentEventWithMetadata): AssessmentState {
  if (event.type === 'AssessmentOpened') {
    if (state.status !== 'not_opened') return state;
    const { unit, unitBlock, period, catalogueId } = event.data;
    return remember(
      {
        status: 'open',
        unit,
        unitBlock,
        period,
        catalogueId,
        version: 0,
        criteria: {},
        submissions: {},
        finalizations: [],
        reopenings: [],
        handledCommandIds: [],
      },
      event,
    );
  }
  if (state.status === 'not_opened') return state;
  return remember(apply(state, event), event);
}

function apply(
  state: OpenedAssessment,
  event: Exclude<AssessmentEvent, { type: 'AssessmentOpened' }>,
): OpenedAssessment {
  switch (event.type) {
    case 'CriterionSubmitted':
    case 'CorrectionSubmitted': {
      const d = event.data;
      const isCorrection = event.type === 'CorrectionSubmitted';
      return addSubmission(
        state,
        {
          submissionId: d.submissionId,
          criterion: d.criterion,
          kind: 'figures',
          inputs: d.inputs,
          notApplicableReason: null,
          evidence: d.evidence,
          corrects: event.type === 'CorrectionSubmitted' ? event.data.corrects : null,
          correctionReason: event.type === 'CorrectionSubmitted' ? event.data.reason : null,
          supersedes: d.supersedes,
          submittedBy: d.submittedBy,
          submittedAt: d.submittedAt,
          status: 'pending',
          review: null,
          supersededBy: null,
          withdrawnAt: null,
          replacedBy: null,
        },
        isCorrection ? 'correction_submitted' : 'submitted',
      );
    }
    case 'NotApplicableDeclared': {
      const d = event.data;
      return addSubmission(
        state,
        {
          submissionId: d.submissionId,
          criterion: d.criterion,
          kind: 'not_applicable',
          inputs: null,
          notApplicableReason: d.reason,
          evidence: d.evidence,
          corrects: d.corrects,
          correctionReason: d.corrects === null ? null : d.reason,
          supersedes: d.supersedes,
          submittedBy: d.submittedBy,
          submittedAt: d.submittedAt,
          status: 'pending',
          review: null,
          supersededBy: null,
          withdrawnAt: null,
          replacedBy: null,
        },
        'not_applicable_declared',
      );
    }
    case 'SubmissionWithdrawn': {
      const d = event.data;
      const next = updateSubmission(state, d.submissionId, (s) => ({
        ...s,
        status: 'withdrawn',
        withdrawnAt: d.withdrawnAt,
      }));
      return updateCriterion(next, d.criterion, (r) => ({
        ...r,
        pending: r.pending === d.submissionId ? null : r.pending,
        history: [...r.history, entry('withdrawn', d.submissionId, d.withdrawnBy, d.withdrawnAt)],
      }));
    }
    case 'SubmissionApproved': {
      const d = event.data;
      const review: Review = {
        decision: 'approved',
        reviewer: d.reviewer,
        reviewedAt: d.reviewedAt,
        note: d.note,
        reason: null,
      };
      let next = updateSubmission(state, d.submissionId, (s) => ({ ...s, status: 'approved', review }));
      if (d.replaces !== null) next = updateSubmission(next, d.replaces, (s) => ({ ...s, replacedBy: d.submissionId }));
      const evidence = next.submissions[d.submissionId]?.evidence ?? [];
      const official: OfficialValue =
        d.kind === 'figures'
          ? {
              kind: 'figures',
              submissionId: d.submissionId,
              inputs: d.inputs ?? {},
              evidence,
              approvedBy: d.reviewer,
              approvedAt: d.reviewedAt,
            }
          : {
              kind: 'not_applicable',
              submissionId: d.submissionId,
              reason: d.notApplicableReason ?? '',
              evidence,
              approvedBy: d.reviewer,
              approvedAt: d.reviewedAt,
            };
      return updateCriterion(next, d.criterion, (r) => ({
        ...r,
        official,
        pending: r.pending === d.submissionId ? null : r.pending,
        history: [...r.history, entry('approved', d.submissionId, d.reviewer, d.reviewedAt, null, d.note)],
      }));
    }
    case 'SubmissionRejected': {
      const d = event.data;
      const review: Review = {
        decision: 'rejected',
        reviewer: d.reviewer,
        reviewedAt: d.reviewedAt,
        note: null,
        reason: d.reason,
      };
      const next = updateSubmission(state, d.submissionId, (s) => ({ ...s, status: 'rejected', review }));
      return updateCriterion(next, d.criterion, (r) => ({
        ...r,
        pending: r.pending === d.submissionId ? null : r.pending,
        history: [...r.history, entry('rejected', d.submissionId, d.reviewer, d.reviewedAt, d.reason)],
      }));
    }
    case 'ReportFinalized': {
      const d = event.data;
      return {
        ...state,
        status: 'finalized',
        version: d.version,
        finalizations: [
          ...state.finalizations,
          { version: d.version, by: d.finalizedBy, at: d.finalizedAt, reason: null },
        ],
      };
    }
    case 'ReportReopened': {
      const d = event.data;
      return {
        ...state,
        status: 'reopened',
        reopenings: [...state.reopenings, { version: d.version, by: d.reopenedBy, at: d.reopenedAt, reason: d.reason }],
      };
    }
    default:
      return assertNever(event, 'assessment event');
  }
}

function addSubmission(state: OpenedAssessment, submission: Submission, action: HistoryAction): OpenedAssessment {
  const { submissionId, criterion, supersedes, submittedBy, submittedAt } = submission;
  let next: OpenedAssessment = { ...state, submissions: { ...state.submissions, [submissionId]: submission } };
  if (supersedes !== null) {
    next = updateSubmission(next, supersedes, (s) => ({ ...s, status: 'superseded', supersededBy: submissionId }));
  }
  return updateCriterion(next, criterion, (r) => ({
    ...r,
    pending: submissionId,
    submissionIds: [...r.submissionIds, submissionId],
    history: [
      ...r.history,
      ...(supersedes === null ? [] : [entry('superseded', supersedes, submittedBy, submittedAt)]),
      entry(
        action,
        submissionId,
        submittedBy,
        submittedAt,
        submission.correctionReason ?? submission.notApplicableReason,
      ),
    ],
  }));
}

function updateSubmission(
  state: OpenedAssessment,
  submissionId: string,
  change: (s: Submission) => Submission,
): OpenedAssessment {
  const current = state.submissions[submissionId];
  if (current === undefined) return state;
  return { ...state, submissions: { ...state.submissions, [submissionId]: change(current) } };
}

function updateCriterion(
  state: OpenedAssessment,
  criterion: string,
  change: (r: CriterionRecord) => CriterionRecord,
): OpenedAssessment {
  const current = state.criteria[criterion] ?? {
    criterion,
    official: null,
    pending: null,
    submissionIds: [],
    history: [],
  };
  return { ...state, criteria: { ...state.criteria, [criterion]: change(current) } };
}

function entry(
  action: HistoryAction,
  submissionId: string,
  actor: string,
  at: string,
  reason: string | null = null,
  note: string | null = null,
): HistoryEntry {
  return { action, submissionId, actor, at, reason, note };
}

function remember(state: OpenedAssessment, event: AssessmentEventWithMetadata): OpenedAssessment {
  const commandId = event.metadata?.commandId;
  if (typeof commandId !== 'string' || state.handledCommandIds.includes(commandId)) return state;
  return { ...state, handledCommandIds: [...state.handledCommandIds, commandId] };
}
