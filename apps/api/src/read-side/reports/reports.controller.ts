import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { CurrentActor, Roles } from '../../auth';
import { ApiReadProblems } from '../api-read-problems.decorator';
import { readPeriod, readUnit } from '../read-inputs';
import { UnitPeriodParams } from '../read-route.params';
import { CompareReportQuery } from './compare-report.query';
import { GetReportsQuery } from './get-reports.query';
import { CompareReportQueryDto } from './reports.request';
import { ReportComparisonResponse, ReportsResponse } from './reports.response';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':unit/:period')
  @ApiReadProblems(400, 404)
  @Roles(...rolesWith('assessment:read'))
  @ApiOperation({
    summary: 'A unit’s published quarterly reports (báo cáo đã công bố)',
    description:
      'Every published version of the report, oldest first, each with the scorecard exactly as finalized ' +
      '(built from the ReportFinalized event alone, so later corrections never change it) and the global ' +
      'position it was built from; `versions` is empty until the report is first finalized. Submitters read ' +
      'their own unit only (403 NOT_OWN_UNIT).',
  })
  @ApiOkResponse({ type: ReportsResponse })
  list(@Param() params: UnitPeriodParams, @CurrentActor() actor: Actor): Promise<ReportsResponse> {
    return this.queries.execute(new GetReportsQuery(readUnit(params.unit), readPeriod(params.period), actor));
  }

  @Get(':unit/:period/compare')
  @ApiReadProblems(400, 404)
  @Roles(...rolesWith('assessment:read'))
  @ApiOperation({
    summary: 'A published report against the scores as they stand now (so sánh)',
    description:
      'The latest published version (or `version`) against the projection now: the total, groups and ' +
      'criteria whose points, maximum or status changed — e.g. a correction approved after publication — with ' +
      'the difference. `published: null` when the report was never published. Submitters read their own unit ' +
      'only (403 NOT_OWN_UNIT).',
  })
  @ApiOkResponse({ type: ReportComparisonResponse })
  compare(
    @Param() params: UnitPeriodParams,
    @Query() query: CompareReportQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReportComparisonResponse> {
    return this.queries.execute(
      new CompareReportQuery(readUnit(params.unit), readPeriod(params.period), query.version ?? null, actor),
    );
  }
}
