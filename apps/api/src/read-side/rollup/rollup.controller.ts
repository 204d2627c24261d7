import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith } from '@dti/domain';
import { Roles } from '../../auth';
import { ApiReadProblems } from '../api-read-problems.decorator';
import { readPeriod } from '../read-inputs';
import { PeriodParams } from '../read-route.params';
import { GetRollupQuery } from './get-rollup.query';
import { RollupQueryDto } from './rollup.request';
import { RollupResponse } from './rollup.response';

@ApiTags('rollup')
@Controller('rollup')
export class RollupController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':period')
  @ApiReadProblems(400)
  // Province-wide aggregates name no unit's details: every role, submitters included.
  @Roles(...rolesWith('ranking:read'))
  @ApiOperation({
    summary: 'The province roll-up of a quarter (tổng hợp toàn tỉnh)',
    description:
      'Per criterion, the ratio of the SUMS of the units’ numerators and denominators (never the mean of their ' +
      'points), with how many units were scored, not applicable or not reported; and per scope (province, ' +
      'department block, district block) the mean, range, standard deviation and pooled percentage of the ' +
      'units’ total and group scores. Over the units that existed in the quarter. Empty lists while nothing ' +
      'is projected for the quarter.',
  })
  @ApiOkResponse({ type: RollupResponse })
  read(@Param() params: PeriodParams, @Query() query: RollupQueryDto): Promise<RollupResponse> {
    return this.queries.execute(new GetRollupQuery(readPeriod(params.period), query.block ?? null));
  }
}
