import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ROLES,
  getPlan,
  listPlans,
  planBudgetTotals,
  planCounts,
  planEvaluation,
  planItems,
  planProgressView,
  reportersInForce,
  rolesWith,
  type Actor,
  type CommandEnvelope,
  type PlanEvaluation,
  type PlanItemKind,
  type PlanProgressView,
  type PlanVersion,
} from '@dti/domain';
import { ApproveSubmissionDto, RejectSubmissionDto } from '../assessments/dto/review.dto';
import { evidenceInputsOf } from '../assessments/dto/evidence.dto';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Envelope } from '../command-handling/envelope.decorator';
import {
  PlanItemParams,
  PlanParams,
  PlanPeriodQuery,
  PlanReportAcceptedResponse,
  PlanReportParams,
  PlanReportsQuery,
  PlanReviewQueueQuery,
  ReportPlanProgressDto,
} from './plan.dto';
import { PlanStreams } from './plan-streams.service';
import {
  PlanDetailResponse,
  PlanEvaluationResponse,
  PlanProgressResponse,
  PlanQueueResponse,
  PlanReportResponse,
  PlanSummaryResponse,
  ProjectViewResponse,
  TargetViewResponse,
  TaskViewResponse,
} from './plan.responses';

const PROBLEM = { 'application/problem+json': { schema: { type: 'object', additionalProperties: true } } };
const problems = (statuses: Record<number, string>): MethodDecorator[] =>
  Object.entries(statuses).map(([status, description]) =>
    ApiResponse({ status: Number(status), description, content: PROBLEM }),
  );
const apply =
  (...decorators: MethodDecorator[]): MethodDecorator =>
  (target, key, descriptor) => {
    for (const decorator of decorators) decorator(target, key, descriptor);
  };

const READ_PROBLEMS = problems({
  400: 'VALIDATION_FAILED: a path or query parameter (errors[].field).',
  404: 'PLAN_NOT_FOUND.',
});
const REPORT_PROBLEMS = problems({
  400: 'VALIDATION_FAILED (errors[].field) or INVALID_IDEMPOTENCY_KEY. Nothing was stored.',
  403: 'ROLE_NOT_ALLOWED, or NOT_PLAN_LEAD: only submitters of the row’s lead agency (Chủ trì) report it.',
  404: 'PLAN_NOT_FOUND, PLAN_ITEM_NOT_FOUND (an unknown code). Nothing was stored.',
  409: 'PLAN_REPORT_PENDING (the row already has a report of that quarter awaiting review), CONCURRENT_MODIFICATION.',
  422: 'INVALID_COMMAND / INVALID_EVIDENCE naming the field, PLAN_PERIOD_OUT_OF_RANGE, INVALID_PERIOD. Nothing was stored.',
});
const REVIEW_PROBLEMS = problems({
  400: 'VALIDATION_FAILED (errors[].field) or INVALID_IDEMPOTENCY_KEY.',
  403: 'ROLE_NOT_ALLOWED, or SEPARATION_OF_DUTIES: nobody reviews a report they sent.',
  404: 'PLAN_NOT_FOUND, PLAN_REPORT_NOT_FOUND.',
  409: 'ALREADY_REVIEWED, CONCURRENT_MODIFICATION.',
  422: 'INVALID_COMMAND: a malformed report id, a missing reason.',
});

/**
 * Plan execution tracking (Kế hoạch): the plans as data, progress reports of the lead agencies (Chủ trì) per
 * quarter, their review, and what leadership reads (progress overview, final evaluation). Roles as for the
 * assessments: submitters report, reviewers review, everyone reads.
 */
