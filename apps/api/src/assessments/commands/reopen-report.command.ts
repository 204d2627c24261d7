import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { ReportAcceptedResponse } from '../dto/command-accepted.response';
import type { ReopenReportDto } from '../dto/review.dto';

/** A lead reviewer reopens a finalized report, saying why; submissions are accepted again. */
export class ReopenReportCommand extends Command<ReportAcceptedResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly body: ReopenReportDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
