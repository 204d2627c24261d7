import {
  PLAN_EVENT_VERSIONS,
  evolvePlanQuarter,
  initialPlanQuarterState,
  parseQuarter,
  toDomainEvent,
  upcastEvent,
  type PlanEvent,
  type PlanReport,
} from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { periodIndexOf } from '../period/period-index';
import { PlanReportEntity } from './plan-report.entity';

/** Folds a plan-quarter stream with the domain's own evolve into its report rows (pure; the job and the rebuild share it). */
export function projectPlanQuarter(events: readonly RecordedEvent[]): PlanReportEntity[] {
  let state = initialPlanQuarterState;
  for (const recorded of events) {
    const event = toDomainEvent(upcastEvent(recorded), PLAN_EVENT_VERSIONS) as PlanEvent;
    state = evolvePlanQuarter(state, event);
  }
  const last = events[events.length - 1];
  const streamId = last?.streamId ?? '';
  const revision = last?.revision.toString() ?? '-1';
  return state.reports.map((report) =>
    Object.assign(new PlanReportEntity(), {
      reportId: report.reportId,
      streamId,
      plan: report.plan,
      period: report.period,
      periodIndex: periodIndexOf(report.period),
      kind: report.kind,
      code: report.code,
      unit: report.unit,
      status: report.status,
      progress: report.progress as unknown as Record<string, unknown>,
      evidence: report.evidence,
      submittedBy: report.submittedBy,
      submittedAt: new Date(report.submittedAt),
      reviewedBy: report.reviewedBy,
      reviewedAt: report.reviewedAt === null ? null : new Date(report.reviewedAt),
      reason: report.reason,
      note: report.note,
      streamRevision: revision,
    }),
  );
}

/** A row back as the domain's PlanReport, for its pure projections (planProgressView, planEvaluation). */
export function planReportOf(row: PlanReportEntity): PlanReport {
  parseQuarter(row.period);
  return {
    reportId: row.reportId,
    plan: row.plan,
    period: row.period,
    kind: row.kind as PlanReport['kind'],
    code: row.code,
    unit: row.unit,
    progress: row.progress as unknown as PlanReport['progress'],
    evidence: row.evidence as PlanReport['evidence'],
    submittedBy: row.submittedBy,
    submittedAt: new Date(row.submittedAt).toISOString(),
    status: row.status as PlanReport['status'],
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt === null ? null : new Date(row.reviewedAt).toISOString(),
    reason: row.reason,
    note: row.note,
  };
}
