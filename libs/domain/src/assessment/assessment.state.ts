import type { QuarterString } from '../periods/quarter';
import type { UnitBlock } from '../units/unit-block';
import type { UnitCode } from '../units/unit-code';
import type { CriterionInputs } from './criterion-inputs';
import type { Evidence } from './evidence';
import type { AssessmentEvent } from './assessment.events';

/**
 * The state of one unit's report for one quarter, folded from its events (see assessment.evolve.ts).
 * Plain immutable data: `evolve` returns a new state and never changes the one it is given.
 */
export type SubmissionKind = 'figures' | 'not_applicable';

/**
 * pending    — awaits review; at most one per criterion, always the latest
 * approved   — reviewed and accepted (official until a later approved correction replaces it: `replacedBy`)
 * rejected   — reviewed and refused
 * withdrawn  — taken back by its submitter before review
 * superseded — replaced by a newer submission of the same criterion before review; it can no longer be reviewed
 */
export type SubmissionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'superseded';

export interface Review {
  decision: 'approved' | 'rejected';
  reviewer: string;
  reviewedAt: string;
  note: string | null;
  reason: string | null;
}

export interface Submission {
  submissionId: string;
  criterion: string;
  kind: SubmissionKind;
  inputs: CriterionInputs | null;
  notApplicableReason: string | null;
  evidence: readonly Evidence[];
  /** The official submission this corrects, and why. */
  corrects: string | null;
  correctionReason: string | null;
  supersedes: string | null;
  submittedBy: string;
  submittedAt: string;
  status: SubmissionStatus;
  review: Review | null;
  supersededBy: string | null;
  withdrawnAt: string | null;
  /** Set on an approved submission once an approved correction took its place as official. */
  replacedBy: string | null;
}

/** The value the scores are computed from: the latest approved submission of the criterion. */
export type OfficialValue =
  | {
      kind: 'figures';
      submissionId: string;
      inputs: CriterionInputs;
      evidence: readonly Evidence[];
      approvedBy: string;
      approvedAt: string;
    }
  | {
      kind: 'not_applicable';
      submissionId: string;
      reason: string;
      evidence: readonly Evidence[];
      approvedBy: string;
      approvedAt: string;
    };

export type HistoryAction =
  | 'submitted'
  | 'correction_submitted'
  | 'not_applicable_declared'
  | 'superseded'
  | 'withdrawn'
  | 'approved'
  | 'rejected';

export interface HistoryEntry {
  action: HistoryAction;
  submissionId: string;
  actor: string;
  at: string;
  reason: string | null;
  note: string | null;
}

export interface CriterionRecord {
  criterion: string;
  official: OfficialValue | null;
  /** The one submission awaiting review, if any. */
  pending: string | null;
  /** Every submission of the criterion, oldest first. */
  submissionIds: readonly string[];
  /** Submissions and reviews in the order they happened. */
  history: readonly HistoryEntry[];
}

export type ReportStatus = 'open' | 'finalized' | 'reopened';

export interface ReportMilestone {
  version: number;
  by: string;
  at: string;
  reason: string | null;
}

export interface OpenedAssessment {
  status: ReportStatus;
  unit: UnitCode;
  unitBlock: UnitBlock;
  period: QuarterString;
  catalogueId: string;
  /** Times the report has been finalized: 0 while never finalized. */
  version: number;
  criteria: Readonly<Record<string, CriterionRecord>>;
  submissions: Readonly<Record<string, Submission>>;
  finalizations: readonly ReportMilestone[];
  reopenings: readonly ReportMilestone[];
  /** Commands already applied, so a retried command decides nothing new. */
  handledCommandIds: readonly string[];
}

export type AssessmentState = { status: 'not_opened' } | OpenedAssessment;

export const initialAssessmentState: AssessmentState = Object.freeze({ status: 'not_opened' });

/** An event as the handler may fold it: a stored event keeps its metadata, a fresh one has none. */
export type AssessmentEventWithMetadata = AssessmentEvent & { metadata?: { commandId?: unknown } };
