import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import type { DeclareNotApplicableDto } from '../dto/declare-not-applicable.dto';

/** A submitter says the criterion does not apply to their unit; reviewed like figures. */
export class DeclareNotApplicableCommand extends Command<SubmissionAcceptedResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly criterion: string,
    readonly body: DeclareNotApplicableDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
