import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith } from '@dti/domain';
import { Roles } from '../../auth';
import { ApiReadProblems } from '../api-read-problems.decorator';
import { readPeriod } from '../read-inputs';
import { PeriodParams } from '../read-route.params';
import { GetRankingsQuery } from './get-rankings.query';
import { RankingsQueryDto } from './rankings.request';
import { RankingsResponse } from './rankings.response';

@ApiTags('rankings')
@Controller('rankings')
export class RankingsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':period')
  @ApiReadProblems(400)
  // Rankings are the province's published comparison of units: every role, submitters included.
  @Roles(...rolesWith('ranking:read'))
  @ApiOperation({
    summary: 'A quarter’s rankings by block (xếp hạng)',
    description:
      'The units that existed in the quarter (unit history), ranked within their block on the exact total ' +
      'percentage with competition ranking (ties share a rank, the next rank skips: 1, 1, 3). A unit that ' +
      'reported nothing ranks with 0 of its block’s full maximum. Each unit carries its rank in the previous ' +
      'quarter and the change (positive = moved up). Empty while nothing is projected for the quarter.',
  })
  @ApiOkResponse({ type: RankingsResponse })
  read(@Param() params: PeriodParams, @Query() query: RankingsQueryDto): Promise<RankingsResponse> {
    return this.queries.execute(new GetRankingsQuery(readPeriod(params.period), query.block ?? null));
  }
}
