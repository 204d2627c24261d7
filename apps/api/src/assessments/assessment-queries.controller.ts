import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { rolesWith, type Actor } from '@dti/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiProblems } from './api-problems.decorator';
import { invalidInput, readCriterion } from '../read-side/read-inputs';
import { AssessmentParams, CriterionParams } from './dto/assessment-route.params';
import { AssessmentViewResponse } from './dto/assessment-view.response';
import {
  CriterionHistoryPageResponse,
  CriterionHistoryQueryDto,
  HISTORY_PAGE_DEFAULT_LIMIT,
} from './dto/criterion-history.dto';
import { GetAssessmentQuery } from './queries/get-assessment.query';
import { GetCriterionHistoryQuery } from './queries/get-criterion-history.query';

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
      'not-applicable flag and reason), the pending submission, the latest submission and the latest 3 ' +
      'history entries with how many there are in all (`submissionsTotal`, `historyTotal`; older ones: GET ' +
      '…/criteria/{criterion}/history from `historyCursor`); the report status; and the totals by group. ' +
      'Submitters read their own unit only. The answer carries a strong ETag of the rows it is made from; ' +
      'If-None-Match with it answers 304 Not Modified without reading them.',
  })
  @ApiOkResponse({ type: AssessmentViewResponse })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag in If-None-Match.' })
  async read(
    @Param() params: AssessmentParams,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const view = await this.queries.execute(
      new GetAssessmentQuery(params.unit, params.period, actor, request.headers['if-none-match']),
    );
    // Kept by the browser and revalidated each time (If-None-Match); private: it is one reader's answer.
    response.setHeader('Cache-Control', 'private, no-cache');
    if (view.etag !== null) response.setHeader('ETag', view.etag);
    if (view.text === null) {
      response.status(304).end();
      return;
    }
    // Already JSON text (an AssessmentViewResponse): sent as it is.
    response.type('application/json').send(view.text);
  }

  @Get(':unit/:period/criteria/:criterion/history')
  @ApiProblems(400, 403, 404, 422)
  @Roles(...rolesWith('assessment:read'))
  @ApiOperation({
    summary: 'Older history of one criterion, a page at a time (lịch sử tiêu chí)',
    description:
      'The criterion’s history entries just before `before` (the `historyCursor` GET /assessments/{unit}/{period} ' +
      'gave for it, then each page’s `nextCursor`), at most `limit` (default 20, at most 100), in the order they ' +
      'happened, with the submissions they name (figures, evidence, review, stored score). Pages are keyset on ' +
      'the entry’s place in the history: follow `nextCursor` until it is null. 400 INVALID_CURSOR / ' +
      'UNKNOWN_CRITERION / VALIDATION_FAILED naming the parameter. Submitters read their own unit only ' +
      '(403 NOT_OWN_UNIT).',
  })
  @ApiOkResponse({ type: CriterionHistoryPageResponse })
  history(
    @Param() params: CriterionParams,
    @Query() query: CriterionHistoryQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<CriterionHistoryPageResponse> {
    const criterion = readCriterion(params.criterion);
    const page = {
      before: query.before === undefined ? null : readHistoryCursor(query.before),
      limit: query.limit ?? HISTORY_PAGE_DEFAULT_LIMIT,
    };
    return this.queries.execute(new GetCriterionHistoryQuery(params.unit, params.period, criterion, page, actor));
  }
}

/** A history cursor is the index of an entry (what this API gave); anything else is 400 INVALID_CURSOR. */
function readHistoryCursor(value: string): number {
  if (/^(0|[1-9]\d{0,8})$/.test(value)) return Number(value);
  throw invalidInput(
    'before',
    `"${value}" is not a cursor this API gave (pass back \`historyCursor\` or \`nextCursor\` as is)`,
    'INVALID_CURSOR',
  );
}
