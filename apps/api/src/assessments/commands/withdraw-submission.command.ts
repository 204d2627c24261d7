import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';

/** The submitter takes back their own pending submission before it is reviewed. */
export class WithdrawSubmissionCommand extends Command<SubmissionAcceptedResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly submissionId: string,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
