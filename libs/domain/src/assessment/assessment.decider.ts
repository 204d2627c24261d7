import { catalogueIndex, getCatalogue, isLeaf } from '@dti/catalogue';
import { scoreCriterion } from '@dti/scoring';
import {
  AlreadyReviewedError,
  AssessmentMismatchError,
  CorrectionRequiredError,
  CriterionNotForBlockError,
  CriterionNotInCatalogueError,
  DuplicateSubmissionIdError,
  InvalidCommandError,
  InvalidCorrectionTargetError,
  NotSubmissionOwnerError,
  PendingSubmissionsRemainError,
  PeriodNotStartedError,
  ReportFinalizedError,
  ReportNotFinalizedError,
  StaleSubmissionError,
  SubmissionNotFoundError,
  SubmissionWithdrawnError,
  UnitNotActiveError,
} from '../domain-errors';
import {
  requirePermission,
  requireReviewOf,
  requireSubmitFor,
  type Actor,
  type Permission,
} from '../accounts/authorization';
import { catalogueIdFor, type CatalogueSchedule } from '../periods/catalogue-schedule';
import { formatQuarter, parseQuarter, quarterStart, type Quarter, type QuarterString } from '../periods/quarter';
import { vietnamDateOf } from '../shared/calendar-date';
import { actorFromEnvelope, occurredAtOf } from '../shared/command-envelope';
import { describeValue, optionalText, requireBoolean, requireId, requireText } from '../shared/command-fields';
import { assertNever, type StreamDecider } from '../shared/decider';
import { requireUnitBlock, type UnitBlock } from '../units/unit-block';
import { parseUnitCode, type UnitCode } from '../units/unit-code';
import type {
  ApproveSubmission,
  AssessmentCommand,
  AssessmentCommandType,
  AssessmentContext,
  DeclareNotApplicable,
  FinalizeReport,
  RejectSubmission,
  ReopenReport,
  SubmitFigures,
  WithdrawSubmission,
} from './assessment.commands';
import { ASSESSMENT_EVENT_VERSIONS, type AssessmentEvent, type OfficialEntry } from './assessment.events';
import { evolveAssessment, foldAssessment } from './assessment.evolve';
import {
  initialAssessmentState,
  type AssessmentEventWithMetadata,
  type AssessmentState,
  type OpenedAssessment,
  type Submission,
} from './assessment.state';
import { compareCriterionCodes, requireCriterionCode, requireInputs } from './criterion-inputs';
import { validateEvidence } from './evidence';

/**
 * The assessment of one unit for one quarter. The first command opens it (AssessmentOpened fixes the
 * catalogue version); then units submit figures or declare a criterion not applicable, reviewers
 * approve or reject the latest pending submission, the report is finalized and, by a lead reviewer
 * only, reopened. Every rule of that workflow is in this file or the authorization rules it calls.
 */

/** The permission each command needs, for the API's route declarations (`rolesWith(...)`). */
export const PERMISSION_OF_ASSESSMENT_COMMAND: Readonly<Record<AssessmentCommandType, Permission>> = {
  SubmitFigures: 'assessment:submit',
  DeclareNotApplicable: 'assessment:submit',
  WithdrawSubmission: 'assessment:withdraw',
  ApproveSubmission: 'assessment:review',
  RejectSubmission: 'assessment:review',
  FinalizeReport: 'assessment:finalize',
  ReopenReport: 'assessment:reopen',
};

/** The catalogue version an assessment uses: the one it opened with, else the one in force for its period. */
export function catalogueIdForAssessment(
  state: AssessmentState,
  period: Quarter | string,
  schedule?: CatalogueSchedule,
): string {
  return state.status === 'not_opened' ? catalogueIdFor(period, schedule) : state.catalogueId;
}

interface CheckedContext {
  unit: UnitCode;
  period: QuarterString;
  quarter: Quarter;
  unitBlock: UnitBlock;
  unitActive: boolean;
  catalogueId: string;
}

