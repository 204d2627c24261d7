import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReportAcceptedResponse } from '../dto/command-accepted.response';
import { AssessmentCommandExecutor } from './assessment-command.executor';
import { reportAccepted } from './command-responses';
import { ReopenReportCommand } from './reopen-report.command';

@CommandHandler(ReopenReportCommand)
export class ReopenReportHandler implements ICommandHandler<ReopenReportCommand, ReportAcceptedResponse> {
  constructor(private readonly executor: AssessmentCommandExecutor) {}

  async execute(command: ReopenReportCommand): Promise<ReportAcceptedResponse> {
    const { unit, period, body, envelope } = command;
    const outcome = await this.executor.execute({
      unit,
      period,
      envelope,
      build: ({ facts }) => ({
        type: 'ReopenReport',
        metadata: envelope,
        assessment: facts.assessment,
        data: { reason: body.reason },
      }),
    });
    return reportAccepted(outcome, envelope, 'reopened');
  }
}
