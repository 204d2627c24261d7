/** Builders for the plan decider's specs. Pure: no test framework here. */
import type { CommandEnvelope } from '../src/shared/command-envelope';
import {
  evolvePlanQuarter,
  initialPlanQuarterState,
  type PlanCommand,
  type PlanQuarterState,
} from '../src/plan/plan.decider';
import type { PlanEvent } from '../src/plan/plan.events';

let sequence = 0;

/** A command's envelope; each call has its own command id. Default instant: 10 April 2021, in 2021-Q2. */
export function planEnvelope(
  actor: string,
  role: CommandEnvelope['role'],
  unit: string | null,
  occurredAt = '2021-04-10T03:00:00Z',
): CommandEnvelope {
  sequence += 1;
  return {
    commandId: `plan-cmd-${sequence}`,
    correlationId: `plan-req-${sequence}`,
    actor,
    role,
    actorUnit: unit,
    occurredAt,
  };
}

/** The lead agency of target 2 (STTTT) reporting. */
export const planLead = (occurredAt?: string): CommandEnvelope =>
  planEnvelope('sub-stttt', 'submitter', 'STTTT', occurredAt);
export const planReviewer = (name = 'rev'): CommandEnvelope => planEnvelope(name, 'reviewer', null);

type ReportData = Extract<PlanCommand, { type: 'ReportPlanProgress' }>['data'];
type ReviewData = Extract<PlanCommand, { type: 'ReviewPlanReport' }>['data'];

/** 80 of 100 for target 2 of plan 222 in 2021-Q1, no evidence, unless `data` says otherwise. */
export const reportProgress = (metadata: CommandEnvelope, data: Partial<ReportData> = {}): PlanCommand => ({
  type: 'ReportPlanProgress',
  metadata,
  data: {
    plan: 'tth-222',
    period: '2021-Q1',
    kind: 'target',
    code: '2',
    progress: { numerator: 80, denominator: 100 },
    evidence: [],
    ...data,
  },
});

/** Approves the first report of target 2 in 2021-Q1, unless `data` says otherwise. */
export const reviewReport = (metadata: CommandEnvelope, data: Partial<ReviewData> = {}): PlanCommand => ({
  type: 'ReviewPlanReport',
  metadata,
  data: { plan: 'tth-222', reportId: '2021-Q1:target:2:1', decision: 'approve', ...data },
});

export const foldPlan = (events: readonly PlanEvent[], state: PlanQuarterState = initialPlanQuarterState) =>
  events.reduce(evolvePlanQuarter, state);
