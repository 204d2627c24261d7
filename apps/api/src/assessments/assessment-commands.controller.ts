import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  PERMISSION_OF_ASSESSMENT_COMMAND,
  rolesWith,
  uuidV5,
  type AssessmentCommandDraft,
  type CommandEnvelope,
  type CriterionInputs,
} from '@dti/domain';
import { Roles } from '../auth/roles.decorator';
import { Envelope } from '../command-handling/envelope.decorator';
import { ApiProblems } from './api-problems.decorator';
import { AssessmentCommands } from './assessment-commands';
import { reportAccepted, submissionAccepted } from './commands/command-responses';
import { AssessmentParams, CriterionParams, SubmissionParams } from './dto/assessment-route.params';
import { ReportAcceptedResponse, SubmissionAcceptedResponse } from './dto/command-accepted.response';
import { DeclareNotApplicableDto } from './dto/declare-not-applicable.dto';
import { ApproveSubmissionDto, RejectSubmissionDto, ReopenReportDto } from './dto/review.dto';
import { SubmitFiguresDto } from './dto/submit-figures.dto';

/** Who may send each command is the domain's rule (PERMISSION_OF_ASSESSMENT_COMMAND); routes only declare it. */
const rolesFor = (command: keyof typeof PERMISSION_OF_ASSESSMENT_COMMAND) =>
  rolesWith(PERMISSION_OF_ASSESSMENT_COMMAND[command]);

/**
 * A new submission's id, derived from the command id: a retried request (same Idempotency-Key, hence
 * same command id) names the same submission, so the domain recognises it instead of storing a second.
 */
export function submissionIdFor(commandId: string): string {
  return `sub-${uuidV5(`submission\n${commandId}`)}`;
}

/**
 * The workflow of one unit's quarterly report: submit figures or declare a criterion not applicable,
 * review (approve / reject) the latest pending submission, withdraw one's own, finalize and reopen.
 * Every command accepts an Idempotency-Key. A route maps its request to the domain's command and hands it
 * to AssessmentCommands (read, decide, append); the domain decides.
 */
@ApiTags('assessments')
@Controller('assessments')
export class AssessmentCommandsController {
  constructor(private readonly assessments: AssessmentCommands) {}

