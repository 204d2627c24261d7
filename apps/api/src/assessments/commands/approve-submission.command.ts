import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import type { ApproveSubmissionDto } from '../dto/review.dto';

/** A reviewer accepts the latest pending submission of a criterion: it becomes the official value. */
export class ApproveSubmissionCommand extends Command<SubmissionAcceptedResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly submissionId: string,
    readonly body: ApproveSubmissionDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
