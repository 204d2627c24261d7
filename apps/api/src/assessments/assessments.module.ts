import { Module } from '@nestjs/common';
import { PlatformHttpModule } from '@dti/platform';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { AssessmentCommandsController } from './assessment-commands.controller';
import { AssessmentQueriesController } from './assessment-queries.controller';
import { ApproveSubmissionHandler } from './commands/approve-submission.handler';
import { AssessmentCommandExecutor } from './commands/assessment-command.executor';
import { DeclareNotApplicableHandler } from './commands/declare-not-applicable.handler';
import { FinalizeReportHandler } from './commands/finalize-report.handler';
import { RejectSubmissionHandler } from './commands/reject-submission.handler';
import { ReopenReportHandler } from './commands/reopen-report.handler';
import { SubmitFiguresHandler } from './commands/submit-figures.handler';
import { WithdrawSubmissionHandler } from './commands/withdraw-submission.handler';
import { CriterionConflictError } from './errors/criterion-conflict.error';
import { GetAssessmentHandler } from './queries/get-assessment.handler';
import { AssessmentStreamReader } from './streams/assessment-stream.reader';

/** The assessment workflow over HTTP: commands through the CommandBus, reads through the QueryBus. */
@Module({
  imports: [
    CommandHandlingModule,
    EvidenceModule,
    PlatformHttpModule.forFeature([
      { error: CriterionConflictError, status: (error) => (error as CriterionConflictError).status },
    ]),
  ],
  controllers: [AssessmentCommandsController, AssessmentQueriesController],
  providers: [
    AssessmentStreamReader,
    AssessmentCommandExecutor,
    SubmitFiguresHandler,
    DeclareNotApplicableHandler,
    ApproveSubmissionHandler,
    RejectSubmissionHandler,
    WithdrawSubmissionHandler,
    FinalizeReportHandler,
    ReopenReportHandler,
    GetAssessmentHandler,
  ],
  exports: [AssessmentStreamReader],
})
export class AssessmentsModule {}
