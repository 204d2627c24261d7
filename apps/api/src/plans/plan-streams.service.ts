import { Inject, Injectable } from '@nestjs/common';
import { FoldCache, handleCommand } from '@dti/command-handling';
import {
  getPlan,
  parsePlanReportId,
  planQuarterDecider,
  planStreamId,
  planStreamPrefix,
  planReviewQueue,
  registerInForce,
  type Actor,
  type CommandEnvelope,
  type PlanCommand,
  type PlanItemKind,
  type PlanQuarterState,
  type PlanReport,
  type RegisterInForce,
  type UnitState,
} from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { planReportsOf, UnitEntity } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../command-handling/own-writes';
import { namingTheField } from './plan-refusals';

export interface ReportAccepted {
  plan: string;
  reportId: string;
  status: PlanReport['status'];
  period: string;
  revision: string | null;
}

/**
 * Plan progress commands and reads: commands through handleCommand (expected revision, retries,
 * Idempotency-Key replay). Reads come from the read model's plan_reports (projected by the
 * projector's 'plan' key jobs), folded by the domain's pure projections; right after a command they may lag.
 */
@Injectable()
export class PlanStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ownWrites: OwnWrites,
    private readonly dataSource: DataSource,
    private readonly folds: FoldCache,
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
    // Who reports is asked of the register as it stood in the report's quarter (a merged lead's successor reports).
    const inForce = await this.registerInForce(body.period);
    const command: PlanCommand = {
      type: 'ReportPlanProgress',
      metadata: envelope,
      data: { plan: plan.id, period: body.period, kind, code, progress: body.progress, evidence: body.evidence },
    };
    const result = await this.handle(streamId, command, planQuarterDecider(inForce));
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
    const command: PlanCommand = {
      type: 'ReviewPlanReport',
      metadata: envelope,
      data: { plan: plan.id, reportId, ...decision },
    };
    const result = await this.handle(planStreamId(plan.id, period), command, planQuarterDecider());
    return this.accepted(plan.id, reportId, result.state, result.revision);
  }

  /**
   * The plan's reports awaiting review (read model), filtered as the criteria queue is: by the sending unit, its
   * block, the quarter; with the unit's name from the register.
   */
  async reviewQueue(
    planId: string,
    filter: { unit?: string; period?: string; block?: 'department' | 'district'; kind?: PlanItemKind },
    actor: Pick<Actor, 'username'>,
  ) {
    const plan = getPlan(planId);
    const units = await this.dataSource.manager.find(UnitEntity, { select: ['code', 'name', 'nameEn', 'block'] });
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const sending =
      filter.unit === undefined && filter.block === undefined
        ? undefined
        : new Set(
            (filter.unit === undefined ? units.map((u) => u.code) : [filter.unit]).filter(
              (code) => filter.block === undefined || byCode.get(code)?.block === filter.block,
            ),
          );
    const items = planReviewQueue(plan, await this.reports(plan.id, actor.username), actor, {
      units: sending,
      period: filter.period,
      kind: filter.kind,
    });
    return {
      total: items.length,
      items: items.map(({ report, ...item }) => {
        const unit = byCode.get(report.unit);
        return {
          reportId: report.reportId,
          plan: report.plan,
          period: report.period,
          unit: report.unit,
          unitName: unit?.name ?? null,
          unitNameEn: unit?.nameEn ?? null,
          block: unit?.block ?? null,
          progress: report.progress,
          evidence: report.evidence,
          submittedBy: report.submittedBy,
          submittedAt: report.submittedAt,
          ...item,
          earlier: item.earlier.map(({ evidence: _evidence, ...earlier }) => earlier),
        };
      }),
    };
  }

  /** The unit register as it stood in a quarter (the read model's units, folded by the domain's unit history). */
  async registerInForce(period: string): Promise<RegisterInForce> {
    const states = await this.dataSource.manager.find(UnitEntity, { select: ['code', 'state'] });
    return registerInForce(
      states.map((row) => row.state as unknown as UnitState),
      period,
    );
  }

  /**
   * Every projected report of the plan (the read model), oldest quarter first. Given the reader, their own
   * recent reports and reviews of this plan are waited for (read-your-writes), so a row just reviewed does not
   * come back from a projection that has not caught up yet.
   */
  async reports(planId: string, reader?: string): Promise<PlanReport[]> {
    const plan = getPlan(planId);
    if (reader !== undefined) {
      const prefix = planStreamPrefix(plan.id);
      await this.ownWrites.awaitProjected(reader, (streamId) => streamId.startsWith(prefix));
    }
    return planReportsOf(this.dataSource.manager, plan.id);
  }

  /** One command on one plan-quarter stream; a refusal names the field at fault. */
  private handle(streamId: string, command: PlanCommand, decider: ReturnType<typeof planQuarterDecider>) {
    const { metadata: envelope } = command;
    return namingTheField(() =>
      this.ownWrites.recording(envelope.actor, streamId, (onRead) =>
        handleCommand(this.store, streamId, decider, command, { envelope, onRead, cache: this.folds }),
      ),
    );
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