function checkContext(context: AssessmentContext): CheckedContext {
  if (typeof context !== 'object' || context === null) {
    throw InvalidCommandError.because(
      'assessment',
      `expected the assessment's unit, period and facts, got ${describeValue(context)}`,
    );
  }
  const quarter = parseQuarter(context.period);
  const catalogueId = requireText('assessment.catalogueId', context.catalogueId, 64).toLowerCase();
  return {
    unit: parseUnitCode(context.unit),
    period: formatQuarter(quarter),
    quarter,
    unitBlock: requireUnitBlock('assessment.unitBlock', context.unitBlock),
    unitActive: requireBoolean('assessment.unitActive', context.unitActive),
    catalogueId,
  };
}

/** The facts the handler computed must be about this very assessment and its catalogue version. */
function requireSameAssessment(state: OpenedAssessment, context: CheckedContext): void {
  if (state.unit !== context.unit) throw AssessmentMismatchError.because('unit', state.unit, context.unit);
  if (state.period !== context.period) throw AssessmentMismatchError.because('period', state.period, context.period);
  if (state.unitBlock !== context.unitBlock) {
    throw AssessmentMismatchError.because('unitBlock', state.unitBlock, context.unitBlock);
  }
  if (state.catalogueId !== context.catalogueId) {
    throw AssessmentMismatchError.because('catalogueId', state.catalogueId, context.catalogueId);
  }
}

function authorize(command: AssessmentCommand, actor: Actor, unit: UnitCode): void {
  const permission = PERMISSION_OF_ASSESSMENT_COMMAND[command.type];
  if (permission === 'assessment:submit' || permission === 'assessment:withdraw') {
    requirePermission(actor, permission);
    requireSubmitFor(actor, unit);
  } else {
    requirePermission(actor, permission);
  }
}

export function decideAssessment(command: AssessmentCommand, state: AssessmentState): AssessmentEvent[] {
  const actor = actorFromEnvelope(command.metadata);
  const context = checkContext(command.assessment);
  if (state.status !== 'not_opened' && state.handledCommandIds.includes(command.metadata.commandId)) {
    // A retry of a command already applied: its events are stored; nothing new to decide.
    return [];
  }
  authorize(command, actor, context.unit);
  // Figures the scoring engine cannot score are refused after who may report (403 before 400).
  if (command.type === 'SubmitFigures') requireScorableFigures(command, context);
  if (state.status !== 'not_opened') requireSameAssessment(state, context);
  if (!context.unitActive) throw UnitNotActiveError.because(context.unit, context.period);
  if (state.status === 'finalized' && command.type !== 'ReopenReport') {
    throw ReportFinalizedError.because(state.unit, state.period, state.version);
  }

  const opening: AssessmentEvent[] =
    state.status === 'not_opened'
      ? [
          {
            type: 'AssessmentOpened',
            data: {
              unit: context.unit,
              unitBlock: context.unitBlock,
              period: context.period,
              catalogueId: context.catalogueId,
            },
          },
        ]
      : [];
  const opened = opening.reduce<AssessmentState>((s, e) => evolveAssessment(s, e), state);
  // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, folding AssessmentOpened always opens (the guard narrows the type)
  if (opened.status === 'not_opened') throw new TypeError('AssessmentOpened did not open the assessment');
  return [...opening, ...decideOnOpened(command, opened, actor, context)];
}

/** What every command on an opened assessment is decided with. */
interface Decision<TCommand extends AssessmentCommand> {
  command: TCommand;
  state: OpenedAssessment;
  actor: Actor;
  context: CheckedContext;
  /** When the command was accepted. */
  at: string;
  /** The assessment every event names. */
  ref: Pick<OpenedAssessment, 'unit' | 'period' | 'catalogueId'>;
}

