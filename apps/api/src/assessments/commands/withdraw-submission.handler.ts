import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import { AssessmentCommandExecutor } from './assessment-command.executor';
import { submissionAccepted } from './command-responses';
import { WithdrawSubmissionCommand } from './withdraw-submission.command';

@CommandHandler(WithdrawSubmissionCommand)
export class WithdrawSubmissionHandler implements ICommandHandler<
  WithdrawSubmissionCommand,
  SubmissionAcceptedResponse
> {
  constructor(private readonly executor: AssessmentCommandExecutor) {}

  async execute(command: WithdrawSubmissionCommand): Promise<SubmissionAcceptedResponse> {
    const { unit, period, submissionId, envelope } = command;
    const outcome = await this.executor.execute({
      unit,
      period,
      envelope,
      criterionOf: (state) => state.submissions[submissionId]?.criterion ?? null,
      build: ({ facts }) => ({
        type: 'WithdrawSubmission',
        metadata: envelope,
        assessment: facts.assessment,
        data: { submissionId },
      }),
    });
    return submissionAccepted(outcome, envelope, submissionId, 'withdrawn');
  }
}
