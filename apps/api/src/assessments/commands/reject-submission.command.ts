import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import type { RejectSubmissionDto } from '../dto/review.dto';

/** A reviewer refuses the latest pending submission of a criterion, saying why. */
export class RejectSubmissionCommand extends Command<SubmissionAcceptedResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly submissionId: string,
    readonly body: RejectSubmissionDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
