import { Injectable } from '@nestjs/common';
import {
  PLAN_EVENT_VERSIONS,
  decidePlanQuarter,
  evolvePlanQuarter,
  getPlan,
  initialPlanQuarterState,
  parsePlanReportId,
  planStreamId,
  type CommandEnvelope,
  type PlanEventType,
  type PlanItemKind,
  type PlanQuarterState,
  type PlanReport,
} from '@dti/domain';
import { planReportsOf } from '@dti/read-model';
import { DataSource } from 'typeorm';
import type { StreamFold } from '../command-handling/stream-loading';
import { StreamCommandExecutor } from '../command-handling/stream-command-executor';

/** How a plan-quarter stream folds: the domain's evolve over the plan events. */
export const PLAN_QUARTER_FOLD: StreamFold<PlanQuarterState, PlanEventType> = {
  initialState: initialPlanQuarterState,
  evolve: (state, event) => evolvePlanQuarter(state, event),
  eventVersions: PLAN_EVENT_VERSIONS,
};

export interface ReportAccepted {
  plan: string;
  reportId: string;
  status: PlanReport['status'];
  period: string;
  revision: string | null;
}

/**
 * Plan progress commands and reads through the shared command machinery (executeOnStream: expected
 * revision, retries, Idempotency-Key replay). Reads come from the read model's plan_reports (projected by the
 * projector's 'plan' key jobs), folded by the domain's pure projections; right after a command they may lag.
 */
@Injectable()
export class PlanStreams {
  constructor(
    private readonly executor: StreamCommandExecutor,
    private readonly dataSource: DataSource,
  ) {}

  async report(
    planId: string,
    kind: PlanItemKind,
    code: string,
    body: { period: string; progress: unknown; evidence: unknown },
    envelope: CommandEnvelope,
  ): Promise<ReportAccepted> {
    const plan = getPlan(planId);
    const streamId = planStreamId(plan.id, body.period);
    const result = await this.executor.executeOnStream(
      streamId,
      PLAN_QUARTER_FOLD,
      (state) =>
        decidePlanQuarter(
          {
            type: 'ReportPlanProgress',
            metadata: envelope,
            data: { plan: plan.id, period: body.period, kind, code, progress: body.progress, evidence: body.evidence },
          },
          state,
        ),
      { envelope },
    );
    const event = result.events[0];
    const reportId = (event.data as { reportId: string }).reportId;
    return this.accepted(plan.id, reportId, result.state, result.revision);
  }

  async review(
    planId: string,
    reportId: string,
    decision: { decision: 'approve' | 'reject'; reason?: string | null; note?: string | null },
    envelope: CommandEnvelope,
  ): Promise<ReportAccepted> {
    const plan = getPlan(planId);
    const { period } = parsePlanReportId(reportId);
    const result = await this.executor.executeOnStream(
      planStreamId(plan.id, period),
      PLAN_QUARTER_FOLD,
      (state) =>
        decidePlanQuarter(
          { type: 'ReviewPlanReport', metadata: envelope, data: { plan: plan.id, reportId, ...decision } },
          state,
        ),
      { envelope },
    );
    return this.accepted(plan.id, reportId, result.state, result.revision);
  }

  /** Every projected report of the plan (the read model), oldest quarter first. */
  async reports(planId: string): Promise<PlanReport[]> {
    return planReportsOf(this.dataSource.manager, getPlan(planId).id);
  }

  private accepted(plan: string, reportId: string, state: PlanQuarterState, revision: bigint | null): ReportAccepted {
    const report = state.reports.find((candidate) => candidate.reportId === reportId);
    return {
      plan,
      reportId,
      status: report?.status ?? 'pending',
      period: report?.period ?? parsePlanReportId(reportId).period,
      revision: revision === null ? null : revision.toString(),
    };
  }
}
