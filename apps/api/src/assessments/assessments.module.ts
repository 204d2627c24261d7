import { Module } from '@nestjs/common';
import { PlatformHttpModule } from '@dti/platform';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { AssessmentCommands } from './assessment-commands';
import { AssessmentCommandsController } from './assessment-commands.controller';
import { AssessmentQueriesController } from './assessment-queries.controller';
import { CriterionConflictError } from './errors/criterion-conflict.error';
import { GetAssessmentHandler } from './queries/get-assessment.handler';
import { GetCriterionHistoryHandler } from './queries/get-criterion-history.handler';

/** The assessment workflow over HTTP: commands through AssessmentCommands (handleCommand), reads through the QueryBus. */
@Module({
  imports: [
    CommandHandlingModule,
    EvidenceModule,
    PlatformHttpModule.forFeature([
      { error: CriterionConflictError, status: (error) => (error as CriterionConflictError).status },
    ]),
  ],
  controllers: [AssessmentCommandsController, AssessmentQueriesController],
  providers: [AssessmentCommands, GetAssessmentHandler, GetCriterionHistoryHandler],
})
export class AssessmentsModule {}