  @Post(':unit/:period/criteria/:criterion/submissions')
  @HttpCode(HttpStatus.CREATED)
  @ApiProblems(400, 403, 404, 409, 422)
  @Roles(...rolesFor('SubmitFigures'))
  @ApiOperation({
    summary: 'Submit figures for a criterion (gửi số liệu)',
    description:
      'A submitter reports the figures of one criterion for their own unit and quarter. The scoring engine checks ' +
      'them against the criterion’s inputs in the catalogue version of the assessment (fixed when it opened). Once ' +
      'the criterion has an approved value, a new value is a correction: name it in `corrects` and say why in ' +
      '`reason`; the approved value stays official until the correction is approved. A newer submission replaces ' +
      '(supersedes) a pending one.',
  })
  @ApiCreatedResponse({ type: SubmissionAcceptedResponse })
  async submitFigures(
    @Param() params: CriterionParams,
    @Body() body: SubmitFiguresDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<SubmissionAcceptedResponse> {
    const submissionId = submissionIdFor(envelope.commandId);
    const data = {
      submissionId,
      criterion: params.criterion,
      // Plain JSON as sent: the scoring engine and the decider check them.
      inputs: body.inputs as CriterionInputs,
      evidence: body.evidence ?? [],
      corrects: body.corrects ?? null,
      reason: body.reason ?? null,
    };
    return this.submission(params, { type: 'SubmitFigures', data }, envelope, 'pending');
  }

  @Post(':unit/:period/criteria/:criterion/not-applicable')
  @HttpCode(HttpStatus.CREATED)
  @ApiProblems(400, 403, 404, 409, 422)
  @Roles(...rolesFor('DeclareNotApplicable'))
  @ApiOperation({
    summary: 'Declare a criterion not applicable (không áp dụng)',
    description:
      'A submitter says the criterion does not apply to their unit, and why. Reviewed like figures; once approved ' +
      'the criterion counts neither points nor maximum.',
  })
  @ApiCreatedResponse({ type: SubmissionAcceptedResponse })
  async declareNotApplicable(
    @Param() params: CriterionParams,
    @Body() body: DeclareNotApplicableDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<SubmissionAcceptedResponse> {
    const submissionId = submissionIdFor(envelope.commandId);
    const data = {
      submissionId,
      criterion: params.criterion,
      reason: body.reason,
      evidence: body.evidence ?? [],
      corrects: body.corrects ?? null,
    };
    return this.submission(params, { type: 'DeclareNotApplicable', data }, envelope, 'pending');
  }

  @Post(':unit/:period/submissions/:submissionId/approve')
  @HttpCode(HttpStatus.OK)
  @ApiProblems(400, 403, 404, 409, 422)
  @Roles(...rolesFor('ApproveSubmission'))
  @ApiOperation({
    summary: 'Approve a submission (duyệt)',
    description:
      'Only the latest pending submission of a criterion can be reviewed (a superseded one answers 409 ' +
      'STALE_SUBMISSION), and never by the account that submitted it (403 SEPARATION_OF_DUTIES). The approved ' +
      'value becomes official.',
  })
  @ApiOkResponse({ type: SubmissionAcceptedResponse })
  async approve(
    @Param() params: SubmissionParams,
    @Body() body: ApproveSubmissionDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<SubmissionAcceptedResponse> {
    const data = { submissionId: params.submissionId, note: body.note ?? null };
    return this.submission(params, { type: 'ApproveSubmission', data }, envelope, 'approved');
  }

  @Post(':unit/:period/submissions/:submissionId/reject')
  @HttpCode(HttpStatus.OK)
  @ApiProblems(400, 403, 404, 409, 422)
  @Roles(...rolesFor('RejectSubmission'))
  @ApiOperation({
    summary: 'Reject a submission (trả lại)',
    description: 'Same rules as approving; the reason is required and shown to the submitter.',
  })
  @ApiOkResponse({ type: SubmissionAcceptedResponse })
  async reject(
    @Param() params: SubmissionParams,
    @Body() body: RejectSubmissionDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<SubmissionAcceptedResponse> {
    const data = { submissionId: params.submissionId, reason: body.reason };
    return this.submission(params, { type: 'RejectSubmission', data }, envelope, 'rejected');
  }

  @Post(':unit/:period/submissions/:submissionId/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiProblems(400, 403, 404, 409, 422)
  @Roles(...rolesFor('WithdrawSubmission'))
  @ApiOperation({
    summary: 'Withdraw one’s own pending submission (rút báo cáo)',
    description: 'Only the account that submitted it, before it is reviewed.',
  })
  @ApiOkResponse({ type: SubmissionAcceptedResponse })
  async withdraw(
    @Param() params: SubmissionParams,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<SubmissionAcceptedResponse> {
    const data = { submissionId: params.submissionId };
    return this.submission(params, { type: 'WithdrawSubmission', data }, envelope, 'withdrawn');
  }

  @Post(':unit/:period/finalize')
  @HttpCode(HttpStatus.OK)
  @ApiProblems(400, 403, 404, 409, 422)
  @Roles(...rolesFor('FinalizeReport'))
  @ApiOperation({
    summary: 'Finalize the quarter’s report (chốt báo cáo)',
    description:
      'Closes the report with every official value (409 PENDING_SUBMISSIONS_REMAIN while any submission awaits ' +
      'review). Nothing more is accepted until a lead reviewer reopens it.',
  })
  @ApiOkResponse({ type: ReportAcceptedResponse })
  async finalize(
    @Param() params: AssessmentParams,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<ReportAcceptedResponse> {
    const draft = { type: 'FinalizeReport', data: {} } as const;
    return reportAccepted(
      await this.assessments.handle(params.unit, params.period, draft, envelope),
      envelope,
      'finalized',
    );
  }

  @Post(':unit/:period/reopen')
  @HttpCode(HttpStatus.OK)
  @ApiProblems(400, 403, 404, 409, 422)
  @Roles(...rolesFor('ReopenReport'))
  @ApiOperation({
    summary: 'Reopen a finalized report (mở lại báo cáo)',
    description: 'Lead reviewers only, with a reason; submissions and reviews are accepted again.',
  })
  @ApiOkResponse({ type: ReportAcceptedResponse })
  async reopen(
    @Param() params: AssessmentParams,
    @Body() body: ReopenReportDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<ReportAcceptedResponse> {
    const draft = { type: 'ReopenReport', data: { reason: body.reason } } as const;
    return reportAccepted(
      await this.assessments.handle(params.unit, params.period, draft, envelope),
      envelope,
      'reopened',
    );
  }

  /** Runs a command about one submission; answers with the submission's id and the status it now has. */
  private async submission(
    params: AssessmentParams,
    draft: AssessmentCommandDraft & { data: { submissionId: string } },
    envelope: CommandEnvelope,
    status: NonNullable<SubmissionAcceptedResponse['status']>,
  ): Promise<SubmissionAcceptedResponse> {
    const outcome = await this.assessments.handle(params.unit, params.period, draft, envelope);
    return submissionAccepted(outcome, envelope, draft.data.submissionId, status);
  }
}
