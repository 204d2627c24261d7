import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { CurrentActor, Roles } from '../../auth';
import { ApiReadProblems } from '../api-read-problems.decorator';
import { readAsOf, readPeriod, readUnit } from '../read-inputs';
import { UnitPeriodParams } from '../read-route.params';
import { sendRenderedJson, type RenderedJson } from '../rendered-json';
import { CheckScorecardQuery } from './check-scorecard.query';
import { GetScorecardQuery } from './get-scorecard.query';
import { ScorecardCheckResponse } from './scorecard-check.response';
import { ScorecardQueryDto } from './scorecard.request';
import { ScorecardResponse } from './scorecard.response';

@ApiTags('scorecards')
@Controller('scorecards')
export class ScorecardsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':unit/:period')
  @ApiReadProblems(400, 404)
  @Roles(...rolesWith('assessment:read'))
  @ApiOperation({
    summary: 'A unit’s scorecard for a quarter (bảng điểm), or as it stood at a moment',
    description:
      'Total, groups and every criterion of the unit’s block with official points (numbers rounded to 2 ' +
      'decimals, exact fractions in the `…Exact` fields), maximum, status and the engine’s explanation. ' +
      'Read from the projection (`source: projection`): without `asOf` its current rows; with `asOf` the ' +
      'versions of the scorecard it keeps, as they stood at that position or instant (an indexed lookup; ' +
      '`/check?asOf=` compares them with a replay of the events). A quarter with nothing recorded answers 200 with every criterion ' +
      'not reported and 0 points (`report.status: not_opened`). Submitters read their own unit only (403 NOT_OWN_UNIT).',
  })
  @ApiOkResponse({ type: ScorecardResponse })
  async read(
    @Param() params: UnitPeriodParams,
    @Query() query: ScorecardQueryDto,
    @CurrentActor() actor: Actor,
    // The answer is sent as rendered (its JSON text kept per version of the card), not serialized again.
    @Res() response: Parameters<typeof sendRenderedJson>[0],
  ): Promise<void> {
    const unit = readUnit(params.unit);
    const period = readPeriod(params.period);
    const asOf = query.asOf === undefined ? null : readAsOf(query.asOf);
    const rendered: RenderedJson = await this.queries.execute(new GetScorecardQuery(unit, period, asOf, actor));
    sendRenderedJson(response, rendered);
  }

  @Get(':unit/:period/check')
  @ApiReadProblems(400, 404)
  @Roles(...rolesWith('audit:replay'), 'admin')
  @ApiOperation({
    summary: 'Check a scorecard’s projection against a replay of its events (đối soát)',
    description:
      'Replays the unit-quarter’s stream up to the position its projection reflects and compares every ' +
      'projected row and column (exact values), the scorecard’s kept versions included: `match` true/false ' +
      'and the differences. With `asOf`, compares what `GET /scorecards/{unit}/{period}?asOf=` answers ' +
      '(the versions valid then) with a replay of the events up to that bound. For inspectors and administrators.',
  })
  @ApiOkResponse({ type: ScorecardCheckResponse })
  check(
    @Param() params: UnitPeriodParams,
    @Query() query: ScorecardQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<ScorecardCheckResponse> {
    const asOf = query.asOf === undefined ? null : readAsOf(query.asOf);
    return this.queries.execute(new CheckScorecardQuery(readUnit(params.unit), readPeriod(params.period), asOf, actor));
  }
}
