import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import { AssessmentCommandExecutor } from './assessment-command.executor';
import { submissionAccepted } from './command-responses';
import { ApproveSubmissionCommand } from './approve-submission.command';

@CommandHandler(ApproveSubmissionCommand)
export class ApproveSubmissionHandler implements ICommandHandler<ApproveSubmissionCommand, SubmissionAcceptedResponse> {
  constructor(private readonly executor: AssessmentCommandExecutor) {}

  async execute(command: ApproveSubmissionCommand): Promise<SubmissionAcceptedResponse> {
    const { unit, period, submissionId, body, envelope } = command;
    const outcome = await this.executor.execute({
      unit,
      period,
      envelope,
      criterionOf: (state) => state.submissions[submissionId]?.criterion ?? null,
      build: ({ facts }) => ({
        type: 'ApproveSubmission',
        metadata: envelope,
        assessment: facts.assessment,
        data: { submissionId, note: body.note ?? null },
      }),
    });
    return submissionAccepted(outcome, envelope, submissionId, 'approved');
  }
}