@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly streams: PlanStreams) {}

  @Roles(...ROLES)
  @Get()
  @ApiOperation({
    summary: 'Các kế hoạch / The plans tracked',
    description: 'Id, title, counts and budget totals (đồng, as text).',
  })
  @ApiOkResponse({ type: PlanSummaryResponse, isArray: true })
  list() {
    return listPlans().map((plan) => this.summary(plan.id));
  }

  @Roles(...ROLES)
  @Get(':plan')
  @ApiOperation({
    summary: 'Một kế hoạch / A plan: counts and budget',
    description:
      'Counts of targets (Chỉ tiêu), tasks (Nhiệm vụ), projects (Dự án); Kinh phí by Nguồn vốn, exact đồng as text; the errata.',
  })
  @ApiOkResponse({ type: PlanDetailResponse })
  @apply(...READ_PROBLEMS)
  get(@Param() params: PlanParams) {
    const plan = getPlan(params.plan);
    return {
      ...this.summary(plan.id),
      source: plan.source,
      periods: { first: plan.firstPeriod, last: plan.lastPeriod },
      errata: plan.errata,
    };
  }

  @Roles(...ROLES)
  @Get(':plan/targets')
  @ApiOperation({ summary: 'Chỉ tiêu / Targets with their latest approved value, series and status' })
  @ApiOkResponse({ type: TargetViewResponse, isArray: true })
  @apply(...READ_PROBLEMS)
  async targets(@Param() params: PlanParams, @Query() query: PlanPeriodQuery, @CurrentActor() actor: Actor) {
    const plan = getPlan(params.plan);
    const view = await this.view(plan.id, query.period, actor.username);
    return this.withReporters(plan, 'target', view.targets, view.asOf);
  }

  @Roles(...ROLES)
  @Get(':plan/tasks')
  @ApiOperation({
    summary: 'Nhiệm vụ / Tasks with their lead (Chủ trì), coordination (Phối hợp) and latest approved status',
  })
  @ApiOkResponse({ type: TaskViewResponse, isArray: true })
  @apply(...READ_PROBLEMS)
  async tasks(@Param() params: PlanParams, @Query() query: PlanPeriodQuery, @CurrentActor() actor: Actor) {
    const plan = getPlan(params.plan);
    const view = await this.view(plan.id, query.period, actor.username);
    const tasks = view.tasks.map((task) => {
      const row = plan.tasks.find((t) => t.code === task.code);
      return { ...task, group: row?.group, coordinating: row?.coordinating, quantity: row?.quantity ?? null };
    });
    return this.withReporters(plan, 'task', tasks, view.asOf);
  }

  @Roles(...ROLES)
  @Get(':plan/projects')
  @ApiOperation({
    summary: 'Dự án / Projects with budget by source and latest approved phase, progress and disbursement',
  })
  @ApiOkResponse({ type: ProjectViewResponse, isArray: true })
  @apply(...READ_PROBLEMS)
  async projects(@Param() params: PlanParams, @Query() query: PlanPeriodQuery, @CurrentActor() actor: Actor) {
    const plan = getPlan(params.plan);
    const view = await this.view(plan.id, query.period, actor.username);
    return this.withReporters(plan, 'project', view.projects, view.asOf);
  }

  @Roles(...ROLES)
  @Get(':plan/progress')
  @ApiOperation({
    summary: 'Tiến độ / Progress overview as of a quarter',
    description:
      'Targets by status (Đạt, Đúng tiến độ, Chậm tiến độ, Không đạt — from a linear trend of the approved values to the ' +
      'plan’s end), tasks done and overdue by lead agency, projects by phase, Kinh phí planned vs Giải ngân by source, ' +
      'by lead agency and for the province. Only approved reports count.',
  })
  @ApiOkResponse({ type: PlanProgressResponse })
  @apply(...READ_PROBLEMS)
  async progress(
    @Param() params: PlanParams,
    @Query() query: PlanPeriodQuery,
  ): Promise<PlanProgressView['summary'] & { plan: string; asOf: string }> {
    const view = await this.view(params.plan, query.period);
    return { plan: view.plan, asOf: view.asOf, ...view.summary };
  }

  @Roles(...ROLES)
  @Get(':plan/evaluation')
  @ApiOperation({
    summary: 'Báo cáo tổng kết / Final evaluation',
    description:
      'At the plan’s last quarter: which targets were met, which tasks and projects were completed, money disbursed.',
  })
  @ApiOkResponse({ type: PlanEvaluationResponse })
  @apply(...READ_PROBLEMS)
  async evaluation(@Param() params: PlanParams): Promise<PlanEvaluation> {
    const plan = getPlan(params.plan);
    return planEvaluation(plan, await this.streams.reports(plan.id));
  }

  @Roles(...ROLES)
  @Get(':plan/reports')
  @ApiOperation({
    summary: 'Báo cáo tiến độ / Progress reports, newest first (reviewers find the pending ones here)',
    description: 'Optionally of one quarter (period) and/or one state (status=pending|approved|rejected).',
  })
  @ApiOkResponse({ type: PlanReportResponse, isArray: true })
  @apply(...READ_PROBLEMS)
  async reports(@Param() params: PlanParams, @Query() query: PlanReportsQuery, @CurrentActor() actor: Actor) {
    const plan = getPlan(params.plan);
    const reports = await this.streams.reports(plan.id, actor.username);
    return reports
      .filter(
        (r) =>
          (query.period === undefined || r.period === query.period) &&
          (query.status === undefined || r.status === query.status),
      )
      .map(({ evidence: _evidence, ...report }) => report)
      .reverse();
  }

  @Get(':plan/review-queue')
  @Roles(...rolesWith('assessment:review'))
  @ApiOperation({
    summary: 'Báo cáo tiến độ chờ duyệt / Plan reports awaiting review, for the reviewers’ queue',
    description:
      'The pending progress reports, oldest sent first, as the criteria queue (GET /review-queue) lists submissions, ' +
      'with the same filters (unit, period, block) and `kind`. Each carries its row (title, English alongside, Chủ trì), ' +
      'what it is measured against (a target’s 2025 value, a task’s required count, a project’s planned budget), the ' +
      'row’s official (latest approved) report, the reviewed reports of the same row and quarter, and `reviewable` ' +
      '(false for the reader’s own report). Read from the read model.',
  })
  @ApiOkResponse({ type: PlanQueueResponse })
  @apply(...READ_PROBLEMS)
  reviewQueue(@Param() params: PlanParams, @Query() query: PlanReviewQueueQuery, @CurrentActor() actor: Actor) {
    return this.streams.reviewQueue(params.plan, query, actor);
  }

  @Post(':plan/targets/:code/reports')
  @HttpCode(HttpStatus.CREATED)
  @Roles(...rolesWith('assessment:submit'))
  @ApiOperation({
    summary: 'Báo cáo chỉ tiêu / Report a target’s measured value (numerator/denominator) for a quarter',
  })
  @ApiCreatedResponse({ type: PlanReportAcceptedResponse })
  @apply(...REPORT_PROBLEMS)
  reportTarget(
    @Param() params: PlanItemParams,
    @Body() body: ReportPlanProgressDto,
    @Envelope() envelope: CommandEnvelope,
  ) {
    return this.report('target', params, body, envelope);
  }

  @Post(':plan/tasks/:code/reports')
  @HttpCode(HttpStatus.CREATED)
  @Roles(...rolesWith('assessment:submit'))
  @ApiOperation({ summary: 'Báo cáo nhiệm vụ / Report a task’s status (chưa triển khai, đang xây dựng, đã ban hành)' })
  @ApiCreatedResponse({ type: PlanReportAcceptedResponse })
  @apply(...REPORT_PROBLEMS)
  reportTask(
    @Param() params: PlanItemParams,
    @Body() body: ReportPlanProgressDto,
    @Envelope() envelope: CommandEnvelope,
  ) {
    return this.report('task', params, body, envelope);
  }

  @Post(':plan/projects/:code/reports')
  @HttpCode(HttpStatus.CREATED)
  @Roles(...rolesWith('assessment:submit'))
  @ApiOperation({ summary: 'Báo cáo dự án / Report a project’s phase, physical progress and disbursement by source' })
  @ApiCreatedResponse({ type: PlanReportAcceptedResponse })
  @apply(...REPORT_PROBLEMS)
  reportProject(
    @Param() params: PlanItemParams,
    @Body() body: ReportPlanProgressDto,
    @Envelope() envelope: CommandEnvelope,
  ) {
    return this.report('project', params, body, envelope);
  }

  @Post(':plan/reports/:reportId/approve')
  @HttpCode(HttpStatus.OK)
  @Roles(...rolesWith('assessment:review'))
  @ApiOperation({
    summary: 'Duyệt báo cáo tiến độ / Approve a progress report',
    description: 'Never by the account that sent it.',
  })
  @ApiOkResponse({ type: PlanReportAcceptedResponse })
  @apply(...REVIEW_PROBLEMS)
  approve(
    @Param() params: PlanReportParams,
    @Body() body: ApproveSubmissionDto,
    @Envelope() envelope: CommandEnvelope,
  ) {
    return this.streams.review(
      params.plan,
      params.reportId,
      { decision: 'approve', note: body.note ?? null },
      envelope,
    );
  }

  @Post(':plan/reports/:reportId/reject')
  @HttpCode(HttpStatus.OK)
  @Roles(...rolesWith('assessment:review'))
  @ApiOperation({ summary: 'Trả lại báo cáo tiến độ / Reject a progress report, with a reason' })
  @ApiOkResponse({ type: PlanReportAcceptedResponse })
  @apply(...REVIEW_PROBLEMS)
  reject(@Param() params: PlanReportParams, @Body() body: RejectSubmissionDto, @Envelope() envelope: CommandEnvelope) {
    return this.streams.review(params.plan, params.reportId, { decision: 'reject', reason: body.reason }, envelope);
  }

  private report(kind: PlanItemKind, params: PlanItemParams, body: ReportPlanProgressDto, envelope: CommandEnvelope) {
    return this.streams.report(
      params.plan,
      kind,
      params.code,
      { period: body.period, progress: { ...body.progress }, evidence: evidenceInputsOf(body.evidence) },
      envelope,
    );
  }

  /** Each row with who reports it in the quarter shown: its leads carried to the register in force then. */
  private async withReporters<T extends { code: string }>(
    plan: PlanVersion,
    kind: PlanItemKind,
    rows: T[],
    period: string,
  ): Promise<Array<T & { reporters: string[] }>> {
    const inForce = await this.streams.registerInForce(period);
    const items = new Map(planItems(plan).map((item) => [`${item.kind}:${item.code}`, item]));
    return rows.map((row) => {
      const item = items.get(`${kind}:${row.code}`);
      return { ...row, reporters: item === undefined ? [] : reportersInForce(item, inForce) };
    });
  }

  private async view(planId: string, period: string | undefined, reader?: string): Promise<PlanProgressView> {
    const plan = getPlan(planId);
    return planProgressView(plan, await this.streams.reports(plan.id, reader), period);
  }

  private summary(planId: string) {
    const plan = getPlan(planId);
    return {
      id: plan.id,
      title: plan.title,
      titleEn: plan.titleEn ?? null,
      counts: planCounts(plan),
      budget: planBudgetTotals(plan),
      declaredBudget: plan.declaredBudget,
      rows: planItems(plan).length,
    };
  }
}
