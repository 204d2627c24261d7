import type { QuarterString } from '../periods/quarter';
import type { Command } from '../shared/command-envelope';
import type { UnitBlock } from '../units/unit-block';
import type { UnitCode } from '../units/unit-code';
import type { CriterionInputs } from './criterion-inputs';

/**
 * Facts about the assessment a command addresses, gathered by the handler before it calls the
 * decider, so the decider stays deterministic:
 *  - unit, period: the stream's identity (`assessmentStreamId(unit, period)`);
 *  - unitBlock: the unit's block, from its unit stream;
 *  - unitActive: `unitExistedIn(unitState, period)` — a unit that did not exist in the quarter
 *    (dissolved, merged away, not yet established) accepts nothing for it;
 *  - catalogueId: `catalogueIdForAssessment(state, period, schedule)` — the version the assessment
 *    opened with, or the one in force for the period when it is not open yet. The per-criterion facts
 *    (criterionExists, criterionAppliesToBlock) must be computed against this same version.
 */
export interface AssessmentContext {
  unit: UnitCode;
  period: QuarterString | string;
  unitBlock: UnitBlock;
  unitActive: boolean;
  catalogueId: string;
}

type AssessmentCommandOf<TType extends string, TData> = Command<TType, TData> & { assessment: AssessmentContext };

/** Facts about the criterion, from the catalogue version in `assessment.catalogueId`. */
export interface CriterionFacts {
  /** The code is a scored criterion (a leaf) of the catalogue. */
  criterionExists: boolean;
  /** The criterion applies to the unit's block. */
  criterionAppliesToBlock: boolean;
}

/** Evidence as sent; validated by the decider (see evidence.ts). */
export interface EvidenceInput {
  documentNumber: string;
  documentDate: string;
  signer: string;
  url?: string | null;
  sha256?: string | null;
}

export type SubmitFigures = AssessmentCommandOf<
  'SubmitFigures',
  CriterionFacts & {
    /** Chosen by the handler (e.g. derived from the command id); names the submission for reviews. */
    submissionId: string;
    criterion: string;
    /** The decider has the scoring engine score them against the criterion's inputs (refused if it cannot). */
    inputs: CriterionInputs;
    evidence: EvidenceInput[];
    /** The official (approved) submission this corrects; required once the criterion has one. */
    corrects?: string | null;
    /** Why the correction; required with `corrects`, refused without. */
    reason?: string | null;
  }
>;

export type DeclareNotApplicable = AssessmentCommandOf<
  'DeclareNotApplicable',
  CriterionFacts & {
    submissionId: string;
    criterion: string;
    reason: string;
    evidence?: EvidenceInput[];
    /** The official submission this replaces; required once the criterion has one. */
    corrects?: string | null;
  }
>;

/** The submitter takes back their own pending submission. */
export type WithdrawSubmission = AssessmentCommandOf<'WithdrawSubmission', { submissionId: string }>;

export type ApproveSubmission = AssessmentCommandOf<
  'ApproveSubmission',
  { submissionId: string; note?: string | null }
>;

export type RejectSubmission = AssessmentCommandOf<'RejectSubmission', { submissionId: string; reason: string }>;

export type FinalizeReport = AssessmentCommandOf<'FinalizeReport', Record<string, never>>;

export type ReopenReport = AssessmentCommandOf<'ReopenReport', { reason: string }>;

export type AssessmentCommand =
  | SubmitFigures
  | DeclareNotApplicable
  | WithdrawSubmission
  | ApproveSubmission
  | RejectSubmission
  | FinalizeReport
  | ReopenReport;

export type AssessmentCommandType = AssessmentCommand['type'];
