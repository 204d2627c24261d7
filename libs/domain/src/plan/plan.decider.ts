import { requirePermission, type Actor } from '../accounts/authorization';
import {
  AlreadyReviewedError,
  NotPlanLeadError,
  PlanPeriodOutOfRangeError,
  PlanReportNotFoundError,
  PlanReportPendingError,
  SeparationOfDutiesError,
} from '../domain-errors';
import { validateEvidence, type Evidence } from '../assessment/evidence';
import { parseQuarter, quarterStart, formatQuarter, compareQuarters } from '../periods/quarter';
import { vietnamDateOf } from '../shared/calendar-date';
import { actorFromEnvelope, occurredAtOf, type Command } from '../shared/command-envelope';
import { requireText } from '../shared/command-fields';
import { assertNever, type StreamDecider } from '../shared/decider';
import { getPlan, planItem, type PlanItemRef } from './catalogue/plan-registry';
import type { PlanRegisterUnit } from './catalogue/plan-agencies';
import { reportersInForce, type RegisterInForce } from './catalogue/plan-register-in-force';
import type { PlanItemKind } from './catalogue/plan.types';
import { PLAN_EVENT_VERSIONS, type PlanEvent } from './plan.events';
import { validatePlanProgress, type PlanProgress } from './plan-progress';
import { parsePlanReportId, planReportId } from './plan-streams';

export type ReportPlanProgress = Command<
  'ReportPlanProgress',
  { plan: string; period: string; kind: PlanItemKind; code: string; progress: unknown; evidence: unknown }
>;
export type ReviewPlanReport = Command<
  'ReviewPlanReport',
  { plan: string; reportId: string; decision: 'approve' | 'reject'; reason?: string | null; note?: string | null }
>;
export type PlanCommand = ReportPlanProgress | ReviewPlanReport;

export type PlanReportStatus = 'pending' | 'approved' | 'rejected';

export interface PlanReport {
  reportId: string;
  plan: string;
  period: string;
  kind: PlanItemKind;
  code: string;
  unit: string;
  progress: PlanProgress;
  evidence: Evidence[];
  submittedBy: string;
  submittedAt: string;
  status: PlanReportStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reason: string | null;
  note: string | null;
}

/** One plan-quarter stream: its reports in the order they came. */
export interface PlanQuarterState {
  reports: readonly PlanReport[];
}

export const initialPlanQuarterState: PlanQuarterState = { reports: [] };

export function evolvePlanQuarter(state: PlanQuarterState, event: PlanEvent): PlanQuarterState {
  switch (event.type) {
    case 'PlanProgressReported': {
      const d = event.data;
      const report: PlanReport = {
        reportId: d.reportId,
        plan: d.plan,
        period: d.period,
        kind: d.kind,
        code: d.code,
        unit: d.unit,
        progress: d.progress,
        evidence: d.evidence,
        submittedBy: d.submittedBy,
        submittedAt: d.submittedAt,
        status: 'pending',
        reviewedBy: null,
        reviewedAt: null,
        reason: null,
        note: null,
      };
      return { reports: [...state.reports, report] };
    }
    case 'PlanReportApproved': {
      const { reportId, reviewedBy, reviewedAt, note } = event.data;
      return reviewed(state, reportId, { status: 'approved', reviewedBy, reviewedAt, reason: null, note });
    }
    case 'PlanReportRejected': {
      const { reportId, reviewedBy, reviewedAt, reason } = event.data;
      return reviewed(state, reportId, { status: 'rejected', reviewedBy, reviewedAt, reason, note: null });
    }
    default:
      return assertNever(event, 'plan event');
  }
}

function reviewed(
  state: PlanQuarterState,
  reportId: string,
  review: Pick<PlanReport, 'status' | 'reviewedBy' | 'reviewedAt' | 'reason' | 'note'>,
): PlanQuarterState {
  return { reports: state.reports.map((report) => (report.reportId === reportId ? { ...report, ...review } : report)) };
}

/** Who may report a row: a submitter of one of its lead agencies (the standing agency for a lead outside the register). */
export function requireReportFor(actor: Actor, item: PlanItemRef): void {
  requirePermission(actor, 'assessment:submit');
  // Stryker disable next-line ConditionalExpression: equivalent, reporters are unit codes, never null, so includes(null) refuses a unit-less actor too
  if (actor.unit === null || !item.reporters.includes(actor.unit)) {
    throw NotPlanLeadError.because(actor.username, actor.unit, item.code, item.reporters);
  }
}

