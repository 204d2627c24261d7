import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from './api-problems.decorator';
import { AssessmentParams } from './dto/assessment-route.params';
import { AssessmentViewResponse } from './dto/assessment-view.response';
import { GetAssessmentQuery } from './queries/get-assessment.query';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':unit/:period')
  @ApiProblems(400, 403, 404, 422)
  @Roles(...rolesWith('assessment:read'))
  @ApiOperation({
    summary: 'Read a unit’s quarterly assessment (hồ sơ đánh giá)',
    description:
      'Every criterion of the catalogue version of the assessment that applies to the unit’s block: official ' +
      'points computed by the scoring engine from the approved figures (with the explanation and maximum; ' +
      'not-applicable flag and reason), the pending submission, every submission and review; the report status; ' +
      'and the totals by group. Submitters read their own unit only.',
  })
  @ApiOkResponse({ type: AssessmentViewResponse })
  read(@Param() params: AssessmentParams, @CurrentActor() actor: Actor): Promise<AssessmentViewResponse> {
    return this.queries.execute(new GetAssessmentQuery(params.unit, params.period, actor));
  }
}
