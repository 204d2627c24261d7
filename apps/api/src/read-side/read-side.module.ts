import { Module } from '@nestjs/common';
import { PlatformHttpModule } from '@dti/platform';
import { ReadModelModule, ReadModelQueryError } from '@dti/read-model';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { GetRankingsHandler } from './rankings/get-rankings.handler';
import { RankingsController } from './rankings/rankings.controller';
import { ReadAccess } from './read-access';
import { RenderedJsonCache } from './rendered-json';
import { CompareReportHandler } from './reports/compare-report.handler';
import { GetReportsHandler } from './reports/get-reports.handler';
import { ReportVersionNotFoundError } from './reports/report-version-not-found.error';
import { ReportsController } from './reports/reports.controller';
import { GetRollupHandler } from './rollup/get-rollup.handler';
import { RollupController } from './rollup/rollup.controller';
import { CheckScorecardHandler } from './scorecards/check-scorecard.handler';
import { GetScorecardHandler } from './scorecards/get-scorecard.handler';
import { ScorecardsController } from './scorecards/scorecards.controller';
import { GetSeriesHandler } from './series/get-series.handler';
import { SeriesController } from './series/series.controller';
import { GetTimelineHandler } from './timeline/get-timeline.handler';
import { TimelineController } from './timeline/timeline.controller';

/**
 * The read side over HTTP: one folder per read model (controller → QueryBus → handler → the read
 * model's query functions on the API's TypeORM connection). Scores come from the projection; `asOf`
 * scorecards and the projection check replay the event store. Units are looked up in the event store
 * (see ReadAccess).
 */
@Module({
  imports: [
    CommandHandlingModule,
    AssessmentsModule,
    ReadModelModule,
    PlatformHttpModule.forFeature([
      // Inputs are parsed before any query runs; this only guards a query function's own checks.
      { error: ReadModelQueryError, status: 400, code: 'VALIDATION_FAILED' },
      { error: ReportVersionNotFoundError, status: 404 },
    ]),
  ],
  controllers: [
    ScorecardsController,
    RankingsController,
    RollupController,
    SeriesController,
    TimelineController,
    ReportsController,
  ],
  providers: [
    ReadAccess,
    // One per app: the scorecards' answers as rendered, per version of the card.
    { provide: RenderedJsonCache, useFactory: () => new RenderedJsonCache() },
    GetScorecardHandler,
    CheckScorecardHandler,
    GetRankingsHandler,
    GetRollupHandler,
    GetSeriesHandler,
    GetTimelineHandler,
    GetReportsHandler,
    CompareReportHandler,
  ],
})
export class ReadSideModule {}
