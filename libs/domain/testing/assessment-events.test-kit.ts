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

export function approvedEvent(
  submissionId: string,
  criterion: string,
  approval: Partial<AssessmentEvent['data']>,
): AssessmentEvent {
  return {
    type: 'SubmissionApproved',
    data: {
      ...eventRef,
      criterion,
      submissionId,
      submittedBy: 'lan.stttt',
      reviewer: 'minh.review',
      reviewedAt: eventAt,
      note: null,
      kind: 'figures',
      inputs: null,
      notApplicableReason: null,
      replaces: null,
      ...approval,
    },
  } as AssessmentEvent;
}
