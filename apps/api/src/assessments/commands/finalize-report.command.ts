import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { ReportAcceptedResponse } from '../dto/command-accepted.response';

/** The report is closed with every official value: nothing more is accepted until a lead reviewer reopens it. */
export class FinalizeReportCommand extends Command<ReportAcceptedResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
