import type { QuarterString } from '../periods/quarter';
import type { UnitBlock } from '../units/unit-block';
import type { UnitCode } from '../units/unit-code';
import type { CriterionInputs } from './criterion-inputs';
import type { Evidence } from './evidence';

/**
 * Events of an assessment stream (`assessment-<UNIT>-<YYYY>Q<n>`): one unit's report for one quarter.
 * Each carries what the projections need on its own — unit, period, catalogue version, criterion,
 * submission, inputs, who acted and why — and never a computed score: points are derived by the
 * scoring engine from the inputs and the catalogue version, so a corrected rule rescores by replay.
 * Times in `…At` fields are the business time of the act (the command's occurredAt).
 */
type AssessmentRef = {
  unit: UnitCode;
  period: QuarterString;
  /** The catalogue version fixed when the assessment opened. */
  catalogueId: string;
};

/** Always the first event: fixes the catalogue version for the life of the assessment. */
export type AssessmentOpenedData = AssessmentRef & { unitBlock: UnitBlock };

export type CriterionSubmittedData = AssessmentRef & {
  criterion: string;
  submissionId: string;
  inputs: CriterionInputs;
  evidence: Evidence[];
  submittedBy: string;
  submittedAt: string;
  /** The pending submission of the same criterion this one replaces before review, if any. */
  supersedes: string | null;
};

/** A new value for a criterion that already has an approved one; that one stays official until this is approved. */
export type CorrectionSubmittedData = CriterionSubmittedData & {
  /** The official (approved) submission being corrected. */
  corrects: string;
  reason: string;
};

/** The unit says the criterion does not apply to it; reviewed like a submission. */
export type NotApplicableDeclaredData = AssessmentRef & {
  criterion: string;
  submissionId: string;
  reason: string;
  evidence: Evidence[];
  submittedBy: string;
  submittedAt: string;
  supersedes: string | null;
  /** Set when it replaces an approved value (then `reason` is also the correction's reason). */
  corrects: string | null;
};

export type SubmissionWithdrawnData = AssessmentRef & {
  criterion: string;
  submissionId: string;
  withdrawnBy: string;
  withdrawnAt: string;
};

export type SubmissionApprovedData = AssessmentRef & {
  criterion: string;
  submissionId: string;
  submittedBy: string;
  reviewer: string;
  reviewedAt: string;
  note: string | null;
  /** What becomes official. */
  kind: 'figures' | 'not_applicable';
  /** The approved inputs (kind 'figures'), else null. */
  inputs: CriterionInputs | null;
  /** The approved reason (kind 'not_applicable'), else null. */
  notApplicableReason: string | null;
  /** The previously official submission this approval replaces, if any. */
  replaces: string | null;
};

export type SubmissionRejectedData = AssessmentRef & {
  criterion: string;
  submissionId: string;
  submittedBy: string;
  reviewer: string;
  reviewedAt: string;
  reason: string;
};

export type OfficialEntry = {
  criterion: string;
  submissionId: string;
  kind: 'figures' | 'not_applicable';
  inputs: CriterionInputs | null;
  notApplicableReason: string | null;
};

/** The report as finalized: every official value, so a report snapshot needs no other event. */
export type ReportFinalizedData = AssessmentRef & {
  /** 1 for the first finalization, +1 after each reopening. */
  version: number;
  finalizedBy: string;
  finalizedAt: string;
  official: OfficialEntry[];
};

export type ReportReopenedData = AssessmentRef & {
  /** The finalized version being reopened. */
  version: number;
  reopenedBy: string;
  reopenedAt: string;
  reason: string;
};

export type AssessmentEvent =
  | { type: 'AssessmentOpened'; data: AssessmentOpenedData }
  | { type: 'CriterionSubmitted'; data: CriterionSubmittedData }
  | { type: 'CorrectionSubmitted'; data: CorrectionSubmittedData }
  | { type: 'NotApplicableDeclared'; data: NotApplicableDeclaredData }
  | { type: 'SubmissionWithdrawn'; data: SubmissionWithdrawnData }
  | { type: 'SubmissionApproved'; data: SubmissionApprovedData }
  | { type: 'SubmissionRejected'; data: SubmissionRejectedData }
  | { type: 'ReportFinalized'; data: ReportFinalizedData }
  | { type: 'ReportReopened'; data: ReportReopenedData };

export type AssessmentEventType = AssessmentEvent['type'];

/**
 * Schema versions written today. CriterionSubmitted is at 2: version 1 (the pilot) held a single
 * evidence document in flat fields; upcasters/criterion-submitted-v1.upcaster.ts reads it as version 2.
 */
export const ASSESSMENT_EVENT_VERSIONS: Readonly<Record<AssessmentEventType, number>> = {
  AssessmentOpened: 1,
  CriterionSubmitted: 2,
  CorrectionSubmitted: 1,
  NotApplicableDeclared: 1,
  SubmissionWithdrawn: 1,
  SubmissionApproved: 1,
  SubmissionRejected: 1,
  ReportFinalized: 1,
  ReportReopened: 1,
};
