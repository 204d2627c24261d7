import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import { AssessmentCommandExecutor } from './assessment-command.executor';
import { submissionAccepted } from './command-responses';
import { RejectSubmissionCommand } from './reject-submission.command';

@CommandHandler(RejectSubmissionCommand)
export class RejectSubmissionHandler implements ICommandHandler<RejectSubmissionCommand, SubmissionAcceptedResponse> {
  constructor(private readonly executor: AssessmentCommandExecutor) {}

  async execute(command: RejectSubmissionCommand): Promise<SubmissionAcceptedResponse> {
    const { unit, period, submissionId, body, envelope } = command;
    const outcome = await this.executor.execute({
      unit,
      period,
      envelope,
      criterionOf: (state) => state.submissions[submissionId]?.criterion ?? null,
      build: ({ facts }) => ({
        type: 'RejectSubmission',
        metadata: envelope,
        assessment: facts.assessment,
        data: { submissionId, reason: body.reason },
      }),
    });
    return submissionAccepted(outcome, envelope, submissionId, 'rejected');
  }
}
