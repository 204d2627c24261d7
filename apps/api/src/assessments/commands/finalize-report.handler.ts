import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReportAcceptedResponse } from '../dto/command-accepted.response';
import { AssessmentCommandExecutor } from './assessment-command.executor';
import { reportAccepted } from './command-responses';
import { FinalizeReportCommand } from './finalize-report.command';

@CommandHandler(FinalizeReportCommand)
export class FinalizeReportHandler implements ICommandHandler<FinalizeReportCommand, ReportAcceptedResponse> {
  constructor(private readonly executor: AssessmentCommandExecutor) {}

  async execute(command: FinalizeReportCommand): Promise<ReportAcceptedResponse> {
    const { unit, period, envelope } = command;
    const outcome = await this.executor.execute({
      unit,
      period,
      envelope,
      build: ({ facts }) => ({ type: 'FinalizeReport', metadata: envelope, assessment: facts.assessment, data: {} }),
    });
    return reportAccepted(outcome, envelope, 'finalized');
  }
}