/** One small function per command; a command type without one fails to compile (assertNever). */
function decideOnOpened(
  command: AssessmentCommand,
  state: OpenedAssessment,
  actor: Actor,
  context: CheckedContext,
): AssessmentEvent[] {
  const common = {
    state,
    actor,
    context,
    at: command.metadata.occurredAt,
    ref: { unit: state.unit, period: state.period, catalogueId: state.catalogueId },
  };
  switch (command.type) {
    case 'SubmitFigures':
      return submitFigures({ ...common, command });
    case 'DeclareNotApplicable':
      return declareNotApplicable({ ...common, command });
    case 'WithdrawSubmission':
      return withdrawSubmission({ ...common, command });
    case 'ApproveSubmission':
      return approveSubmission({ ...common, command });
    case 'RejectSubmission':
      return rejectSubmission({ ...common, command });
    case 'FinalizeReport':
      return finalizeReport({ ...common, command });
    case 'ReopenReport':
      return reopenReport({ ...common, command });
    // Stryker disable next-line all: unreachable, authorize() refuses a command type without a permission first
    default:
      // Stryker disable next-line all: unreachable, as above
      return assertNever(command, 'assessment command');
  }
}

/**
 * Figures for a scored criterion of the catalogue version that applies to the unit's block must be
 * scorable: the scoring engine scores them against the criterion's inputs and throws its ScoringError
 * naming the input when it cannot. A criterion that is not one of those is refused by `checkSubmission`.
 */
function requireScorableFigures(command: SubmitFigures, context: CheckedContext): void {
  const catalogue = getCatalogue(context.catalogueId);
  const entry = catalogueIndex(catalogue).get(command.data.criterion);
  if (entry === undefined || !isLeaf(entry.node) || !entry.appliesTo.includes(context.unitBlock)) return;
  scoreCriterion(catalogue, command.data.criterion, command.data.inputs);
}

/** A submitter reports figures; once the criterion has an approved value, only as a correction with a reason. */
function submitFigures({ state, actor, context, at, ref, command }: Decision<SubmitFigures>): AssessmentEvent[] {
  const submission = checkSubmission(command, state, context);
  const inputs = requireInputs('inputs', command.data.inputs);
  const corrects = command.data.corrects ?? null;
  const reason = optionalText('reason', command.data.reason, 2000);
  if (corrects !== null && reason === null) {
    throw InvalidCommandError.because('reason', 'a correction must say why it corrects the approved value');
  }
  if (corrects === null && reason !== null) {
    throw InvalidCommandError.because(
      'reason',
      'a reason goes with a correction: name the corrected submission in "corrects"',
    );
  }
  const target = checkCorrectionTarget(state, submission.criterion, corrects);
  const data = {
    ...ref,
    criterion: submission.criterion,
    submissionId: submission.submissionId,
    inputs,
    evidence: submission.evidence,
    submittedBy: actor.username,
    submittedAt: at,
    supersedes: submission.supersedes,
  };
  // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, target and reason are null together (a reason goes with a correction and only with one, checked above)
  return target === null || reason === null
    ? [{ type: 'CriterionSubmitted', data }]
    : [{ type: 'CorrectionSubmitted', data: { ...data, corrects: target, reason } }];
}

/** A submitter says the criterion does not apply to their unit, and why; reviewed like figures. */
function declareNotApplicable({
  state,
  actor,
  context,
  at,
  ref,
  command,
}: Decision<DeclareNotApplicable>): AssessmentEvent[] {
  const submission = checkSubmission(command, state, context);
  const reason = requireText('reason', command.data.reason, 2000);
  const corrects = checkCorrectionTarget(state, submission.criterion, command.data.corrects ?? null);
  return [
    {
      type: 'NotApplicableDeclared',
      data: {
        ...ref,
        criterion: submission.criterion,
        submissionId: submission.submissionId,
        reason,
        evidence: submission.evidence,
        submittedBy: actor.username,
        submittedAt: at,
        supersedes: submission.supersedes,
        corrects,
      },
    },
  ];
}

/** The submitter takes back their own pending submission. */
function withdrawSubmission({ state, actor, at, ref, command }: Decision<WithdrawSubmission>): AssessmentEvent[] {
  const submission = requirePending(state, requireId('submissionId', command.data.submissionId));
  if (submission.submittedBy !== actor.username) {
    throw NotSubmissionOwnerError.because(actor.username, submission.submissionId, submission.submittedBy);
  }
  return [
    {
      type: 'SubmissionWithdrawn',
      data: {
        ...ref,
        criterion: submission.criterion,
        submissionId: submission.submissionId,
        withdrawnBy: actor.username,
        withdrawnAt: at,
      },
    },
  ];
}

