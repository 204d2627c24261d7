import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { SubmissionAcceptedResponse } from '../dto/command-accepted.response';
import type { SubmitFiguresDto } from '../dto/submit-figures.dto';

/** A submitter reports figures for a criterion (a correction when `corrects` names the approved value). */
export class SubmitFiguresCommand extends Command<SubmissionAcceptedResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly criterion: string,
    readonly body: SubmitFiguresDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
