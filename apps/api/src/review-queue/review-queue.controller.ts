import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { ApiProblems } from '../assessments/api-problems.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { GetReviewQueueQuery } from './get-review-queue.query';
import { ReviewQueueFilterDto } from './review-queue.filter.dto';
import { ReviewQueueResponse } from './review-queue.response';

@ApiTags('review-queue')
@Controller('review-queue')
export class ReviewQueueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiProblems(400, 422)
  @Roles(...rolesWith('assessment:review'))
  @ApiOperation({
    summary: 'Submissions awaiting review (hàng chờ thẩm định)',
    description:
      'The pending submissions of every unit, oldest first, optionally of one unit and/or quarter. Each is the ' +
      'latest of its criterion; `reviewable` is false for the reader’s own submissions (separation of duties).',
  })
  @ApiOkResponse({ type: ReviewQueueResponse })
  list(@Query() filter: ReviewQueueFilterDto, @CurrentActor() actor: Actor): Promise<ReviewQueueResponse> {
    return this.queries.execute(new GetReviewQueueQuery(actor, filter));
  }
}