/** A reviewer (never the submitter) accepts the latest pending submission: it becomes the official value. */
function approveSubmission({ state, actor, at, ref, command }: Decision<ApproveSubmission>): AssessmentEvent[] {
  const submission = requirePending(state, requireId('submissionId', command.data.submissionId));
  requireReviewOf(actor, submission);
  const note = optionalText('note', command.data.note, 2000);
  // Stryker disable next-line OptionalChaining: equivalent, a pending submission's criterion always has its record
  const official = state.criteria[submission.criterion]?.official ?? null;
  return [
    {
      type: 'SubmissionApproved',
      data: {
        ...ref,
        criterion: submission.criterion,
        submissionId: submission.submissionId,
        submittedBy: submission.submittedBy,
        reviewer: actor.username,
        reviewedAt: at,
        note,
        kind: submission.kind,
        inputs: submission.inputs,
        notApplicableReason: submission.notApplicableReason,
        replaces: official === null ? null : official.submissionId,
      },
    },
  ];
}

/** A reviewer (never the submitter) returns the latest pending submission, saying why. */
function rejectSubmission({ state, actor, at, ref, command }: Decision<RejectSubmission>): AssessmentEvent[] {
  const submission = requirePending(state, requireId('submissionId', command.data.submissionId));
  requireReviewOf(actor, submission);
  const reason = requireText('reason', command.data.reason, 2000);
  return [
    {
      type: 'SubmissionRejected',
      data: {
        ...ref,
        criterion: submission.criterion,
        submissionId: submission.submissionId,
        submittedBy: submission.submittedBy,
        reviewer: actor.username,
        reviewedAt: at,
        reason,
      },
    },
  ];
}

/** Closes the report with every official value, once nothing awaits review. */
function finalizeReport({ state, actor, at, ref }: Decision<FinalizeReport>): AssessmentEvent[] {
  const criteria = Object.values(state.criteria);
  const waiting = criteria
    .filter((r) => r.pending !== null)
    .map((r) => r.criterion)
    .sort(compareCriterionCodes);
  if (waiting.length > 0) throw PendingSubmissionsRemainError.because(state.unit, state.period, waiting);
  const official: OfficialEntry[] = criteria
    .sort((a, b) => compareCriterionCodes(a.criterion, b.criterion))
    .flatMap(({ criterion, official: value }): OfficialEntry[] => {
      if (value === null) return [];
      const { submissionId, kind } = value;
      return value.kind === 'figures'
        ? [{ criterion, submissionId, kind, inputs: value.inputs, notApplicableReason: null }]
        : [{ criterion, submissionId, kind, inputs: null, notApplicableReason: value.reason }];
    });
  return [
    {
      type: 'ReportFinalized',
      data: { ...ref, version: state.version + 1, finalizedBy: actor.username, finalizedAt: at, official },
    },
  ];
}

/** A lead reviewer reopens a finalized report, saying why. */
function reopenReport({ state, actor, at, ref, command }: Decision<ReopenReport>): AssessmentEvent[] {
  const reason = requireText('reason', command.data.reason, 2000);
  if (state.status !== 'finalized') throw ReportNotFinalizedError.because(state.unit, state.period);
  return [
    {
      type: 'ReportReopened',
      data: { ...ref, version: state.version, reopenedBy: actor.username, reopenedAt: at, reason },
    },
  ];
}

/** What SubmitFigures and DeclareNotApplicable share: ids, criterion facts, evidence, timing. */
function checkSubmission(
  command: SubmitFigures | DeclareNotApplicable,
  state: OpenedAssessment,
  context: CheckedContext,
): {
  submissionId: string;
  criterion: string;
  evidence: ReturnType<typeof validateEvidence>;
  supersedes: string | null;
} {
  const submissionId = requireId('submissionId', command.data.submissionId);
  const criterion = requireCriterionCode('criterion', command.data.criterion);
  const occurredAt = occurredAtOf(command.metadata);
  const evidence = validateEvidence('evidence', command.data.evidence, vietnamDateOf(occurredAt));
  if (!requireBoolean('criterionExists', command.data.criterionExists)) {
    throw CriterionNotInCatalogueError.because(criterion, state.catalogueId);
  }
  if (!requireBoolean('criterionAppliesToBlock', command.data.criterionAppliesToBlock)) {
    throw CriterionNotForBlockError.because(criterion, state.unitBlock);
  }
  const start = quarterStart(context.quarter);
  if (occurredAt.getTime() < start.getTime()) throw PeriodNotStartedError.because(state.period, start.toISOString());
  if (state.submissions[submissionId] !== undefined) throw DuplicateSubmissionIdError.because(submissionId);
  return { submissionId, criterion, evidence, supersedes: state.criteria[criterion]?.pending ?? null };
}