/**
 * Decides a progress report or its review on one plan-quarter stream. Order of refusals: an unknown plan or
 * row (404), who may act (403), what the command says (422), what the stream's state allows (409). `inForce`, the
 * unit register as it stood in the report's quarter (the caller's to match), carries the plan's leads to the units then in force (a merged
 * department's successor reports its rows); without it, the leads as the plan names them report.
 */
export function decidePlanQuarter(
  command: PlanCommand,
  state: PlanQuarterState,
  register?: readonly PlanRegisterUnit[],
  inForce?: RegisterInForce,
): PlanEvent[] {
  const actor = actorFromEnvelope(command.metadata);
  const at = occurredAtOf(command.metadata);
  switch (command.type) {
    case 'ReportPlanProgress': {
      const { data } = command;
      const plan = getPlan(data.plan);
      const named = planItem(plan, data.kind, data.code, register);
      const item = inForce === undefined ? named : { ...named, reporters: reportersInForce(named, inForce) };
      requireReportFor(actor, item);
      const quarter = parseQuarter(data.period);
      const period = formatQuarter(quarter);
      if (
        compareQuarters(quarter, parseQuarter(plan.firstPeriod)) < 0 ||
        compareQuarters(quarter, parseQuarter(plan.lastPeriod)) > 0
      ) {
        throw PlanPeriodOutOfRangeError.because(plan.id, period, plan.firstPeriod, plan.lastPeriod);
      }
      if (quarterStart(quarter).getTime() > at.getTime()) {
        throw PlanPeriodOutOfRangeError.because(plan.id, period, plan.firstPeriod, 'the current quarter');
      }
      const reportedOn = vietnamDateOf(at);
      // Stryker disable next-line ConditionalExpression: equivalent, validatePlanProgress reads the task only for a task's progress
      const task = data.kind === 'task' ? plan.tasks.find((t) => t.code === data.code) : undefined;
      const progress = validatePlanProgress(data.kind, data.progress, { task, reportedOn });
      const evidence = validateEvidence('evidence', data.evidence, reportedOn);
      const ofItem = state.reports.filter((r) => r.kind === data.kind && r.code === item.code);
      const pending = ofItem.find((r) => r.status === 'pending');
      if (pending !== undefined) throw PlanReportPendingError.because(item.code, period, pending.reportId);
      return [
        {
          type: 'PlanProgressReported',
          data: {
            plan: plan.id,
            period,
            reportId: planReportId(period, data.kind, item.code, ofItem.length + 1),
            kind: data.kind,
            code: item.code,
            unit: actor.unit as string,
            progress,
            evidence,
            submittedBy: actor.username,
            submittedAt: at.toISOString(),
          },
        },
      ];
    }
    case 'ReviewPlanReport': {
      const { data } = command;
      const plan = getPlan(data.plan);
      requirePermission(actor, 'assessment:review');
      parsePlanReportId(data.reportId);
      const report = state.reports.find((r) => r.reportId === data.reportId);
      if (report === undefined) throw PlanReportNotFoundError.because(plan.id, data.reportId);
      if (actor.username === report.submittedBy) throw SeparationOfDutiesError.because(actor.username, report.reportId);
      if (report.status !== 'pending') throw AlreadyReviewedError.because(report.reportId, report.status);
      const base = {
        plan: plan.id,
        period: report.period,
        reportId: report.reportId,
        reviewedBy: actor.username,
        reviewedAt: at.toISOString(),
      };
      if (data.decision === 'approve') {
        const note = data.note == null ? null : requireText('note', data.note, 2000);
        return [{ type: 'PlanReportApproved', data: { ...base, note } }];
      }
      return [{ type: 'PlanReportRejected', data: { ...base, reason: requireText('reason', data.reason, 2000) } }];
    }
    default:
      return assertNever(command, 'plan command');
  }
}

/**
 * A plan-quarter stream (`plan-<plan>-<period>`) with the unit register as it stood in the quarter: who
 * may report is asked of it (a merged lead's successor reports).
 */
export function planQuarterDecider(inForce?: RegisterInForce): StreamDecider<PlanCommand, PlanEvent, PlanQuarterState> {
  return {
    decide: (command, state) => decidePlanQuarter(command, state, undefined, inForce),
    evolve: evolvePlanQuarter,
    initialState: initialPlanQuarterState,
    eventVersions: PLAN_EVENT_VERSIONS,
  };
}
