import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { CurrentActor, Roles } from '../../auth';
import { ApiReadProblems } from '../api-read-problems.decorator';
import {
  readActor,
  readCriterion,
  readInstant,
  readPeriod,
  readTimelineBound,
  readTimelineCursor,
  readUnit,
} from '../read-inputs';
import { UnitParams } from '../read-route.params';
import { GetTimelineQuery } from './get-timeline.query';
import { TIMELINE_DEFAULT_LIMIT, TimelineQueryDto } from './timeline.request';
import { TimelineResponse } from './timeline.response';

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
      'finalized, reopened), newest first, one page at a time: who, their role, why, the value before → after, ' +
      'the event id, stream revision, global position, time and the correlation id of the request. Pages are ' +
      'keyset on the global position: follow `nextCursor` (as `cursor`, with the same filters) until it is null. ' +
      'Filters: `period`, `criterion`, `actor`, `occurredFrom`/`occurredTo` (when it was done), and `from`/`to`, ' +
      'quarters (meaning their reports as last published: 400 REPORT_NOT_PUBLISHED if never finalized) or ' +
      'ISO-8601 instants (when it was recorded). `net=true` adds, per quarter and criterion, the net difference ' +
      'over every matching change. A malformed parameter is 400 naming it (INVALID_CURSOR, INVALID_ACTOR, ' +
      'INVALID_INSTANT…). Submitters read their own unit only (403 NOT_OWN_UNIT).',
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
      actor: query.actor === undefined ? null : readActor(query.actor),
      occurredFrom: query.occurredFrom === undefined ? null : readInstant(query.occurredFrom, 'occurredFrom'),
      occurredTo: query.occurredTo === undefined ? null : readInstant(query.occurredTo, 'occurredTo'),
      limit: query.limit ?? TIMELINE_DEFAULT_LIMIT,
      before: query.cursor === undefined ? null : readTimelineCursor(query.cursor),
      net: query.net === 'true',
    };
    return this.queries.execute(new GetTimelineQuery(unit, filter, actor));
  }
}
