import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { CurrentActor, Roles } from '../../auth';
import { ApiReadProblems } from '../api-read-problems.decorator';
import { readCriterion, readPeriod, readTimelineBound, readUnit } from '../read-inputs';
import { UnitParams } from '../read-route.params';
import { GetTimelineQuery } from './get-timeline.query';
import { TimelineQueryDto } from './timeline.request';
import { TimelineResponse } from './timeline.response';

const DEFAULT_LIMIT = 1000;

@ApiTags('timeline')
@Controller('timeline')
export class TimelineController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':unit')
  @ApiReadProblems(400, 404)
  @Roles(...rolesWith('assessment:read'))
  @ApiOperation({
    summary: 'Every change to a unit’s scores (dòng thời gian thay đổi)',
    description:
      'The changes to the unit’s official scores (approvals, corrections) and report statuses (opened, ' +
      'finalized, reopened) in the order recorded: who, their role, why, the value before → after, the event id, ' +
      'stream revision, global position and time; and per quarter and criterion the net difference over the ' +
      'window. `from`/`to` are quarters (meaning their reports as last published: 400 REPORT_NOT_PUBLISHED if ' +
      'never finalized) or ISO-8601 instants. Submitters read their own unit only (403 NOT_OWN_UNIT).',
  })
  @ApiOkResponse({ type: TimelineResponse })
  read(
    @Param() params: UnitParams,
    @Query() query: TimelineQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<TimelineResponse> {
    const unit = readUnit(params.unit);
    const filter = {
      from: query.from === undefined ? null : readTimelineBound(query.from, 'from'),
      to: query.to === undefined ? null : readTimelineBound(query.to, 'to'),
      period: query.period === undefined ? null : readPeriod(query.period),
      criterion: query.criterion === undefined ? null : readCriterion(query.criterion),
      limit: query.limit ?? DEFAULT_LIMIT,
    };
    return this.queries.execute(new GetTimelineQuery(unit, filter, actor));
  }
}