/**
 * Once a criterion has an approved value, a new value is a correction naming it (with a reason); the
 * approved value stays official until the correction is approved. Without one, there is nothing to correct.
 */
function checkCorrectionTarget(state: OpenedAssessment, criterion: string, corrects: unknown): string | null {
  const official = state.criteria[criterion]?.official ?? null;
  // Stryker disable next-line ConditionalExpression: equivalent, both callers pass `corrects ?? null`
  if (corrects === null || corrects === undefined) {
    if (official !== null) throw CorrectionRequiredError.because(criterion, official.submissionId);
    return null;
  }
  const id = requireId('corrects', corrects);
  const target = state.submissions[id];
  if (target === undefined) throw SubmissionNotFoundError.because(id, `${state.unit} ${state.period}`);
  if (target.criterion !== criterion) {
    throw InvalidCorrectionTargetError.because(id, criterion, `it belongs to criterion ${target.criterion}`);
  }
  if (target.status !== 'approved') {
    throw InvalidCorrectionTargetError.because(
      id,
      criterion,
      `only an approved value can be corrected; this one is ${target.status}`,
    );
  }
  // Stryker disable next-line ConditionalExpression: equivalent, an approved submission of this criterion makes its official value non-null (only ever replaced)
  if (official === null || official.submissionId !== id) {
    throw InvalidCorrectionTargetError.because(
      id,
      criterion,
      // Stryker disable next-line LogicalOperator,OptionalChaining,StringLiteral: the official value is never null here (see above), so '—' is unreachable; the text is asserted by the fields spec
      `it is no longer the official value; correct ${official?.submissionId ?? '—'} instead`,
    );
  }
  return id;
}

/** Only the latest pending submission of a criterion can be reviewed or withdrawn. */
function requirePending(state: OpenedAssessment, submissionId: string): Submission {
  const submission = state.submissions[submissionId];
  if (submission === undefined) throw SubmissionNotFoundError.because(submissionId, `${state.unit} ${state.period}`);
  switch (submission.status) {
    case 'pending':
      break;
    case 'superseded':
      throw StaleSubmissionError.because(
        submissionId,
        submission.criterion,
        // Stryker disable next-line OptionalChaining: equivalent, a submission's criterion always has its record
        state.criteria[submission.criterion]?.pending ?? null,
      );
    case 'approved':
    case 'rejected':
      throw AlreadyReviewedError.because(submissionId, submission.status);
    case 'withdrawn':
      throw SubmissionWithdrawnError.because(submissionId);
    default:
      return assertNever(submission.status, 'submission status');
  }
  // Stryker disable next-line OptionalChaining: equivalent, a submission's criterion always has its record
  const latest = state.criteria[submission.criterion]?.pending ?? null;
  // Stryker disable next-line ConditionalExpression: equivalent, a pending submission is its criterion's latest (a newer one marks it superseded)
  if (latest !== submissionId) throw StaleSubmissionError.because(submissionId, submission.criterion, latest);
  return submission;
}

/** The assessment aggregate: its one decide, its one fold (AssessmentFolder), its event versions. */
export const assessmentDecider: StreamDecider<AssessmentCommand, AssessmentEventWithMetadata, AssessmentState> = {
  decide: decideAssessment,
  evolve: evolveAssessment,
  fold: (events, state) => foldAssessment(events, state),
  initialState: initialAssessmentState,
  eventVersions: ASSESSMENT_EVENT_VERSIONS,
};
