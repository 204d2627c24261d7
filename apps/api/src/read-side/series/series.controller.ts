import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { CurrentActor, Roles } from '../../auth';
import { ApiReadProblems } from '../api-read-problems.decorator';
import { readPeriod } from '../read-inputs';
import { GetSeriesQuery } from './get-series.query';
import { seriesSubject } from './series-subject';
import { SeriesQueryDto } from './series.request';
import { SeriesResponse } from './series.response';

@ApiTags('series')
@Controller('series')
export class SeriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiReadProblems(400, 404)
  // Group and province means are province-wide figures; a unit's series is its scorecard over time, so a
  // submitter reads only their own unit's (403 NOT_OWN_UNIT), as with scorecards.
  @Roles(...rolesWith('ranking:read'))
  @ApiOperation({
    summary: 'Scores across quarters (chuỗi thời gian)',
    description:
      'Exactly one of `unit` (the unit’s total percentage), `group` (a catalogue group: the mean of the ' +
      'units’ percentages in it) and `scope=province` (the mean of the units’ total percentages); `block` ' +
      'narrows a mean to one block. One point per quarter from `from` to `to`; a quarter with nothing ' +
      'projected has null figures. Submitters may read means and their own unit’s series.',
  })
  @ApiOkResponse({ type: SeriesResponse })
  read(@Query() query: SeriesQueryDto, @CurrentActor() actor: Actor): Promise<SeriesResponse> {
    const subject = seriesSubject(query);
    return this.queries.execute(
      new GetSeriesQuery(subject, readPeriod(query.from, 'from'), readPeriod(query.to, 'to'), actor),
    );
  }
}
