import type { AssessmentEvent } from '../src';

/**
 * Assessment events written by hand, for specs that fold or project a unit-quarter without going through the
 * decider (read-model rows, the API's view): one STTTT quarter of tth-2020, one submitter, one reviewer.
 */
export const eventRef = { unit: 'STTTT', period: '2021-Q1' as const, catalogueId: 'tth-2020' };
export const eventAt = '2021-04-05T09:00:00+07:00';

export const openedEvent: AssessmentEvent = {
  type: 'AssessmentOpened',
  data: { ...eventRef, unitBlock: 'department' },
};

export function submittedEvent(
  submissionId: string,
  criterion: string,
  inputs: Record<string, number>,
): AssessmentEvent {
  return {
    type: 'CriterionSubmitted',
    data: {
      ...eventRef,
      criterion,
      submissionId,
      inputs,
      evidence: [],
      submittedBy: 'lan.stttt',
      submittedAt: eventAt,
      supersedes: null,
    },
  };
}

export function notApplicableEvent(submissionId: string, criterion: string, reason: string): AssessmentEvent {
  return {
    type: 'NotApplicableDeclared',
    data: {
      ...eventRef,
      criterion,
      submissionId,
      reason,
      evidence: [],
      submittedBy: 'lan.stttt',
      submittedAt: eventAt,
      supersedes: null,
      corrects: null,
    },
  } as AssessmentEvent;
}

/** What every review event of the kit names: the submission, its submitter and the reviewer, when. */
const reviewOf = (submissionId: string, criterion: string) => ({
  ...eventRef,
  criterion,
  submissionId,
  submittedBy: 'lan.stttt',
  reviewer: 'minh.review',
  reviewedAt: eventAt,
});

export function approvedEvent(
  submissionId: string,
  criterion: string,
  approval: Partial<AssessmentEvent['data']>,
): AssessmentEvent {
  return {
    type: 'SubmissionApproved',
    data: {
      ...reviewOf(submissionId, criterion),
      note: null,
      kind: 'figures',
      inputs: null,
      notApplicableReason: null,
      replaces: null,
      ...approval,
    },
  } as AssessmentEvent;
}

export const withdrawnEvent = (submissionId: string, criterion: string): AssessmentEvent => ({
  type: 'SubmissionWithdrawn',
  data: { ...eventRef, criterion, submissionId, withdrawnBy: 'lan.stttt', withdrawnAt: eventAt },
});
export const rejectedEvent = (submissionId: string, criterion: string): AssessmentEvent => ({
  type: 'SubmissionRejected',
  data: { ...reviewOf(submissionId, criterion), reason: 'thiếu minh chứng' },
});
export const finalizedEvent = (version: number): AssessmentEvent => ({
  type: 'ReportFinalized',
  data: { ...eventRef, version, finalizedBy: 'hoa.lead', finalizedAt: eventAt, official: [] },
});
export const reopenedEvent = (version: number): AssessmentEvent => ({
  type: 'ReportReopened',
  data: { ...eventRef, version, reopenedBy: 'hoa.lead', reopenedAt: eventAt, reason: `mở lại ${version}` },
});
